# Stream detection looks past a bad line: with a malformed line at the
# start of chunks, GNU parallel --pipe -N gives the records of one
# process (after a sort), and each bad line is reported once.
set -u
command -v parallel >/dev/null || { echo "GNU parallel is not installed"; exit 1; }
sh tests/mkrecords.sh examples/*.txt tests/split-sentences/basic.in > "$TMPDIR_T/one.tsv"
i=0
while [ $i -lt 12 ]; do sed "s/^text\t/text\tcopy$i-/" "$TMPDIR_T/one.tsv"; i=$((i + 1)); done > "$TMPDIR_T/good.tsv"
# Lines 6, 16, 26 and 36 start chunks of 5: a header, a broken record,
# a record with too few fields, a line that is not a record at all.
awk 'BEGIN { bad[6] = "kind\tdoc\tstart\tend"; bad[16] = "text\tbroken\t9\t2\tbody"
	bad[26] = "text\tshort\t0"; bad[36] = "Not a record" }
{ while ((n + 1) in bad) print bad[++n]; print; n++ }' "$TMPDIR_T/good.tsv" > "$TMPDIR_T/corpus.tsv"
split-sentences "$TMPDIR_T/corpus.tsv" 2> "$TMPDIR_T/err1" | LC_ALL=C sort > "$TMPDIR_T/serial"
parallel --pipe -N 5 -j 2 split-sentences < "$TMPDIR_T/corpus.tsv" 2> "$TMPDIR_T/err2" | LC_ALL=C sort > "$TMPDIR_T/par"
grep -q '^sentence' "$TMPDIR_T/serial" || { echo "no output"; exit 1; }
cmp -s "$TMPDIR_T/serial" "$TMPDIR_T/par" || { diff "$TMPDIR_T/serial" "$TMPDIR_T/par" | head; exit 1; }
n1=$(grep -c 'malformed record' "$TMPDIR_T/err1")
n2=$(grep -c 'malformed record' "$TMPDIR_T/err2")
[ "$n1" -eq 4 ] && [ "$n2" -eq 4 ] || { echo "bad lines reported: $n1 serial, $n2 in parallel, want 4"; cat "$TMPDIR_T/err2"; exit 1; }

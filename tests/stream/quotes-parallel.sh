# find-quotes is shard-safe: GNU parallel over text records gives the
# same records as one process, after a sort.
set -u
command -v parallel >/dev/null || { echo "GNU parallel is not installed"; exit 1; }
sh tests/mkrecords.sh examples/*.txt tests/find-quotes/attribution.in > "$TMPDIR_T/one.tsv"
i=0
while [ $i -lt 20 ]; do sed "s/^text\t/text\tcopy$i-/" "$TMPDIR_T/one.tsv"; i=$((i + 1)); done > "$TMPDIR_T/corpus.tsv"
find-quotes -o "$TMPDIR_T/corpus.tsv" | LC_ALL=C sort > "$TMPDIR_T/serial"
parallel --pipe --block 20k -j 2 find-quotes -o < "$TMPDIR_T/corpus.tsv" | LC_ALL=C sort > "$TMPDIR_T/par"
[ -s "$TMPDIR_T/serial" ] || { echo "no output"; exit 1; }
cmp -s "$TMPDIR_T/serial" "$TMPDIR_T/par" || { diff "$TMPDIR_T/serial" "$TMPDIR_T/par" | head; exit 1; }

# Layers the stream carries are reused, never computed again: a second
# split-sentences or tag-entities gives back its input (once every
# sentence and entity record came out twice), and tag-entities after
# split-sentences gives what tag-entities alone gives.
set -u
sh tests/mkrecords.sh examples/*.txt tests/tag-entities/basic.in > "$TMPDIR_T/c.tsv"
split-sentences "$TMPDIR_T/c.tsv" > "$TMPDIR_T/s1" || exit 1
split-sentences "$TMPDIR_T/s1" > "$TMPDIR_T/s2" || exit 1
cmp -s "$TMPDIR_T/s1" "$TMPDIR_T/s2" || { echo "split | split differs:"; diff "$TMPDIR_T/s1" "$TMPDIR_T/s2" | head; exit 1; }
tag-entities "$TMPDIR_T/c.tsv" > "$TMPDIR_T/t1" || exit 1
grep -q '^entity' "$TMPDIR_T/t1" || { echo "no entities"; exit 1; }
tag-entities "$TMPDIR_T/t1" > "$TMPDIR_T/t2" || exit 1
cmp -s "$TMPDIR_T/t1" "$TMPDIR_T/t2" || { echo "tag | tag differs:"; diff "$TMPDIR_T/t1" "$TMPDIR_T/t2" | head; exit 1; }
tag-entities "$TMPDIR_T/s1" > "$TMPDIR_T/st" || exit 1
cmp -s "$TMPDIR_T/t1" "$TMPDIR_T/st" || { echo "split | tag differs from tag:"; diff "$TMPDIR_T/t1" "$TMPDIR_T/st" | head; exit 1; }
# With -o, the program's own layer, whether read or computed.
split-sentences -o "$TMPDIR_T/t1" > "$TMPDIR_T/so1" || exit 1
split-sentences -o "$TMPDIR_T/c.tsv" > "$TMPDIR_T/so2" || exit 1
cmp -s "$TMPDIR_T/so1" "$TMPDIR_T/so2" || { echo "split -o of a split stream differs"; exit 1; }
tag-entities -o "$TMPDIR_T/t1" > "$TMPDIR_T/to1" || exit 1
tag-entities -o "$TMPDIR_T/c.tsv" > "$TMPDIR_T/to2" || exit 1
cmp -s "$TMPDIR_T/to1" "$TMPDIR_T/to2" || { echo "tag -o of a tagged stream differs"; exit 1; }
tag-entities -o -t PERSON "$TMPDIR_T/t1" | cut -f 5 | sort -u > "$TMPDIR_T/types"
[ "$(cat "$TMPDIR_T/types")" = PERSON ] || { echo "-t on entities read: $(cat "$TMPDIR_T/types")"; exit 1; }

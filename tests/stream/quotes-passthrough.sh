# find-quotes passes every record it reads through, in order, and is
# idempotent: its own output run through it again comes out the same;
# -u changes when output is written, never what.
set -u
find-quotes examples/*.txt > "$TMPDIR_T/a"
find-quotes < "$TMPDIR_T/a" > "$TMPDIR_T/b"
cmp -s "$TMPDIR_T/a" "$TMPDIR_T/b" || { diff "$TMPDIR_T/a" "$TMPDIR_T/b" | head; exit 1; }
split-sentences examples/*.txt | tag-entities > "$TMPDIR_T/c"
find-quotes < "$TMPDIR_T/c" > "$TMPDIR_T/d"
grep -v '^quote' "$TMPDIR_T/d" | cmp -s - "$TMPDIR_T/c" || { echo "records lost or changed"; exit 1; }
grep -q '^quote' "$TMPDIR_T/d" || { echo "no quotes"; exit 1; }
find-quotes -u examples/*.txt | cmp -s - "$TMPDIR_T/a"

# -u changes when output is written, never what is written.
set -u
split-sentences examples/*.txt > "$TMPDIR_T/a"
split-sentences -u examples/*.txt > "$TMPDIR_T/b"
cmp -s "$TMPDIR_T/a" "$TMPDIR_T/b" && [ -s "$TMPDIR_T/a" ]

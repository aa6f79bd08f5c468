# A write error is exit status 2 with a message, never a silent truncation.
set -u
[ -w /dev/full ] || { echo "no /dev/full"; exit 1; }
split-sentences examples/wire-morning.txt > /dev/full 2> "$TMPDIR_T/err"
rc=$?
[ $rc -eq 2 ] || { echo "exit status $rc, want 2"; exit 1; }
grep -q '^split-sentences: stdout: No space left on device$' "$TMPDIR_T/err" || { cat "$TMPDIR_T/err"; exit 1; }
# -h and -V write to stdout too: checked the same way.
for p in split-sentences tag-entities; do
	for o in -h -V; do
		$p $o > /dev/full 2> "$TMPDIR_T/err"
		rc=$?
		[ $rc -eq 2 ] || { echo "$p $o > /dev/full: exit status $rc, want 2"; exit 1; }
		grep -q "^$p: stdout: No space left on device$" "$TMPDIR_T/err" || { cat "$TMPDIR_T/err"; exit 1; }
	done
done

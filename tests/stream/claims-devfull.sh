# diff-claims: a write error is exit status 2 with a message, not 1 for
# "differences" (diff(1) keeps 2 for trouble).
set -u
diff-claims examples/wire-morning.txt examples/wire-evening.txt > /dev/full 2> "$TMPDIR_T/err"
rc=$?
[ $rc -eq 2 ] || { echo "exit status $rc, want 2"; exit 1; }
grep -q '^diff-claims: stdout: No space left on device$' "$TMPDIR_T/err" || { cat "$TMPDIR_T/err"; exit 1; }

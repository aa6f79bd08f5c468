# find-quotes: a write error is exit status 2 with a message.
set -u
find-quotes examples/wire-morning.txt > /dev/full 2> "$TMPDIR_T/err"
rc=$?
[ $rc -eq 2 ] || { echo "exit status $rc, want 2"; exit 1; }
grep -q '^find-quotes: stdout: No space left on device$' "$TMPDIR_T/err" || { cat "$TMPDIR_T/err"; exit 1; }

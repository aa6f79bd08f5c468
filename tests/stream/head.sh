# "| head -1" ends quietly: SIGPIPE stays default, nothing on stderr.
set -u
i=0
while [ $i -lt 2000 ]; do cat examples/wire-morning.txt; i=$((i + 1)); done > "$TMPDIR_T/big.txt"
first=$( (split-sentences "$TMPDIR_T/big.txt" 2> "$TMPDIR_T/err"; echo $? > "$TMPDIR_T/rc") | head -n 1)
[ -n "$first" ] || { echo "no output"; exit 1; }
[ ! -s "$TMPDIR_T/err" ] || { cat "$TMPDIR_T/err"; exit 1; }
rc=$(cat "$TMPDIR_T/rc")
[ "$rc" = 141 ] || [ "$rc" = 0 ] || { echo "exit status $rc"; exit 1; }

# A live feed through a FIFO: the first document's records arrive while
# the input is still open (once the stream pauses it is complete), for
# text records, sentence records and raw text, with and without -u.
set -u
d=$TMPDIR_T/fifo
rm -rf "$d"
mkdir -p "$d"
# feed NAME FIRST PATTERN PROG ARGS...: write FIRST, wait for PATTERN in
# the output while the FIFO stays open, then end the input.
feed() {
	name=$1 first=$2 pat=$3
	shift 3
	rm -f "$d/in" "$d/out"
	mkfifo "$d/in"
	: > "$d/out"
	("$@" < "$d/in" | cat >> "$d/out") &
	exec 3> "$d/in"
	printf "$first" >&3
	i=0
	while ! grep -q "$pat" "$d/out"; do
		i=$((i + 1))
		if [ $i -gt 100 ]; then
			echo "$name: nothing of the first document after 10 s:"
			cat "$d/out"
			exec 3>&-
			wait
			return 1
		fi
		sleep 0.1
	done
	printf 'text\tlast\t0\t0\tThe end.\n' >&3
	exec 3>&-
	wait
	grep -q '^sentence	last	0	8' "$d/out" || { echo "$name: no last document"; return 1; }
}
rc=0
for u in "" -u; do
	feed "split text$u" 'text\ta\t0\t0\tRain fell. Roads shut.\n' \
	    '^sentence	a	11	22	2	1	Roads shut\.$' split-sentences $u || rc=1
	feed "tag text$u" 'text\ta\t0\t0\tMayor Lena Holt spoke.\n' \
	    '^entity	a	6	15	PERSON' tag-entities $u || rc=1
	feed "tag sentences$u" 'sentence\ta\t0\t22\t1\t1\tMayor Lena Holt spoke.\n' \
	    '^entity	a	6	15	PERSON' tag-entities $u || rc=1
	feed "split | tag$u" 'text\ta\t0\t0\tMayor Lena Holt spoke.\n' \
	    '^entity	a	6	15	PERSON' sh -c "split-sentences $u | tag-entities $u" || rc=1
done
# Raw text is one document until its input ends, but what is found is
# written before the program waits for more.
for u in "" -u; do
	rm -f "$d/in" "$d/out"
	mkfifo "$d/in"
	: > "$d/out"
	(split-sentences $u -d raw < "$d/in" | cat >> "$d/out") &
	exec 3> "$d/in"
	printf 'Rain fell. Roads shut.\n\n' >&3
	i=0
	while ! grep -q '^sentence	raw	11	22' "$d/out"; do
		i=$((i + 1))
		[ $i -le 100 ] || { echo "raw$u: nothing after 10 s"; rc=1; break; }
		sleep 0.1
	done
	printf 'The end.\n' >&3
	exec 3>&-
	wait
done
exit $rc

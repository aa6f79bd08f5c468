#!/bin/sh
# The test suite: unit tests of lib/, the programs' case files (under
# LC_ALL=C and a UTF-8 locale), streams, errors and the man pages'
# examples.  Ends with "N passed, N failed"; exits 1 on any failure.
# Tests that need a tool that is absent (GNU parallel) are skipped with a
# line "SKIP test: reason" and a count before the last line.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
PATH=$top/bin:$PATH
export PATH
out=$top/tests/out
rm -rf "$out"
mkdir -p "$out/tmp"
TMPDIR_T=$out/tmp
export TMPDIR_T
pass=0
fail=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
check() {	# NAME COMMAND...: passes when the command succeeds
	name=$1
	shift
	if "$@"; then ok; else bad "$name"; fi
}

# Unit tests, boundary cases and the round-trip property.
if tests/unit/unit tests/boundaries/*.tsv tests/*/*.in examples/*.txt > "$out/unit.log" 2> "$out/unit.err"; then :; fi
grep '^FAIL\|^    got\|^   want' "$out/unit.log" | head -100
line=$(tail -n 1 "$out/unit.log")
case $line in
"unit: "*" passed, "*" failed")
	set -- $line
	pass=$((pass + $2))
	fail=$((fail + $4))
	;;
*)
	bad "unit tests did not finish: $line"
	;;
esac

# Case files: tests/PROG/NAME.in with .out and optional .args, .err, .rc.
# In .args, @IN@ stands for the .in file as an operand; else it is stdin.
for loc in C C.UTF-8; do
	for in in tests/*/*.in; do
		[ -f "$in" ] || continue
		dir=${in%/*}
		prog=${dir##*/}
		base=${in%.in}
		name=$prog/${base##*/}
		[ -f "$base.out" ] || { bad "$name: no .out"; continue; }
		args=
		[ -f "$base.args" ] && args=$(cat "$base.args")
		want_rc=0
		[ -f "$base.rc" ] && want_rc=$(cat "$base.rc")
		case $args in
		*@IN@*)
			args=$(printf '%s' "$args" | sed "s|@IN@|$in|g")
			eval "LC_ALL=$loc $prog $args" > "$out/got" 2> "$out/err" < /dev/null
			;;
		*)
			eval "LC_ALL=$loc $prog $args" > "$out/got" 2> "$out/err" < "$in"
			;;
		esac
		rc=$?
		if ! cmp -s "$out/got" "$base.out"; then
			bad "$name ($loc): output differs"
			diff -u "$base.out" "$out/got" | head -20
		elif [ "$rc" != "$want_rc" ]; then
			bad "$name ($loc): exit status $rc, want $want_rc"
		elif [ -f "$base.err" ] && ! cmp -s "$out/err" "$base.err"; then
			bad "$name ($loc): stderr differs"
			diff -u "$base.err" "$out/err" | head -10
		elif [ ! -f "$base.err" ] && [ -s "$out/err" ]; then
			bad "$name ($loc): unexpected stderr: $(head -c 200 "$out/err")"
		else
			ok
		fi
	done
done

# Streams, errors and scale; the build itself.  A script that exits 77
# is skipped (a tool it needs is absent) and says why.
skip=0
for t in tests/stream/*.sh tests/build/*.sh; do
	[ -f "$t" ] || continue
	sh "$t" > "$out/stream.log" 2>&1
	rc=$?
	if [ $rc -eq 0 ]; then
		ok
	elif [ $rc -eq 77 ]; then
		skip=$((skip + 1))
		echo "SKIP ${t#tests/}: $(head -n 1 "$out/stream.log")"
	else
		bad "${t#tests/}"
		head -20 "$out/stream.log"
	fi
done

# The man pages' examples: "$ command" lines and the output after them.
for page in man/man1/*.1 man/man7/*.7; do
	sh tests/manexamples.sh "$page" "$out" > "$out/man.log" 2>&1
	set -- $(tail -n 1 "$out/man.log")
	if [ "${1:-}" = examples: ]; then
		pass=$((pass + $2))
		fail=$((fail + $4))
		[ "$4" = 0 ] || grep -v '^examples:' "$out/man.log" | head -30
	else
		bad "$page: examples did not run"
		head -5 "$out/man.log"
	fi
done

[ $skip -eq 0 ] || echo "$skip skipped"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]

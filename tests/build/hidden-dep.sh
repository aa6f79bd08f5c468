# The build never makes a binary without a library's flags.  In a scratch
# copy of the tree, with a pkg-config that cannot find libbsd-overlay, make
# must stop before compiling, naming the package and the apt-get line; and
# given no flags for it by hand, the wrong-code warnings must stop the
# compile of the first file that calls getprogname().  Then the flags
# stamp: the same object rebuilt only when CFLAGS change.  One small
# object is compiled each time, so the test stays quick.
set -u
t=$TMPDIR_T/hidden-dep
rm -rf "$t"
mkdir -p "$t/tree/lib" "$t/bin"
cp Makefile "$t/tree/"
cp lib/*.c lib/*.h "$t/tree/lib/"
cat > "$t/bin/pkg-config" <<'PC'
#!/bin/sh
for a; do
	case $a in libbsd-overlay) echo "Package libbsd-overlay was not found" >&2; exit 1 ;; esac
done
exec pkg-config "$@"
PC
chmod +x "$t/bin/pkg-config"
# Flags from an outer make (make check CFLAGS=...) must not leak in.
unset MAKEFLAGS MFLAGS MAKELEVEL CFLAGS
cd "$t/tree" || exit 1
fail() { echo "hidden-dep: $*"; cat "$t/err"; exit 1; }

if make PKG_CONFIG="$t/bin/pkg-config" lib/diag.o > "$t/out" 2> "$t/err"; then
	fail "make succeeded with libbsd-overlay missing"
fi
grep -q 'cannot find libbsd-overlay' "$t/err" || fail "no message naming libbsd-overlay"
grep -q 'apt-get install -y libbsd-dev' "$t/err" || fail "no apt-get line"
[ ! -e lib/diag.o ] || fail "an object was built without the flags"

# The issue's reproduction: flags given by hand, without libbsd's.
if make PKG_CFLAGS= PKG_LIBS='-lpcre2-8 -lbsd -lutf8proc' lib/diag.o > "$t/out" 2> "$t/err"; then
	fail "lib/diag.o compiled with getprogname() undeclared"
fi
grep -q 'implicit-function-declaration' "$t/err" || fail "not stopped by -Werror=implicit-function-declaration"
[ ! -e lib/diag.o ] || fail "lib/diag.o left behind"

# The stamp: built once, up to date with the same flags, rebuilt with new ones.
make CFLAGS=-O0 lib/buf.o > "$t/out" 2> "$t/err" || fail "lib/buf.o did not build"
make CFLAGS=-O0 lib/buf.o > "$t/out" 2> "$t/err" || fail "second make failed"
! grep -q 'buf\.c' "$t/out" || fail "lib/buf.o rebuilt with unchanged flags"
make CFLAGS=-O1 lib/buf.o > "$t/out" 2> "$t/err" || fail "third make failed"
grep -q -- '-O1 .*-c -o lib/buf.o' "$t/out" || fail "lib/buf.o not rebuilt when CFLAGS changed"
# A header newer than the object rebuilds it (-MMD).  Dates are set, not
# touched to now, as the clock may be coarser than a compile.
touch -d '2000-01-01' lib/*.c lib/*.h lib/buf.o .build-flags
make CFLAGS=-O1 lib/buf.o > "$t/out" 2> "$t/err" || fail "fourth make failed"
! grep -q 'buf\.c' "$t/out" || fail "lib/buf.o rebuilt with nothing changed"
touch -d '2001-01-01' lib/buf.h
make CFLAGS=-O1 lib/buf.o > "$t/out" 2> "$t/err" || fail "fifth make failed"
grep -q 'buf\.c' "$t/out" || fail "lib/buf.o not rebuilt when lib/buf.h changed"
exit 0

#!/bin/sh
# Check the dependencies of a make target; install what is missing with
# apt-get where we can (as root, or with password-less sudo).
#
#	sh scripts/deps.sh [bench]
#
# Without an operand: what building and `make check' need (a compiler,
# pkg-config and the libraries), and GNU parallel, which only the scaling
# tests use: where it cannot be installed they are skipped, so it is
# wanted but not required.  With `bench': also pcre2grep (pcre2-utils),
# the reference every figure of `make bench' is compared with.
# Exit status 0 when what is required is there, 1 otherwise.
set -u
pkgs="libpcre2-8 libbsd-overlay libutf8proc"
need="build-essential pkg-config libpcre2-dev libbsd-dev libutf8proc-dev"
want="parallel"
case ${1:-} in
'') ;;
bench) need="$need pcre2-utils" ;;
*) echo "usage: sh scripts/deps.sh [bench]" >&2; exit 2 ;;
esac

missing=0
command -v pkg-config >/dev/null 2>&1 || missing=1
command -v cc >/dev/null 2>&1 || missing=1
[ $missing -eq 0 ] && ! pkg-config --exists $pkgs 2>/dev/null && missing=1
if [ "${1:-}" = bench ]; then
	command -v pcre2grep >/dev/null 2>&1 || missing=1
fi
wanting=0
command -v parallel >/dev/null 2>&1 || wanting=1
[ $missing -eq 0 ] && [ $wanting -eq 0 ] && exit 0

sudo=no
if command -v apt-get >/dev/null 2>&1; then
	if [ "$(id -u)" -eq 0 ]; then
		sudo=
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
		sudo="sudo -n"
	fi
fi
if [ "$sudo" = no ]; then
	if [ $missing -eq 0 ]; then
		echo "deps: GNU parallel is not installed; its tests will be skipped (apt-get install -y parallel)" >&2
		exit 0
	fi
	echo "deps: missing build dependencies (pkg-config: $pkgs); on Debian run:" >&2
	echo "    apt-get install -y $need $want" >&2
	exit 1
fi
echo "deps: installing $need $want" >&2
export DEBIAN_FRONTEND=noninteractive
if $sudo apt-get update -qq >&2 && $sudo apt-get install -y -qq $need $want >&2 < /dev/null; then
	if pkg-config --exists $pkgs; then
		exit 0
	fi
fi
echo "deps: apt-get failed; run: apt-get install -y $need $want" >&2
[ $missing -eq 0 ] && exit 0
exit 1

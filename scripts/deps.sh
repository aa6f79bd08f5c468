#!/bin/sh
# Check the build dependencies; install them with apt-get where we can.
set -u
pkgs="libpcre2-8 libbsd-overlay libutf8proc"
debs="build-essential pkg-config libpcre2-dev libbsd-dev libutf8proc-dev libstemmer-dev parallel"
missing=0
command -v pkg-config >/dev/null 2>&1 || missing=1
command -v cc >/dev/null 2>&1 || missing=1
command -v parallel >/dev/null 2>&1 || missing=1
# libstemmer has no pkg-config file: look for its header.
[ -f /usr/include/libstemmer.h ] || [ -f /usr/local/include/libstemmer.h ] || missing=1
[ $missing -eq 0 ] && ! pkg-config --exists $pkgs 2>/dev/null && missing=1
[ $missing -eq 0 ] && exit 0
if command -v apt-get >/dev/null 2>&1; then
	if [ "$(id -u)" -eq 0 ]; then
		sudo=
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
		sudo="sudo -n"
	else
		echo "deps: missing build dependencies; run:" >&2
		echo "    sudo apt-get install -y $debs" >&2
		exit 1
	fi
	echo "deps: installing $debs" >&2
	export DEBIAN_FRONTEND=noninteractive
	$sudo apt-get update -qq >&2 && $sudo apt-get install -y -qq $debs >&2 || {
		echo "deps: apt-get failed; run: apt-get install -y $debs" >&2
		exit 1
	}
	pkg-config --exists $pkgs && [ -f /usr/include/libstemmer.h ] && exit 0
fi
echo "deps: missing build dependencies (pkg-config: $pkgs); on Debian run:" >&2
echo "    apt-get install -y $debs" >&2
exit 1

#!/bin/sh
# WordNet's synonym sets for lib/synonyms.c: each one-word lemma of the
# noun, verb, adjective and adverb indexes with its two most frequent
# senses (synset offsets, tagged by part of speech), one line each
# ("lemma n123 v456"), which tools/mkwordnet.c stems and writes as C.
# DIR is WordNet's dict directory (Debian wordnet-base: /usr/share/wordnet).
set -eu
dir=${1:-/usr/share/wordnet}
for pos in noun verb adj adv; do
	awk -v p="$pos" '
	/^  / { next }
	$1 ~ /^[a-z]+$/ {
		n = $3; pc = $4; first = 5 + pc + 2
		k = 0; s = ""
		for (i = first; i <= NF && k < 2; i++) { s = s " " substr(p, 1, 1) $i; k++ }
		printf "%s%s\n", $1, s
	}' "$dir/index.$pos"
done

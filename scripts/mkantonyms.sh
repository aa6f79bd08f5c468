#!/bin/sh
# WordNet's antonyms for lib/antonyms.c: the one-word lemmas joined by
# an antonym pointer ("!", a lexical pointer: from one word of a synset
# to one word of another) in the noun, verb, adjective and adverb data,
# one pair of word forms a line ("opened closed"): each lemma with its
# regular inflections (opens, opened, opening; closer, closest) and
# its irregular forms from the exception lists (rose, fell for rise,
# fall).  Forms, not stems, so that a word derived from another
# ("election" from "elect") does not inherit its antonyms; a form that
# no word has costs nothing.  tools/mkwordnet.c -a hashes them and
# writes C.  DIR is WordNet's dict directory (Debian wordnet-base:
# /usr/share/wordnet).
set -eu
dir=${1:-/usr/share/wordnet}
for pos in noun verb adj adv; do
	awk -v pos="$pos" '
	# The regular inflections of w as a word of its part of speech.
	function inflect(w,    s, last, cy, cvc, d) {
		s = w
		last = substr(w, length(w), 1)
		cy = w ~ /[^aeiou]y$/
		cvc = w ~ /(^|[^aeiou])[aeiou][^aeiouwxy]$/
		d = cvc ? w last : ""
		if (pos == "noun" || pos == "verb") {
			if (cy)
				s = s " " substr(w, 1, length(w) - 1) "ies"
			else if (w ~ /(s|x|z|ch|sh|o)$/)
				s = s " " w "es"
			else
				s = s " " w "s"
		}
		if (pos == "verb") {
			if (cy)
				s = s " " substr(w, 1, length(w) - 1) "ied " w "ing"
			else if (last == "e")
				s = s " " w "d " substr(w, 1, length(w) - 1) "ing"
			else
				s = s " " w "ed " w "ing"
			if (d != "")
				s = s " " d "ed " d "ing"
		}
		if (pos == "adj") {
			if (cy)
				s = s " " substr(w, 1, length(w) - 1) "ier " substr(w, 1, length(w) - 1) "iest"
			else if (last == "e")
				s = s " " w "r " w "st"
			else
				s = s " " w "er " w "est"
			if (d != "")
				s = s " " d "er " d "est"
		}
		return s
	}
	FNR == 1 { pass++ }
	# The exception list: the irregular forms of each lemma.
	pass == 1 { for (i = 2; i <= NF; i++) irr[$i] = irr[$i] " " $1; next }
	/^  / { next }
	# Each synset line: offset lex_filenum type w_cnt (hex) word lex_id...
	# p_cnt, then p_cnt pointers: symbol offset pos source/target (hex).
	{
		nw = ("0x" $4) + 0
		if (pass == 2) {
			for (i = 1; i <= nw; i++) {
				w = $(3 + 2 * i)
				sub(/\(.*$/, "", w)	# adjective markers: "open(a)"
				word[$1, i] = w
			}
			next
		}
		np = $(5 + 2 * nw) + 0
		for (k = 0; k < np; k++) {
			j = 6 + 2 * nw + 4 * k
			if ($j != "!")
				continue
			st = $(j + 3)
			s = word[$1, ("0x" substr(st, 1, 2)) + 0]
			t = word[$(j + 1), ("0x" substr(st, 3, 2)) + 0]
			if (s !~ /^[a-z]+$/ || t !~ /^[a-z]+$/)
				continue
			ns = split(inflect(s) irr[s], fs, " ")
			nt = split(inflect(t) irr[t], ft, " ")
			for (a = 1; a <= ns; a++)
				for (b = 1; b <= nt; b++)
					print fs[a], ft[b]
		}
	}' "$dir/$pos.exc" "$dir/data.$pos" "$dir/data.$pos"
done

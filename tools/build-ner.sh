#!/bin/sh
# Build the entity tagger's tools, train its model, evaluate it.
# Run from anywhere; works at the top of the tree.
#
#   tools/build-ner.sh model   build train-ner, write lib/data/ner.model
#   tools/build-ner.sh eval    build eval-ner (model compiled in), score
#                              the held-out sets, measure the speed
#   tools/build-ner.sh clusters  build mkclusters, write lib/data/clusters.txt
#                              (then make model)
#   tools/build-ner.sh keys    build eval-keys, score the keys on the
#                              lists of tests/eval (targets: every
#                              variant set shares, 95% of pairs differ)
#   tools/build-ner.sh         model and eval
#
# The data is ../shared/data/entities beside the checkout, or
# $NEWSUTILS_DATA/entities.  Never train on the held-out sets:
# conll2003.valid.txt, wikigold.conll.txt, uner_en_ewt.dev.iob2.
set -eu
cd "$(dirname "$0")/.."
data=${NEWSUTILS_DATA:-../shared/data}/entities
out=tools/build
CC=${CC:-cc}
CFLAGS=${CFLAGS:--O2 -g}
PKGS="libpcre2-8 libbsd-overlay libutf8proc"
FLAGS="-std=c11 -Wall -Wextra -Wpedantic -Werror -D_POSIX_C_SOURCE=200809L \
-D_DEFAULT_SOURCE -Ilib -Ilib/gen -Itools $(pkg-config --cflags $PKGS)"
LIBS="$(pkg-config --libs $PKGS) -lm"
COMMON="tools/nerdata.c lib/ner_feat.c lib/gen/clusters.c lib/tokens.c lib/utf8.c lib/buf.c"
mkdir -p $out

model() {
	[ -f lib/gen/clusters.c ] || { echo "build-ner: run make lib/gen/clusters.c first (make model does)" >&2; exit 1; }
	for f in conll2003.train.txt wikiann_en.train.txt; do
		[ -r "$data/$f" ] || { echo "build-ner: $data/$f: missing" >&2; exit 1; }
	done
	# shellcheck disable=SC2086
	$CC $FLAGS $CFLAGS -o $out/train-ner tools/train-ner.c $COMMON lib/libnewsutils.a $LIBS
	# WikiANN is noisy and leaves MISC untagged: it counts a quarter.
	$out/train-ner -e 10 -o lib/data/ner.model.tmp \
	    "$data/conll2003.train.txt" "$data/wikiann_en.train.txt:0.25"
	mv lib/data/ner.model.tmp lib/data/ner.model
}

evaluate() {
	[ -f lib/libnewsutils.a ] || { echo "build-ner: run make first" >&2; exit 1; }
	make -s tools/build/eval-ner
	set --
	for f in conll2003.valid.txt wikigold.conll.txt uner_en_ewt.dev.iob2; do
		if [ -r "$data/$f" ]; then
			set -- "$@" "$data/$f"
		else
			echo "eval-ner: skipped: no $data/$f"
		fi
	done
	[ $# -gt 0 ] || return 0
	echo "-- the model alone"
	$out/eval-ner -r 20 "$@"
	echo "-- through tag-entities sentence by sentence (titles stripped, GPE and LOC as LOC, NORP and EVENT set aside)"
	$out/eval-ner -e "$@" | grep -v '^model loaded\|^scored through'
	echo "-- through tag-entities, the document pass (each document its own input)"
	$out/eval-ner -d "$@" | grep -v '^model loaded\|^scored through'
}

# Word clusters from all the text of the data, labels unused (lib/data/README.ner).
clusters() {
	d=${NEWSUTILS_DATA:-../shared/data}
	# shellcheck disable=SC2086
	$CC $FLAGS $CFLAGS -o $out/mkclusters tools/mkclusters.c lib/libnewsutils.a $LIBS
	{ echo "# Word clusters for the entity tagger's features (lib/ner_feat.c), generated"
	  echo "# by tools/mkclusters.c from the unlabelled text of ../shared/data (see"
	  echo "# lib/data/README.ner): word<TAB>cluster, sorted by the word's bytes."
	  $out/mkclusters -v 20000 "$d"/sentences/*.jsonl "$d"/quotes/*.jsonl \
	    "$d"/claims/*.tsv "$d"/claims/msr_paraphrase_train.txt \
	    "$d"/entities/conll2003.*.txt "$d"/entities/wiki*.txt "$d"/entities/*.iob2
	} > lib/data/clusters.txt.tmp
	mv lib/data/clusters.txt.tmp lib/data/clusters.txt
}

keys() {
	# shellcheck disable=SC2086
	$CC $FLAGS $CFLAGS -o $out/eval-keys tools/eval-keys.c lib/libnewsutils.a $LIBS
	$out/eval-keys tests/eval/keys-share.txt tests/eval/keys-differ.txt
}

case ${1:-all} in
model)	model ;;
eval)	evaluate ;;
keys)	keys ;;
clusters) clusters ;;
all)	model; evaluate ;;
*)	echo "usage: build-ner.sh [model | eval | keys | clusters | all]" >&2; exit 2 ;;
esac

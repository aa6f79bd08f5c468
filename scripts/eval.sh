#!/bin/sh
# Accuracy on the annotated data beside the checkout (../shared/data, or
# $NEWSUTILS_DATA).  The data is not part of the project; where it is
# absent each evaluation says so and is skipped.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
data=${NEWSUTILS_DATA:-$top/../shared/data}
if ! command -v python3 >/dev/null 2>&1; then
	echo "eval: skipped: python3 is needed to read the JSON data (apt-get install python3)"
	exit 0
fi
echo "== split-sentences: sentence boundaries (target F1 >= 0.99)"
set -- "$data"/sentences/*.jsonl
if [ -f "$1" ]; then
	python3 "$top/scripts/eval_sentences.py" "$top/bin/split-sentences" "$@"
else
	echo "eval: skipped: no $data/sentences/*.jsonl"
fi
echo
echo "== tag-entities: PER/ORG/LOC entity F1, exact span and type (targets: CoNLL >= 0.88)"
if [ -d "$data/entities" ]; then
	NEWSUTILS_DATA=$data sh "$top/tools/build-ner.sh" eval
else
	echo "eval: skipped: no $data/entities"
fi
echo
echo "== tag-entities: keys on our own name lists (targets: all sets share, >= 95% of pairs apart)"
sh "$top/tools/build-ner.sh" keys
echo
echo "== tag-entities: acceptance on the seed articles"
sh "$top/scripts/eval_seeds.sh"
echo
echo "== find-quotes: quotation spans, cues and speakers on PolNeAR dev (targets on held-out news: F1 >= 0.86 at 30%, speaker >= 0.90, cue >= 0.93)"
if [ -f "$data/quotes/polnear_dev.jsonl" ]; then
	python3 "$top/scripts/eval_quotes.py" "$top/bin/find-quotes" \
	    "$data/quotes/polnear_dev.jsonl"
else
	echo "eval: skipped: no $data/quotes/polnear_dev.jsonl"
fi
echo
echo "== find-quotes: acceptance on the seed articles"
seeds=${NEWSUTILS_SEEDS:-$top/../shared/seeds}
if [ -d "$seeds" ]; then
	python3 "$top/scripts/eval_quotes_seeds.py" "$top/bin/find-quotes" "$seeds" \
	    "$top/tests/eval/seeds-quotes.tsv"
else
	echo "eval: skipped: no $seeds"
fi
echo
echo "== diff-claims: same-claim decision on MSRP train, 10-fold CV (targets: accuracy >= 0.78 CV, >= 0.775 on the unseen test)"
claims=$data/claims
if [ -f "$claims/msr_paraphrase_train.txt" ]; then
	make -s -C "$top" tools/build/fitclaims
	# The lambda sweep on stderr is hidden; an error is not.
	"$top/tools/build/fitclaims" -e "$claims/msr_paraphrase_train.txt" 2>&1 | grep -v "^lambda "
	for f in "$claims"/sts-news-*.tsv; do
		printf '%-24s ' "STS $(basename "$f" .tsv):"
		"$top/tools/build/fitclaims" -p "$f"
	done
	echo "(the stem frequencies count the sentences of MSRP train and sts-news-train, not their labels)"
else
	echo "eval: skipped: no $claims/msr_paraphrase_train.txt"
fi
echo
echo "== diff-claims: acceptance on the seed articles"
sh "$top/scripts/eval_claims.sh"
echo
echo "== diff-claims: edits found between generated versions of fictional articles"
python3 "$top/scripts/eval_versions.py" "$top/bin/diff-claims" 60

# The evaluation tools build and run: make eval stands on them, and they
# build documents as the programs do (document_build with the engines'
# passes), so a change there that the programs follow must reach them too.
# fitclaims scores three pairs of our own; eval-ner tags a tiny CoNLL file
# of our own through the document pass.
set -u
t=$TMPDIR_T/tools
mkdir -p "$t"
fail() { echo "tools: $*"; exit 1; }
[ -x tools/build/fitclaims ] && [ -x tools/build/eval-ner ] ||
	fail "tools/build/fitclaims and tools/build/eval-ner are not built (make check builds them)"

# STS layout: the score in field 5, the sentences in 6 and 7.
printf 'news\tdev\t1\t1\t%s\t%s\t%s\n' \
    5.0 "The mayor of Dunmore opened the new bridge on Monday." "The mayor of Dunmore opened the new bridge on Monday." \
    2.5 "The ferry to Kell Island was cancelled because of the storm." "Storms led to the cancellation of the Kell Island ferry." \
    0.0 "Farmers in the valley expect a late harvest." "The council approved a budget for two new schools." > "$t/sts.tsv"
tools/build/fitclaims -p "$t/sts.tsv" > "$t/fit.out" 2> "$t/fit.err" ||
	{ cat "$t/fit.err"; fail "fitclaims -p failed"; }
grep -Eq '^3 pairs, Pearson 0\.(9|8)' "$t/fit.out" ||
	{ cat "$t/fit.out"; fail "fitclaims: want 3 pairs with a Pearson above 0.8"; }

printf '%s\n' '-DOCSTART- -X- -X- O' '' \
    'Anna NNP B-NP B-PER' 'Marlow NNP I-NP I-PER' 'visited VBD B-VP O' \
    'Paris NNP B-NP B-LOC' 'on IN B-PP O' 'Monday NNP B-NP O' '. . O O' '' \
    'Marlow NNP B-NP B-PER' 'spoke VBD B-VP O' 'to TO B-PP O' \
    'the DT B-NP O' 'Red NNP I-NP B-ORG' 'Cross NNP I-NP I-ORG' '. . O O' > "$t/ner.txt"
tools/build/eval-ner -d "$t/ner.txt" > "$t/ner.out" 2> "$t/ner.err" ||
	{ cat "$t/ner.err"; fail "eval-ner -d failed"; }
grep -Eq '^PER +1\.0000 +1\.0000 +1\.0000 +2 +2 +2$' "$t/ner.out" ||
	{ cat "$t/ner.out"; fail "eval-ner: want both PER mentions found"; }

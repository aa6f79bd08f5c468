#!/bin/sh
# Refit the claim comparison's data from ../shared/data/claims (or
# $NEWSUTILS_DATA/claims): the stem frequencies, then the SCORE model
# on the MSRP training set (which needs the frequencies compiled in).
set -eu
data=${NEWSUTILS_DATA:-../shared/data}/claims
[ -f "$data/msr_paraphrase_train.txt" ] || { echo "build-claims: no $data/msr_paraphrase_train.txt" >&2; exit 1; }
tools/build/fitclaims -i "$data/msr_paraphrase_train.txt" "$data/sts-news-train.tsv" > lib/data/claims-idf.txt.tmp
mv lib/data/claims-idf.txt.tmp lib/data/claims-idf.txt
make tools/build/fitclaims
tools/build/fitclaims -m "$data/msr_paraphrase_train.txt" > lib/data/claims.model.tmp
mv lib/data/claims.model.tmp lib/data/claims.model
make

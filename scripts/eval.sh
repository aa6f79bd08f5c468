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

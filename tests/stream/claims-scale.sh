# diff-claims: two versions of a generated story of 1600 near-identical
# paragraphs, each with one number changed, align one to one in order
# (the candidate index must still find each paragraph's twin when
# every word but a name and a number is in all of them).  How the time
# grows is make bench's business, not the suite's.
set -u
gen() {	# SEED: 1600 paragraphs of numbered fictional reports
	awk -v s="$1" 'BEGIN {
		for (i = 1; i <= 1600; i++)
			printf "Crews at site %d of the Orlen works cleared %d tonnes of debris on day %d, foreman Ada Quill%d said.\n", i, (i * 7 + s) % 97, i % 30 + 1, i
	}'
}
gen 0 > "$TMPDIR_T/l1"
gen 3 > "$TMPDIR_T/l2"
got=$(diff-claims -s "$TMPDIR_T/l1" "$TMPDIR_T/l2")
want="same 0 reworded 0 conflict 1600 only 0 mode versions"
[ "$got" = "$want" ] || { echo "got: $got"; echo "want: $want"; exit 1; }

/*
 * The splitter looks only at candidate stops (. ? ! … 。 and kin) and,
 * for each, at the token before it and the word after it.  The rules,
 * in the order they are tried, are listed in split-sentences(1).  This
 * file drives: the scan (split_scan.c) finds candidates, the judge
 * (split_judge.c) decides at stops from the words around them
 * (split_token.c), split_headline.c where a sentence starts without
 * one, split_list.c at list markers.
 */
#include <stdint.h>
#include <string.h>

#include "sentences.h"
#include "split_int.h"
#include "split_punct.h"
#include "split_scan.h"
#include "utf8.h"


static void
emit(struct splitter *sp, size_t end)
{
	size_t e = end, len;
	int32_t cp;

	/* Trim trailing white space: only white space lies between sentences. */
	while (e > sp->s) {
		unsigned char c = (unsigned char)sp->t[e - 1];
		/* ASCII, as the last byte nearly always is: no decoding. */
		if (c < 0x80) {
			if (!ascii_space(c))
				break;
			e--;
			continue;
		}
		if (!utf8_may_end_space(c))	/* ” ’ — é: no decoding */
			break;
		size_t j = utf8_back(sp->t, e);
		cp = cp_at(sp->t, e, j, &len);
		if (!utf8_is_space(cp))
			break;
		e = j;
	}
	if (e > sp->s)
		sp->fn(sp->ctx, sp->s, e);
}
void
split_paragraph(const struct lang *l, const char *t, size_t n, span_fn fn,
    void *ctx)
{
	struct splitter sp = { l, t, n, fn, ctx, 0 };
	struct list lst = { 0, 0, 0, { 0 } };
	size_t i, len, mlen, end, next, resume, mpos;
	enum term tt;
	struct scan sc;

	sp.s = skip_space(t, n, 0);
	i = sp.s;
	if ((mlen = marker_at(t, n, i, &lst, 0)) > 0)
		i += mlen;
	mpos = find_marker(t, n, i, &lst);
	scan_init(&sc, l);
	while (i < n) {
		i = next_candidate(&sc, t, n, i, mpos < n ? mpos : n);
		if (i >= n)
			break;
		if (sc.cand[(unsigned char)t[i]] >= 2 && i != mpos) {
			if (starts_without_stop(&sp, i)) {
				emit(&sp, i);
				sp.s = i;
			}
			i++;
			continue;
		}
		if (i == mpos) {
			/* The next item of a list starts a sentence, stop or not. */
			emit(&sp, i);
			sp.s = i;
			i += marker_at(t, n, i, &lst, 1);
			mpos = find_marker(t, n, i, &lst);
			continue;
		}
		/*
		 * Curly quotes share their first bytes with … and ‼: skip them
		 * fast.  Only a whole character: in a sequence cut short the
		 * third byte (a stop, say) is a character of its own, as the
		 * SIMD scans take it.
		 */
		if ((unsigned char)t[i] == U8_PUNCT_LEAD && i + 2 < n &&
		    (unsigned char)t[i + 1] == U8_PUNCT_MID &&
		    ((unsigned char)t[i + 2] & 0xC0) == 0x80 &&
		    (unsigned char)t[i + 2] != U8_ELLIPSIS_END &&
		    (unsigned char)t[i + 2] != U8_DEXCL_END) {
			i += 3;
			continue;
		}
		tt = term_at(t, n, i, &len);
		if (tt == T_NONE) {
			i += len;
			continue;
		}
		if (judge(&sp, i, &end, &next, &resume)) {
			emit(&sp, end);
			sp.s = next;
			i = next;
			if (lst.kind != 0 && (mlen = marker_at(t, n, i, &lst, 1)) > 0)
				i += mlen;
			if (mpos < i)
				mpos = find_marker(t, n, i, &lst);
		} else
			i = resume;
	}
	emit(&sp, n);
}

/*
 * numex_rec: the recognisers.  Each runs one pattern at a place the scan
 * chose, checks the context (numex_ctx.c) and turns the match into a
 * candidate mention with its normalised value (numex_val.c), or says
 * there is none: 1 with c filled, or 0.  A candidate of type -1 is a
 * span to skip (a phone or version number), not a mention.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "numex_int.h"

int
nx_phrasec(struct cand *c, const struct scan *sc, size_t a, size_t b, int type)
{
	c->start = a;
	c->end = b;
	c->type = type;
	return nx_phrase(sc->s + a, b - a, c->value, sizeof(c->value)) >= 0;
}

/*
 * vsnprintf() for the directives the values use (%s, %.Ns, %c, %%, %d,
 * %ld with a zero-padded width), at a tenth of its cost: the length
 * written, or -1 for a directive it does not know (the caller then asks
 * vsnprintf).  Writes at most cap bytes, as vsnprintf() does.
 */
int
nx_fmtval(char *out, size_t cap, const char *fmt, va_list ap)
{
	char num[24];
	const char *str;
	size_t k = 0, i, len, prec, width;
	long v;
	int neg, nd;

	/* ch is evaluated once, whether it fits or not (it may be va_arg). */
#define PUT(ch) do { char put_ = (char)(ch); if (k + 1 < cap) out[k] = put_; k++; } while (0)
	for (; *fmt != '\0'; fmt++) {
		if (*fmt != '%') {
			PUT(*fmt);
			continue;
		}
		fmt++;
		width = 0;
		prec = (size_t)-1;
		if (*fmt == '0')
			for (fmt++; *fmt >= '0' && *fmt <= '9'; fmt++)
				width = width * 10 + (size_t)(*fmt - '0');
		else if (*fmt == '.')
			for (prec = 0, fmt++; *fmt >= '0' && *fmt <= '9'; fmt++)
				prec = prec * 10 + (size_t)(*fmt - '0');
		switch (*fmt) {
		case '%':
			PUT('%');
			break;
		case 'c':
			PUT((char)va_arg(ap, int));
			break;
		case 's':
			str = va_arg(ap, const char *);
			for (i = 0; i < prec && str[i] != '\0'; i++)
				PUT(str[i]);
			break;
		case 'd':
		case 'l':
			if (*fmt == 'l' && *++fmt != 'd')
				return -1;
			v = fmt[-1] == 'l' ? va_arg(ap, long) : va_arg(ap, int);
			neg = v < 0;
			nd = 0;
			do {
				num[nd++] = (char)('0' + (neg ? -(v % 10) : v % 10));
				v /= 10;
			} while (v != 0);
			len = (size_t)nd + (size_t)neg;
			if (neg)
				PUT('-');
			for (; width > len; width--)
				PUT('0');
			while (nd > 0)
				PUT(num[--nd]);
			break;
		default:
			return -1;
		}
	}
#undef PUT
	if (cap > 0)
		out[k < cap ? k : cap - 1] = '\0';
	return k > INT32_MAX ? -1 : (int)k;
}

static int
valuef(struct cand *c, size_t a, size_t b, int type, const char *fmt, ...)
{
	va_list ap, again;
	int k;

	va_start(ap, fmt);
	va_copy(again, ap);
	if ((k = nx_fmtval(c->value, sizeof(c->value), fmt, ap)) < 0)
		k = vsnprintf(c->value, sizeof(c->value), fmt, again);
	va_end(again);
	va_end(ap);
	c->start = a;
	c->end = b;
	c->type = type;
	return k >= 0 && (size_t)k < sizeof(c->value);
}

static int
days_in(int m, long y)
{
	static const int dm[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m == 2 && y > 0)
		return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
	return dm[m - 1];
}

/* A date value: YYYY-MM-DD, YYYY-MM, --MM-DD or --MM (y, d may be 0). */
static int
datef(struct cand *c, size_t a, size_t b, long y, int m, long d)
{
	if (m < 1 || m > 12 || d < 0 || d > days_in(m, y) || (y != 0 &&
	    (y < 1000 || y > 2999)))
		return 0;
	if (y && d)
		return valuef(c, a, b, NX_DATE, "%04ld-%02d-%02ld", y, m, d);
	if (y)
		return valuef(c, a, b, NX_DATE, "%04ld-%02d", y, m);
	if (d)
		return valuef(c, a, b, NX_DATE, "--%02d-%02ld", m, d);
	return valuef(c, a, b, NX_DATE, "--%02d", m);
}

/* A clock value, with the zone abbreviation of group tz if it matched. */
static int
clockf(struct cand *c, const struct scan *sc, size_t a, size_t b, long h,
    long mi, long s, int ampm, int tz)
{
	char zone[16] = "";
	size_t zs, zl;

	if (ampm) {
		if (h < 1 || h > 12)
			return 0;
		h %= 12;
		if (ampm == 'p')
			h += 12;
	} else if (h > 23)
		return 0;
	if (tz >= 0 && nx_set(sc, tz)) {
		zs = nx_gs(sc, tz);
		zl = nx_gl(sc, tz);
		while (zl > 0 && !ascii_alpha((unsigned char)sc->s[zs])) {
			zs++;
			zl--;
		}
		snprintf(zone, sizeof(zone), " %.*s", (int)(zl < 8 ? zl : 8), sc->s + zs);
	}
	if (s >= 0)
		return valuef(c, a, b, NX_TIME, "%02ld:%02ld:%02ld%s", h, mi, s, zone);
	return valuef(c, a, b, NX_TIME, "%02ld:%02ld%s", h, mi, zone);
}

static int
ampm_of(const struct scan *sc, int k)
{
	char c = sc->s[nx_gs(sc, k)];

	return c == 'p' || c == 'P' ? 'p' : 'a';
}

int
nx_shape(struct scan *sc, size_t p, struct cand *c)
{
	size_t e;

	if (!nx_run(sc, RX_SHAPE, p))
		return 0;
	e = sc->ov[1];
	if (nx_set(sc, sc->nx->g.phone) || nx_set(sc, sc->nx->g.ver) || nx_set(sc, sc->nx->g.slash)) {
		c->start = p;
		c->end = e;
		c->type = -1;
		return 1;
	}
	if (nx_set(sc, sc->nx->g.iso))
		return datef(c, p, e, nx_gint(sc, sc->nx->g.iy), (int)nx_gint(sc, sc->nx->g.im),
		    nx_gint(sc, sc->nx->g.id)) && nx_gint(sc, sc->nx->g.id) > 0;
	if (nx_set(sc, sc->nx->g.nd)) {
		long a = nx_gint(sc, sc->nx->g.na), b = nx_gint(sc, sc->nx->g.nb), y = nx_gint(sc, sc->nx->g.ny);

		if (a < 1 || b < 1)
			return 0;
		if (a > 12 && b <= 12)
			return datef(c, p, e, y, (int)b, a);
		if (b > 12 && a <= 12)
			return datef(c, p, e, y, (int)a, b);
		if (a == b)
			return datef(c, p, e, y, (int)a, b);
		return a <= 12 && b <= 12 && nx_phrasec(c, sc, p, e, NX_DATE);
	}
	if (nx_set(sc, sc->nx->g.clk)) {
		if (sc->s[nx_gs(sc, sc->nx->g.csp)] == '.' && !nx_set(sc, sc->nx->g.cap))
			return 0;	/* 7.30 is a decimal */
		return clockf(c, sc, p, e, nx_gint(sc, sc->nx->g.ch), nx_gint(sc, sc->nx->g.cm),
		    nx_set(sc, sc->nx->g.cs) ? nx_gint(sc, sc->nx->g.cs) : -1,
		    nx_set(sc, sc->nx->g.cap) ? ampm_of(sc, sc->nx->g.cap) : 0, sc->nx->g.ctz);
	}
	if (nx_set(sc, sc->nx->g.hap))
		return clockf(c, sc, p, e, nx_gint(sc, sc->nx->g.hh), 0, -1,
		    ampm_of(sc, sc->nx->g.hp), sc->nx->g.htz);
	if (nx_set(sc, sc->nx->g.dmy))
		return datef(c, p, e, nx_set(sc, sc->nx->g.dy) ? nx_gint(sc, sc->nx->g.dy) : 0,
		    nx_month(&sc->nx->l, sc->s + nx_gs(sc, sc->nx->g.dmon), nx_gl(sc, sc->nx->g.dmon)), nx_gint(sc, sc->nx->g.dd)) &&
		    nx_gint(sc, sc->nx->g.dd) > 0;
	if (nx_set(sc, sc->nx->g.ord))
		return valuef(c, p, e, NX_ORDINAL, "%ld", nx_gint(sc, sc->nx->g.on));
	if (nx_set(sc, sc->nx->g.dec))
		return valuef(c, p, e, NX_DATE, "%.2s%c0s", sc->s + nx_gs(sc, sc->nx->g.dc),
		    sc->s[nx_gs(sc, sc->nx->g.dd2)]);
	if (nx_set(sc, sc->nx->g.dec2)) {
		/* "'90s": only with the apostrophe, which joins the span. */
		char d = sc->s[nx_gs(sc, sc->nx->g.dd3)];

		if (p >= 1 && sc->s[p - 1] == '\'')
			p -= 1;
		else if (p >= 3 && memcmp(sc->s + p - 3, "\xE2\x80\x99", 3) == 0)
			p -= 3;
		else
			return 0;
		return valuef(c, p, e, NX_DATE, "%s%c0s", d <= '1' ? "20" : "19", d);
	}
	if (nx_set(sc, sc->nx->g.yr2)) {
		long y1 = nx_gint(sc, sc->nx->g.y1), y2 = nx_gint(sc, sc->nx->g.y2);

		if (y1 < 1900 || y1 > 2099)
			return 0;
		if (nx_gl(sc, sc->nx->g.y2) == 2) {
			long m = y2;

			y2 += y1 - y1 % 100;
			if (y2 <= y1)
				y2 += 100;
			if (y2 - y1 > 10)	/* "2024-04": a month */
				return sc->s[nx_gs(sc, sc->nx->g.y2) - 1] == '-' &&
				    datef(c, p, e, y1, (int)m, 0);
		}
		if (y2 <= y1 || y2 > 2099)
			return 0;
		return valuef(c, p, e, NX_DATE, "%ld/%ld", y1, y2);
	}
	return 0;
}

/* Format a number, a range of two, with a sign; into v. */
static int
numval(char *v, size_t cap, const struct nx_dec *x1, const struct nx_dec *x2, int neg)
{
	int k;

	if ((k = nx_dec_fmt(x1, neg, v, cap)) < 0)
		return -1;
	if (x2 == NULL)
		return k;
	if ((size_t)k + 2 >= cap)
		return -1;
	v[k++] = '-';
	if (nx_dec_fmt(x2, 0, v + k, cap - (size_t)k) < 0)
		return -1;
	return (int)strlen(v);
}

/* A run of more than twelve digits: one CARDINAL, its digits as the value. */
int
nx_longrun(const struct scan *sc, size_t p, struct cand *c)
{
	size_t e = p, a;

	while (e < sc->n && ascii_digit((unsigned char)sc->s[e]))
		e++;
	if (e - p <= 12 || (e < sc->n && (ascii_alpha((unsigned char)sc->s[e]) ||
	    sc->s[e] == '.' || sc->s[e] == ',')))
		return 0;
	for (a = p; a + 1 < e && sc->s[a] == '0'; a++)
		;
	c->start = p;
	c->end = e;
	c->type = NX_CARDINAL;
	if (e - a < sizeof(c->value))
		snprintf(c->value, sizeof(c->value), "%.*s", (int)(e - a), sc->s + a);
	else	/* too long to write: the first digits and the count */
		snprintf(c->value, sizeof(c->value), "%.32s...(%zu)",
		    sc->s + a, e - a);
	return 1;
}

int
nx_numberat(struct scan *sc, size_t p, struct cand *c)
{
	struct nx_dec x1, x2;
	char v[NUMEX_VALUE];
	const char *code;
	size_t e0, ns1, nl1, ns2 = 0, nl2 = 0, e, vs, vl, digits;
	int sc1, sc2, neg, spelled, range, div, k;
	int32_t cp;
	long iv;

	if (!nx_run(sc, RX_NUM, p))
		return 0;
	e0 = sc->ov[1];
	neg = nx_set(sc, sc->nx->g.sg) && sc->s[p] != '+';
	/*
	 * Where the number starts past its sign ("-", "+", U+2212), kept
	 * now: RX_SUF below reuses the match data, so RX_NUM's groups are
	 * gone once it has matched.
	 */
	digits = nx_set(sc, sc->nx->g.sg) ? nx_gs(sc, sc->nx->g.sg) +
	    nx_gl(sc, sc->nx->g.sg) : p;
	if (nx_set(sc, sc->nx->g.vg)) {
		vs = nx_gs(sc, sc->nx->g.vg);
		vl = nx_gl(sc, sc->nx->g.vg);
		if (nx_run(sc, RX_SUF, e0) && nx_set(sc, sc->nx->g.ofc))
			return nx_phrasec(c, sc, vs, sc->ov[1], NX_MONEY);
		return !neg && nx_phrasec(c, sc, vs, vs + vl, NX_CARDINAL);
	}
	spelled = nx_set(sc, sc->nx->g.n3);
	range = nx_set(sc, sc->nx->g.n2);
	ns1 = nx_gs(sc, spelled ? sc->nx->g.n3 : sc->nx->g.n1);
	nl1 = nx_gl(sc, spelled ? sc->nx->g.n3 : sc->nx->g.n1);
	if (range) {
		ns2 = nx_gs(sc, sc->nx->g.n2);
		nl2 = nx_gl(sc, sc->nx->g.n2);
	}
	if (nx_number(sc->s + ns1, nl1, &x1, &sc1) != 0 ||
	    (range && nx_number(sc->s + ns2, nl2, &x2, &sc2) != 0))
		return 0;
	if (range && sc1 == 0 && sc2 > 0 && nx_dec_shift(&x1, sc2) != 0)
		return 0;
	if (numval(v, sizeof(v), &x1, range ? &x2 : NULL, neg) < 0)
		return 0;

	if (nx_run(sc, RX_SUF, e0)) {
		e = sc->ov[1];
		if (nx_set(sc, sc->nx->g.ap) || nx_set(sc, sc->nx->g.oc) || nx_set(sc, sc->nx->g.noon)) {
			if (range || neg || nx_dec_int(&x1, &iv) != 0)
				return 0;
			if (nx_set(sc, sc->nx->g.noon))
				return iv == 12 && valuef(c, p, e, NX_TIME, "12:00");
			if (nx_set(sc, sc->nx->g.oc))
				return iv >= 1 && iv <= 12 &&
				    valuef(c, p, e, NX_TIME, "%02ld:00", iv);
			return clockf(c, sc, p, e, iv, 0, -1, ampm_of(sc, sc->nx->g.ap), -1);
		}
		if (nx_set(sc, sc->nx->g.pct)) {
			if (sc->s[nx_gs(sc, sc->nx->g.pct)] == 'p' || sc->s[nx_gs(sc, sc->nx->g.pct)] == 'P') {
				if (nx_gl(sc, sc->nx->g.pct) > 10 &&
				    nx_eqi(sc->s + nx_gs(sc, sc->nx->g.pct), 10, "percentage"))
					return valuef(c, p, e, NX_PERCENT, "%s pp", v);
			}
			return valuef(c, p, e, NX_PERCENT, "%s%%", v);
		}
		if (nx_set(sc, sc->nx->g.cur)) {
			if ((code = nx_currency(sc->nx->l.curwords, sc->s + nx_gs(sc, sc->nx->g.cur),
			    nx_gl(sc, sc->nx->g.cur), &div)) == NULL)
				return 0;
			if (div && (nx_dec_shift(&x1, -div) != 0 || (range &&
			    nx_dec_shift(&x2, -div) != 0) || numval(v, sizeof(v),
			    &x1, range ? &x2 : NULL, neg) < 0))
				return 0;
			return valuef(c, p, e, NX_MONEY, "%s %s", v, code);
		}
		if (nx_set(sc, sc->nx->g.unit)) {
			if ((code = nx_unit(sc->nx->l.units, sc->s + nx_gs(sc, sc->nx->g.unit), nx_gl(sc, sc->nx->g.unit))) == NULL)
				return 0;
			return valuef(c, p, e, NX_QUANTITY, "%s %s", v, code);
		}
		if (nx_set(sc, sc->nx->g.dur)) {
			if (nx_set(sc, sc->nx->g.old))	/* an age: the number alone */
				return !range && !neg && valuef(c, p, e0, NX_CARDINAL, "%s", v);
			return !neg && nx_phrasec(c, sc, p, e, NX_DATE);
		}
		if (nx_set(sc, sc->nx->g.tdur))
			return !neg && nx_phrasec(c, sc, p, e, NX_TIME);
		if (nx_set(sc, sc->nx->g.frac)) {
			/* "two-thirds", "one third"; not "3 quarters" or "the 2 third". */
			if ((sc->s[e0] == '-' || spelled) && !range && !neg &&
			    nx_dec_int(&x1, &iv) == 0 &&
			    (k = nx_fraction(sc->s + nx_gs(sc, sc->nx->g.frac), nx_gl(sc, sc->nx->g.frac))) > 0 &&
			    (iv == 1) == (sc->s[e - 1] != 's' && sc->s[e - 1] != 'S'))
				return valuef(c, p, e, NX_CARDINAL, "%ld/%d", iv, k);
		}
	}
	/* A bare number: not glued to a letter ("4G", "3D"). */
	if (e0 < sc->n && (ascii_alpha((unsigned char)sc->s[e0]) ||
	    ((unsigned char)sc->s[e0] >= 0x80 && e0 + 1 <= sc->n &&
	    nx_alnum_before(sc->s, e0 + utf8_decode(sc->s + e0, sc->n - e0, &cp)))))
		return 0;
	k = 0;
	if (!range && !neg && !spelled && sc1 == 0 && nl1 == 4 &&
	    nx_dec_int(&x1, &iv) == 0 && (k = nx_year_here(sc, p, e0, iv)) == 2 &&
	    !nx_label_before(sc, p))
		return valuef(c, p, e0, NX_DATE, "%ld", iv);
	if (!range && sc1 == 0 && !nx_cardinal_ok(sc, digits, e0, spelled))
		return 0;
	if (k == 1)
		return valuef(c, p, e0, NX_DATE, "%ld", iv);
	return valuef(c, p, e0, NX_CARDINAL, "%s", v);
}

int
nx_money(struct scan *sc, size_t p, struct cand *c)
{
	struct nx_dec x1, x2;
	char v[NUMEX_VALUE];
	const char *code;
	int sc1, div, range, k = 0;
	size_t e;

	if (!nx_run(sc, RX_MONEY, p))
		return 0;
	e = sc->ov[1];
	range = nx_set(sc, sc->nx->g.m2);
	if ((code = nx_currency(sc->nx->l.cursyms, sc->s + nx_gs(sc, sc->nx->g.mcur), nx_gl(sc, sc->nx->g.mcur),
	    &div)) == NULL)
		return 0;
	if (nx_number(sc->s + nx_gs(sc, sc->nx->g.m1), nx_gl(sc, sc->nx->g.m1), &x1, &sc1) != 0 ||
	    (range && nx_number(sc->s + nx_gs(sc, sc->nx->g.m2), nx_gl(sc, sc->nx->g.m2), &x2, &sc1) != 0))
		return 0;
	if (nx_set(sc, sc->nx->g.msc)) {
		struct nx_dec one;

		/* The scale word, read through nx_number on "1 <word>". */
		char t[24];

		snprintf(t, sizeof(t), "1 %.*s", (int)(nx_gl(sc, sc->nx->g.msc) < 16 ? nx_gl(sc, sc->nx->g.msc) : 16),
		    sc->s + nx_gs(sc, sc->nx->g.msc));
		if (nx_number(t, strlen(t), &one, &k) != 0 ||
		    nx_dec_shift(&x1, k) != 0 || (range && nx_dec_shift(&x2, k) != 0))
			return 0;
	}
	if (numval(v, sizeof(v), &x1, range ? &x2 : NULL, 0) < 0)
		return 0;
	return valuef(c, p, e, NX_MONEY, "%s %s", v, code);
}

int
nx_mdy(struct scan *sc, size_t p, struct cand *c)
{
	size_t e, ws, we, ms, ml;
	int m;

	if (!nx_run(sc, RX_MDY, p))
		return 0;
	e = sc->ov[1];
	ms = nx_gs(sc, sc->nx->g.mon);
	ml = nx_gl(sc, sc->nx->g.mon);
	m = nx_month(&sc->nx->l, sc->s + ms, ml);
	if (nx_set(sc, sc->nx->g.d) || nx_set(sc, sc->nx->g.y)) {
		long d = nx_set(sc, sc->nx->g.d) ? nx_gint(sc, sc->nx->g.d) : 0;

		if (nx_set(sc, sc->nx->g.d) && (d < 1 || d > 31))
			return 0;
		/* A day the calendar does not have ("February 30"): the phrase. */
		return datef(c, p, e, nx_set(sc, sc->nx->g.y) ? nx_gint(sc, sc->nx->g.y) : 0, m, d) ||
		    nx_phrasec(c, sc, p, e, NX_DATE);
	}
	/* A month alone: a full name, and a cue before the ones that are also words. */
	if (!nx_inset(sc->nx, NXS_MONTH_FULL, sc->s + ms, ml))
		return 0;	/* "Jan" alone is a name */
	if (m == 3 || m == 4 || m == 5 || m == 6 || m == 8) {
		nx_prev_word(sc, nx_set(sc, sc->nx->g.wd) ? nx_gs(sc, sc->nx->g.wd) : ms, 0, &ws, &we);
		if (we == ws || !nx_inset(sc->nx, NXS_MONTHCUES, sc->s + ws, we - ws))
			return 0;
	}
	return datef(c, p, e, 0, m, 0);
}

int
nx_words(struct scan *sc, size_t p, struct cand *c)
{
	char v[NUMEX_VALUE];
	size_t e, ws, we;
	int t;

	if (!nx_run(sc, RX_WORDS, p))
		return 0;
	e = sc->ov[1];
	if (nx_set(sc, sc->nx->g.wnoon))
		return valuef(c, p, e, NX_TIME, "12:00");
	if (nx_set(sc, sc->nx->g.wmid))
		return valuef(c, p, e, NX_TIME, "00:00");
	if (nx_set(sc, sc->nx->g.tp) || nx_set(sc, sc->nx->g.th))
		return nx_phrasec(c, sc, p, e, NX_TIME);
	if (nx_set(sc, sc->nx->g.dq) || nx_set(sc, sc->nx->g.dq2)) {
		const char *q = sc->s + nx_gs(sc, nx_set(sc, sc->nx->g.dq) ? sc->nx->g.qn : sc->nx->g.qn2);
		int n = (*q >= '1' && *q <= '4') ? *q - '0' : (*q == 'f' || *q == 'F') ?
		    (q[1] == 'i' || q[1] == 'I' ? 1 : 4) : (*q == 's' || *q == 'S') ? 2 : 3;
		int yg = nx_set(sc, sc->nx->g.dq) ? sc->nx->g.qy : sc->nx->g.qy2;

		if (nx_set(sc, yg))
			return valuef(c, p, e, NX_DATE, "%ld-Q%d", nx_gint(sc, yg), n);
		return valuef(c, p, e, NX_DATE, "Q%d", n);
	}
	if (nx_set(sc, sc->nx->g.dcx)) {
		char qual[8] = "";
		int d;

		if (nx_set(sc, sc->nx->g.dqual))
			snprintf(qual, sizeof(qual), "%.*s ", (int)nx_gl(sc, sc->nx->g.dqual),
			    sc->s + nx_gs(sc, sc->nx->g.dqual));
		for (t = 0; qual[t] != '\0'; t++)
			if (qual[t] >= 'A' && qual[t] <= 'Z')
				qual[t] += 32;
		if (nx_set(sc, sc->nx->g.dcy))
			return valuef(c, p, e, NX_DATE, "%s%.4ss", qual, sc->s + nx_gs(sc, sc->nx->g.dcy));
		if (!nx_set(sc, sc->nx->g.dthe) && !nx_set(sc, sc->nx->g.dap))
			return 0;	/* "his 40s": an age, not a decade */
		d = sc->s[nx_gs(sc, sc->nx->g.dcd)];
		return valuef(c, p, e, NX_DATE, "%s%s%c0s", qual, d <= '1' ? "20" : "19", d);
	}
	if (nx_set(sc, sc->nx->g.vdur) || nx_set(sc, sc->nx->g.adur)) {
		int u = nx_set(sc, sc->nx->g.vdur) ? sc->nx->g.vu : sc->nx->g.au;

		t = (sc->s[nx_gs(sc, u)] == 'h' || sc->s[nx_gs(sc, u)] == 'H' ||
		    nx_eqi(sc->s + nx_gs(sc, u), nx_gl(sc, u) > 6 ? 6 : nx_gl(sc, u), "minute") ||
		    nx_eqi(sc->s + nx_gs(sc, u), nx_gl(sc, u), "minutes")) ? NX_TIME : NX_DATE;
		return nx_phrasec(c, sc, p, e, t);
	}
	if (nx_set(sc, sc->nx->g.tdy) && e - p == 5 && sc->s[p + 1] == 'O' && sc->s[p + 4] == 'Y') {
		/* "USA TODAY" is a name; "TODAY" in a headline in capitals is not. */
		nx_prev_word(sc, p, 0, &ws, &we);
		if (we > ws && sc->s[ws] >= 'A' && sc->s[ws] <= 'Z' && !nx_initial(sc, ws) &&
		    !nx_headline(sc))
			return 0;
	}
	if (nx_set(sc, sc->nx->g.bare)) {
		nx_prev_word(sc, p, 0, &ws, &we);
		if (we == ws || !(nx_eqi(sc->s + ws, we - ws, "for") ||
		    nx_eqi(sc->s + ws, we - ws, "in") || nx_eqi(sc->s + ws, we - ws, "over")))
			return 0;
		return nx_phrasec(c, sc, p, e, NX_DATE);
	}
	(void)v;
	return nx_phrasec(c, sc, p, e, NX_DATE);
}

int
nx_ordword(struct scan *sc, size_t p, struct cand *c)
{
	size_t e, ws, we, ns, ne;
	int v;

	if (!nx_run(sc, RX_ORDW, p))
		return 0;
	e = sc->ov[1];
	if ((v = nx_ordinal(sc->s + p, e - p)) < 0)
		return 0;
	if (v == 2 && e - p == 6) {
		/* "a second" and "per second" are time, "the second" is an ordinal. */
		nx_prev_word(sc, p, 0, &ws, &we);
		nx_next_word(sc, e, &ns, &ne);
		if (we > ws && (nx_eqi(sc->s + ws, we - ws, "per") ||
		    nx_eqi(sc->s + ws, we - ws, "split") ||
		    nx_eqi(sc->s + ws, we - ws, "every") ||
		    (nx_eqi(sc->s + ws, we - ws, "a") && ne == ns)))
			return 0;
	}
	return valuef(c, p, e, NX_ORDINAL, "%d", v);
}

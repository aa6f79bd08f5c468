/*
 * gencorpus -- write a deterministic, news-like test corpus to stdout.
 *
 *	gencorpus [-r | -d directory] [-m megabytes] [-s seed]
 *
 * The text is made up from the sentence templates and word pools below
 * (all invented: no real people, companies or events), driven by a
 * fixed-seed xorshift64 generator, so the bytes are the same on every
 * machine.  Output stops at the first paragraph end at or past the size
 * asked for (-m, in units of 2^20 bytes, default 64).
 *
 * Shape: a headline, a blank line, an optional byline, then one paragraph
 * per line (1-5 sentences, about 300-600 bytes), and about every 15
 * paragraphs a new article after a blank line.  With -r the same articles
 * are written as a record stream, one `text' record per article:
 *
 *	text TAB doc-NNNNNN TAB 0 TAB BYTELEN TAB BODY
 *
 * where BODY is the article (headline to last paragraph, with its final
 * newline) with backslash, TAB, newline and CR escaped as \\ \t \n \r, and
 * BYTELEN is the length in bytes of the unescaped body.  The raw output is
 * the bodies joined by one newline each.  With -d the same articles are
 * written one per file, DIRECTORY/doc-NNNNNN.txt (the directory must
 * exist), and nothing to stdout: raw text as a user's files of articles
 * are, each file one document.
 *
 * Build: cc -O2 -o scripts/gencorpus scripts/gencorpus.c
 */

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* ---------------------------------------------------------------- words */

static const char *const firsts[] = {
	"Marisa", "Harold", "Teodora", "Rufus", "Anna", "Daniel", "Grace",
	"Tomasz", "Ingrid", "Samuel", "Priya", "Connor", "Leah", "Matteo",
	"Hannah", "Oluwaseun", "Fiona", "Rafael", "Miriam", "Desmond",
	"Yevhen", "Oleksandr", "Mykhailo", "Olena", "Iryna", "Volodymyr",
	"Zoë", "José", "Łucja", "Björn", "Øystein", "Anaïs", "Çağrı",
	"Đorđe", "Renée", "Søren", "Inés", "Émile", "Kwame", "Aoife",
	"Patrick", "Nadia", "Gareth", "Selin", "Cormac", "Helena", "Viktor",
	"Amara", "Lorenzo", "Ruth",
};

static const char *const lasts[] = {
	"Okafor", "Lindqvist", "Haines", "Ostrowski", "Adeyemi", "Ferreira",
	"MacAulay", "Brennan", "Castellano", "Delacroix-Webb", "Pemberton",
	"Kovalchuk", "Zhuravskyy", "Tkachenko", "Hrytsenko", "Bondarenko",
	"Melnyk", "Shevchuk", "Yaremchuk", "Peña", "Müller-Brandt",
	"Ångström", "Dąbrowska", "O’Hara", "Ó Briain", "Nakamura", "Ibarra",
	"Sørensen", "Çelik", "Novák", "Whitlow", "Ashcombe", "Varga",
	"Quintero", "Halloran", "Mbeki-Dlamini", "Rasmussen", "Thornbury",
	"Valdés", "Kerrigan",
};

/* Names written family name first, used as they are. */
static const char *const fullnames[] = {
	"Liu Wenjun", "Zhang Meiling", "Chen Haoran", "Wang Xiuying",
	"Zhao Lei", "Xu Jiahui", "Nguyễn Thị Lan", "Trần Văn Minh",
	"Huang Zhiqiang", "Sun Yuting",
};

static const char *const titles[] = {
	"Gov.", "Sen.", "Rep.", "Dr.", "Prof.", "Mr.", "Ms.", "Mrs.",
	"Lt. Col.", "Gen.", "Capt.", "Sgt.", "Det. Insp.", "Supt.", "Rev.",
	"Adm.", "Maj.", "Lt. Gov.", "Atty. Gen.", "Insp.",
};

static const char *const orgs[][2] = {
	{ "Northern Ports Commission", "NPC" },
	{ "Coastal Rail Board", "CRB" },
	{ "Valley Transit District", "VTD" },
	{ "Federal Housing Review Office", "FHRO" },
	{ "Ministry of Inland Waterways", "MIW" },
	{ "Office for Budget Scrutiny", "OBS" },
	{ "Eastern Health Trust", "EHT" },
	{ "Council of River Towns", "CRT" },
	{ "Provincial Audit Chamber", "PAC" },
	{ "Joint Fisheries Committee", "JFC" },
	{ "State Broadcasting Council", "SBC" },
	{ "Highland Power Cooperative", "HPC" },
	{ "Agency for Civil Emergencies", "ACE" },
	{ "Bureau of Grain Standards", "BGS" },
	{ "Upper Marr Flood Board", "UMFB" },
	{ "Institute for Coastal Studies", "ICS" },
};

static const char *const companies[] = {
	"Halvard & Sons Ltd.", "Brennick Freight Co.", "Ostrava Cable Works",
	"Quillon Systems Inc.", "Marlowe-Tate Holdings", "Sørensen Marine A/S",
	"Dũng Phát Logistics", "Lumière Foods S.A.", "Greywater Dredging Corp.",
	"Tessaly Mining plc", "Kinross & Vale LLP", "Pellow Aggregates",
	"Northlight Telecom", "Amberfield Insurance Group",
};

static const char *const cities[] = {
	"Port Haldane", "St. Ives-on-Marr", "Kestrel Falls", "New Avalon",
	"Drummore", "Zhytkivka", "Mt. Pelham", "Ft. Gareth", "São Brígida",
	"Großwalde", "Łęczyn", "Vella Costa", "Ashgrove", "Bryn Tawel",
	"Lower Sallow", "Corran Bay", "Mirova", "Ennisdale",
};

static const char *const datelines[] = {
	"PORT HALDANE", "KESTREL FALLS", "NEW AVALON", "DRUMMORE",
	"ZHYTKIVKA", "SÃO BRÍGIDA", "GROSSWALDE", "ŁĘCZYN", "CORRAN BAY",
	"MIROVA", "ENNISDALE", "ST. IVES-ON-MARR",
};

static const char *const outlets[] = {
	"Meridian Wire", "Harbour Post", "Courier", "Northgate News",
	"Dispatch", "Ledger Wire",
};

static const char *const countries[] = {
	"the U.S.", "the U.K.", "Ukraine", "China", "Canada", "Norway",
	"Poland", "Vietnam", "Brazil", "Ireland", "Ghana", "Turkey",
	"the Netherlands", "Chile",
};

static const char *const things[] = {
	"flood barriers", "the new harbour wall", "a second rail tunnel",
	"school roof repairs", "the grain export quota", "cross-border fishing rights",
	"emergency housing", "the coastal bypass", "a regional power line",
	"water meters for 40,000 homes", "the pension reform bill",
	"night-time port closures", "the hospital merger", "river dredging",
	"broadband for rural villages", "the ferry contract",
	"a ban on bottom trawling", "the customs backlog", "bridge inspections",
	"the disputed land registry",
};

static const char *const quotes[] = {
	"We are not going to leave anyone behind",
	"Nobody told us the water was coming",
	"This is the worst I have seen in 30 years",
	"I don’t know what happens next",
	"The numbers simply do not add up",
	"We warned them about this in writing, twice",
	"There is no plan B, and there never was",
	"Frankly… we expected better from the ministry",
	"It’s not about money, it’s about trust",
	"The talks are over for now",
	"We will publish every page of the report",
	"People here have waited long enough",
	"I was at my desk at 6 a.m. and the phones were already ringing",
	"Our engineers say the structure is sound",
	"Let me be clear: nobody is above the law",
	"We lost the harvest, the barn and the van",
	"That’s a question for the inquiry, not for me",
	"The U.S. side has made its position very clear",
	"This is a good deal for both countries",
	"We’ll be back at the table next week",
	"The sea does not read our budgets",
	"Every family will get an answer",
};

static const char *const questions[] = {
	"Who is going to pay for this", "Where were we supposed to go",
	"Why did nobody pick up the phone", "What were they waiting for",
	"Is anyone in charge here", "How many more warnings do they need",
	"Can you tell me when the power comes back",
};

static const char *const shouts[] = {
	"Stop the trucks", "Open the gates", "Not one more cut",
	"Save our ferry", "Shame on you", "Let them through",
};

static const char *const frags[] = {
	"far from over", "a slow-motion disaster", "deeply troubling",
	"the right call", "long overdue", "a mess of their own making",
	"not good enough", "a first step", "frankly absurd",
	"entirely predictable",
};

static const char *const roles[] = {
	"a spokeswoman for #o", "a spokesperson for #o", "the director of #o",
	"a senior official at #o", "an economist at #o",
	"a lawyer for several of the families", "the mayor of #C",
	"a hydrologist at #C University", "who chairs #o",
	"a fisherman from #C", "the chief executive of #B",
};

static const char *const said[] = {
	"said", "told reporters", "said in a statement", "said on #W",
	"told the #a", "wrote in an e-mail", "said at a news conference",
};

static const char *const domains[] = {
	"npc", "ministry", "portal", "press", "audit", "floodboard",
	"transit", "courier", "meridian", "harbourpost",
};

static const char *const paths[] = {
	"news", "reports", "alerts", "press/releases", "documents", "live",
};

static const char *const mailboxes[] = {
	"press", "info", "tips", "newsdesk", "media", "complaints",
};

static const char *const months[] = {
	"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
	"Sept.", "Oct.", "Nov.", "Dec.",
};

static const char *const mons[] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
	"Nov", "Dec",
};

static const char *const weekdays[] = {
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
	"Sunday",
};

/*
 * Templates.  `#x' is a slot, filled by fill() below:
 *  #P person (new, maybe with a role after a comma)   #p person, no role
 *  #S the last person again (surname, maybe titled)  #s a new surname
 *  #O org with acronym   #o org by name   #A the last org's acronym
 *  #a acronym alone      #B company   #C city   #K country
 *  #N number 2-999   #n 1-99   #L thousands   #g decimal   #G percentage
 *  #M money   #D date   #T time   #W weekday   #Y year
 *  #X thing   #Q quote   #R question   #H shout   #F fragment
 *  #U URL   #E e-mail address   #V said-verb   #I role
 */
static const char *const statements[] = {
	"#P said #O would spend #M on #X before #D.",
	"#A said #N people had been moved out of #C since #W.",
	"Officials in #C said #G of the budget for #X had already been spent.",
	"#p told reporters at #T on #W that the talks were “#F.”",
	"The vote was delayed once more… this time until #D.",
	"Shares in #B fell #g percent to #M in early trading on #W.",
	"Why did #A wait until #D to act?",
	"About #L homes in #C were still without power at #T, #A said.",
	"It was the third such failure since #D, according to #p.",
	"The report, published at #U, runs to #N pages.",
	"Questions can be sent to #E, #A said.",
	"#p, who joined #o in #Y, is expected to testify on #D.",
	"#A said the cost had risen from #M to #M, an increase of #G.",
	"Talks between #K and #K resumed on #W, according to #p.",
	"Residents were told to leave by #T, and about #L did.",
	"The plan (some #N pages, with maps) was leaked on #W.",
	"The case, #C vs. #B, returns to court on #D.",
	"#P said the figures, e.g. the #G drop in freight, were “#F.”",
	"At No. #n Harbour Road, the water rose to #g metres.",
	"#A’s budget for #Y is #M, up #G on the year before.",
	"#S declined to comment.",
	"#B, which won the contract in #Y, did not respond to a request for comment.",
	"The incident began at about #T on #D, when #X failed an inspection.",
	"A further #N inspectors will be hired by #D, #S said.",
	"Critics called the deal “#F,” and #p said it would not survive a vote.",
	"In #C, volunteers handed out #L meals between #T and #T.",
	"#A has been criticised over #X before, most recently in #Y.",
	"Details are posted at #U and updated every #n minutes.",
	"Was it worth it? #S thinks so.",
	"Turnout in #C was #G, the lowest since #Y.",
	"#P said the U.S. had offered #M in aid, but #K had yet to reply.",
	"The ruling affects roughly #L workers in #C and #C.",
	/* Wire sentences run long: a clause or two after the main one. */
	"#P said on #W that the agency had spent #M over the past #n months on #X, and that a further review would be finished before the end of #Y, once inspectors had visited every site in #C.",
	"The decision, which had been expected for weeks, leaves #A with a shortfall of about #M and raises new questions about how #X was approved in the first place, #S said.",
	"In a statement released late on #W, #A said it was working with local officials in #C to restore services as quickly as possible and would publish a full account of what went wrong.",
	"Residents who had gathered outside the town hall in #C since early morning said they had received no warning, and several told reporters they had learned of the closure from social media.",
	"The figures, which cover the period up to #D, show that spending on #X rose by #G while the number of staff assigned to it fell, according to an analysis by #B.",
	"Lawmakers from both parties have called for an independent inquiry into the handling of #X, and the committee chaired by #p is due to hold its first hearing on #D.",
	"#p, who has led #o since #Y, said the organisation had raised concerns about #X on several occasions but had been told that there was no money to address them this year.",
	"Traffic was diverted around the area for most of the afternoon, and the regional rail operator said trains between #C and #C would run at reduced frequency until at least #W.",
	"Analysts said the move was likely to push up costs for households across #C, where prices have already risen by #G over the past year, though the full effect may not be clear for months.",
	"The company said in a filing that it expected to take a charge of about #M in the current quarter, and that it had set aside a further #M to cover possible claims from customers.",
	"Emergency crews worked through the night to shore up the damaged section, and by dawn on #W engineers said the structure was stable, although they warned that more rain could change that.",
	"Officials declined to say how many people had been questioned so far, but confirmed that the investigation had been widened to include contracts signed with #B between #Y and #Y.",
};

static const char *const quoting[] = {
	"“#Q,” #P said.",
	"“#Q,” said #p.",
	"“#Q. #Q,” #P told reporters in #C.",
	"“#Q,” #S added.",
	"#P said: “#Q.”",
	"“#R?” asked #p.",
	"“#Q… #Q,” #p #V.",
	"According to #p, “#Q.”",
	"“#H!” protesters shouted outside the offices of #A in #C.",
	"#P called the decision “#F” and said #X would be “#F.”",
	"“#R?” #S asked. “#Q.”",
	"“#Q,” #p #V, adding that #X was “#F.”",
};

static const char *const headlines[] = {
	"#a delays vote on #M plan for #X",
	"Flood waters reach #C as #N homes are evacuated",
	"#K and #K resume talks over #X",
	"#s says #X talks are “#F”",
	"Shares in #B fall #g% after report on #X",
	"Why is #C still waiting for #X?",
	"#C council approves #M budget for #Y",
	"Explainer: what the #a ruling means for #C",
	"#N missing after storm hits #C coast",
	"Live: #C counts the cost of #X",
	"#B wins #M contract for #X",
	"Inquiry into #X to report by #D",
	"“#H!”: protest in #C over #X",
};

/* ------------------------------------------------------------------ rng */

static uint64_t rng = 0x2545F4914F6CDD1DULL;

static uint64_t
rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* A number in [0, n), the same on every machine. */
static unsigned
pick(unsigned n)
{
	return (unsigned)(((rnd() >> 32) * n) >> 32);
}

#define ANY(a)	((a)[pick(NELEM(a))])

/* ---------------------------------------------------------------- buffer */

struct buf {
	char	*p;
	size_t	 len, cap;
};

static void
grow(struct buf *b, size_t n)
{
	size_t cap;

	if (b->len + n <= b->cap)
		return;
	cap = b->cap ? b->cap : 4096;
	while (cap < b->len + n)
		cap *= 2;
	if ((b->p = realloc(b->p, cap)) == NULL) {
		perror("gencorpus");
		exit(2);
	}
	b->cap = cap;
}

static void
putn(struct buf *b, const char *s, size_t n)
{
	grow(b, n);
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

static void
puts_(struct buf *b, const char *s)
{
	putn(b, s, strlen(s));
}

static void
putc_(struct buf *b, char c)
{
	grow(b, 1);
	b->p[b->len++] = c;
}

static void
putnum(struct buf *b, unsigned long v)
{
	char tmp[24];
	size_t i = sizeof(tmp);

	do {
		tmp[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	putn(b, tmp + i, sizeof(tmp) - i);
}

/* 12,400 */
static void
putgrouped(struct buf *b, unsigned long v)
{
	if (v >= 1000) {
		putgrouped(b, v / 1000);
		putc_(b, ',');
		putc_(b, (char)('0' + v / 100 % 10));
		putc_(b, (char)('0' + v / 10 % 10));
		putc_(b, (char)('0' + v % 10));
	} else
		putnum(b, v);
}

/* 3.5 */
static void
putdecimal(struct buf *b)
{
	putnum(b, 1 + pick(19));
	putc_(b, '.');
	putnum(b, 1 + pick(9));
}

/* The bytes of the first character of a UTF-8 string. */
static size_t
firstchar(const char *s)
{
	unsigned char c = (unsigned char)*s;

	if (c < 0x80)
		return 1;
	if (c >= 0xf0)
		return 4;
	if (c >= 0xe0)
		return 3;
	return 2;
}

/* ----------------------------------------------------------- generation */

static const char *last_surname;	/* the last person named */
static const char *last_title;
static unsigned last_org;
static int have_person, have_org;

static void expand(struct buf *, const char *);

static void
person(struct buf *b, int role)
{
	const char *first, *last, *title = NULL;

	if (pick(8) == 0) {
		/* a family-name-first name, used whole */
		const char *full = ANY(fullnames);
		puts_(b, full);
		last_surname = full;
		last_title = NULL;
	} else {
		first = ANY(firsts);
		last = ANY(lasts);
		if (pick(2) == 0) {
			title = ANY(titles);
			puts_(b, title);
			putc_(b, ' ');
		}
		switch (pick(6)) {
		case 0:		/* F. M. Last */
			putn(b, first, firstchar(first));
			puts_(b, ". ");
			putc_(b, (char)('A' + pick(26)));
			puts_(b, ". ");
			break;
		case 1:		/* First M. Last */
		case 2:
			puts_(b, first);
			putc_(b, ' ');
			putc_(b, (char)('A' + pick(26)));
			puts_(b, ". ");
			break;
		default:	/* First Last */
			puts_(b, first);
			putc_(b, ' ');
			break;
		}
		puts_(b, last);
		if (title == NULL && pick(16) == 0)
			puts_(b, " Jr.");
		last_surname = last;
		last_title = title;
	}
	have_person = 1;
	if (role && pick(3) == 0) {
		puts_(b, ", ");
		expand(b, ANY(roles));
		putc_(b, ',');
	}
}

static void
org(struct buf *b, int acronym)
{
	last_org = pick(NELEM(orgs));
	have_org = 1;
	puts_(b, "the ");
	puts_(b, orgs[last_org][0]);
	if (acronym) {
		puts_(b, " (");
		puts_(b, orgs[last_org][1]);
		putc_(b, ')');
	}
}

static void
date(struct buf *b)
{
	puts_(b, ANY(months));
	putc_(b, ' ');
	putnum(b, 1 + pick(28));
	if (pick(2) == 0) {
		puts_(b, ", ");
		putnum(b, 2019 + pick(9));
	}
}

static void
clock_(struct buf *b)
{
	switch (pick(10)) {
	case 0:
		puts_(b, "noon");
		return;
	case 1:
		puts_(b, "midnight");
		return;
	}
	putnum(b, 1 + pick(12));
	if (pick(3)) {
		unsigned m = 5 * (1 + pick(11));
		putc_(b, ':');
		putc_(b, (char)('0' + m / 10));
		putc_(b, (char)('0' + m % 10));
	}
	puts_(b, pick(2) ? " a.m." : " p.m.");
}

static void
money(struct buf *b)
{
	static const char *const cur[] = { "$", "$", "$", "€", "£" };

	puts_(b, ANY(cur));
	switch (pick(4)) {
	case 0:
		putdecimal(b);
		puts_(b, " million");
		break;
	case 1:
		putnum(b, 2 + pick(98));
		puts_(b, pick(4) ? " million" : " billion");
		break;
	case 2:
		putgrouped(b, 1000 * (1 + pick(999)));
		break;
	default:
		putgrouped(b, 50 + pick(9950));
		break;
	}
}

static void
fill(struct buf *b, char code)
{
	switch (code) {
	case 'P': person(b, 1); break;
	case 'p': person(b, 0); break;
	case 'S':
		if (!have_person)
			person(b, 0);
		else {
			if (last_title != NULL && pick(2)) {
				puts_(b, last_title);
				putc_(b, ' ');
			}
			puts_(b, last_surname);
		}
		break;
	case 's':
		last_surname = ANY(lasts);
		puts_(b, last_surname);
		break;
	case 'O': org(b, 1); break;
	case 'o': org(b, 0); break;
	case 'A':
		if (!have_org)
			org(b, 1);
		else {
			puts_(b, "the ");
			puts_(b, orgs[last_org][1]);
		}
		break;
	case 'a':
		last_org = pick(NELEM(orgs));
		have_org = 1;
		puts_(b, orgs[last_org][1]);
		break;
	case 'B': puts_(b, ANY(companies)); break;
	case 'C': puts_(b, ANY(cities)); break;
	case 'K': puts_(b, ANY(countries)); break;
	case 'N': putnum(b, 2 + pick(998)); break;
	case 'n': putnum(b, 1 + pick(99)); break;
	case 'L': putgrouped(b, 1000 + pick(200000)); break;
	case 'g': putdecimal(b); break;
	case 'G':
		if (pick(2)) {
			putnum(b, 1 + pick(99));
			putc_(b, '%');
		} else {
			putdecimal(b);
			puts_(b, " percent");
		}
		break;
	case 'M': money(b); break;
	case 'D': date(b); break;
	case 'T': clock_(b); break;
	case 'W': puts_(b, ANY(weekdays)); break;
	case 'Y': putnum(b, 1995 + pick(32)); break;
	case 'X': puts_(b, ANY(things)); break;
	case 'Q': puts_(b, ANY(quotes)); break;
	case 'R': puts_(b, ANY(questions)); break;
	case 'H': puts_(b, ANY(shouts)); break;
	case 'F': puts_(b, ANY(frags)); break;
	case 'V': expand(b, ANY(said)); break;
	case 'I': expand(b, ANY(roles)); break;
	case 'U':
		puts_(b, pick(4) ? "https://www." : "http://");
		puts_(b, ANY(domains));
		puts_(b, ".example.org/");
		puts_(b, ANY(paths));
		putc_(b, '/');
		putnum(b, 2019 + pick(9));
		putc_(b, '/');
		putnum(b, 1000 + pick(9000));
		if (pick(3) == 0)
			puts_(b, ".pdf");
		break;
	case 'E':
		puts_(b, ANY(mailboxes));
		putc_(b, '@');
		puts_(b, ANY(domains));
		puts_(b, ".example.org");
		break;
	default:
		putc_(b, '#');
		putc_(b, code);
		break;
	}
}

/*
 * Expand a template.  A literal full stop right after a slot that
 * already ended in one ("7:30 a.m." or "Co.") is dropped.
 */
static void
expand(struct buf *b, const char *t)
{
	const char *s;
	size_t slot_end = (size_t)-1;

	while (*t != '\0') {
		for (s = t; *s != '\0' && *s != '#'; s++)
			;
		if (s > t) {
			if (*t == '.' && b->len == slot_end && b->len > 0 &&
			    b->p[b->len - 1] == '.')
				t++;
			putn(b, t, (size_t)(s - t));
		}
		if (*s == '\0')
			break;
		fill(b, s[1]);
		slot_end = b->len;
		t = s + 2;
	}
}

static void
sentence(struct buf *b)
{
	size_t start = b->len;

	expand(b, pick(3) == 0 ? ANY(quoting) : ANY(statements));
	if (b->p[start] >= 'a' && b->p[start] <= 'z')
		b->p[start] = (char)(b->p[start] - 'a' + 'A');
}

static void
paragraph(struct buf *b, int first)
{
	size_t start = b->len, target = 300 + pick(260);
	int n = 0;

	if (first && pick(3)) {
		puts_(b, ANY(datelines));
		puts_(b, ", ");
		puts_(b, ANY(mons));
		putc_(b, ' ');
		putnum(b, 1 + pick(28));
		puts_(b, " (");
		puts_(b, ANY(outlets));
		puts_(b, ") — ");
	}
	do {
		if (n > 0)
			putc_(b, ' ');
		sentence(b);
	} while (++n < 5 && b->len - start < target);
	putc_(b, '\n');
}

static void
headline(struct buf *b)
{
	size_t start = b->len;

	expand(b, ANY(headlines));
	if (b->p[start] >= 'a' && b->p[start] <= 'z')
		b->p[start] = (char)(b->p[start] - 'a' + 'A');
	puts_(b, "\n\n");
	if (pick(2) == 0) {
		puts_(b, "By ");
		puts_(b, ANY(firsts));
		putc_(b, ' ');
		puts_(b, ANY(lasts));
		putc_(b, '\n');
	}
}

/* ---------------------------------------------------------------- output */

static void
writeout(const char *p, size_t n)
{
	if (n > 0 && fwrite(p, 1, n, stdout) != n) {
		fprintf(stderr, "gencorpus: stdout: %s\n", strerror(errno));
		exit(2);
	}
}

static void
emit_record(struct buf *esc, const struct buf *body, unsigned long doc)
{
	char num[8];
	size_t i;

	esc->len = 0;
	puts_(esc, "text\tdoc-");
	snprintf(num, sizeof(num), "%06lu", doc % 1000000);
	puts_(esc, num);
	puts_(esc, "\t0\t");
	putnum(esc, (unsigned long)body->len);
	putc_(esc, '\t');
	grow(esc, 2 * body->len + 1);
	for (i = 0; i < body->len; i++) {
		char c = body->p[i];
		switch (c) {
		case '\\': esc->p[esc->len++] = '\\'; esc->p[esc->len++] = '\\'; break;
		case '\t': esc->p[esc->len++] = '\\'; esc->p[esc->len++] = 't'; break;
		case '\n': esc->p[esc->len++] = '\\'; esc->p[esc->len++] = 'n'; break;
		case '\r': esc->p[esc->len++] = '\\'; esc->p[esc->len++] = 'r'; break;
		default: esc->p[esc->len++] = c; break;
		}
	}
	esc->p[esc->len++] = '\n';
	writeout(esc->p, esc->len);
}

/* Write article number DOC to DIR/doc-NNNNNN.txt. */
static void
emit_file(const char *dir, const struct buf *body, unsigned long doc)
{
	size_t size = strlen(dir) + 32;	/* "/doc-" + 20 digits + ".txt" */
	char *path = malloc(size);
	FILE *f;

	if (path == NULL) {
		fprintf(stderr, "gencorpus: out of memory\n");
		exit(2);
	}
	snprintf(path, size, "%s/doc-%06lu.txt", dir, doc);
	if ((f = fopen(path, "w")) == NULL ||
	    fwrite(body->p, 1, body->len, f) != body->len || fclose(f) == EOF) {
		fprintf(stderr, "gencorpus: %s: %s\n", path, strerror(errno));
		exit(2);
	}
	free(path);
}

static void
usage(void)
{
	fprintf(stderr, "usage: gencorpus [-r | -d directory] [-m megabytes] [-s seed]\n");
	exit(1);
}

static unsigned long
number(const char *s, unsigned long max)
{
	char *end;
	unsigned long v;

	errno = 0;
	v = strtoul(s, &end, 10);
	if (*s < '0' || *s > '9' || *end != '\0' || errno != 0 || v > max) {
		fprintf(stderr, "gencorpus: %s: bad number\n", s);
		usage();
	}
	return v;
}

int
main(int argc, char *argv[])
{
	static char obuf[1 << 20];
	struct buf art = { NULL, 0, 0 }, esc = { NULL, 0, 0 };
	unsigned long long limit, total = 0;
	unsigned long mb = 64, doc = 0;
	const char *dir = NULL;
	int records = 0, i, paras, first;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--") == 0) {
			i++;
			break;
		}
		if (a[0] != '-' || a[1] == '\0')
			break;
		if (strcmp(a, "-r") == 0)
			records = 1;
		else if (strcmp(a, "-d") == 0 && i + 1 < argc)
			dir = argv[++i];
		else if (strcmp(a, "-m") == 0 && i + 1 < argc)
			mb = number(argv[++i], 1UL << 20);
		else if (strcmp(a, "-s") == 0 && i + 1 < argc) {
			rng = number(argv[++i], (unsigned long)-1);
			if (rng == 0)	/* xorshift must not start at 0 */
				rng = 0x2545F4914F6CDD1DULL;
		} else
			usage();
	}
	if (i < argc || (records && dir != NULL))
		usage();

	setvbuf(stdout, obuf, _IOFBF, sizeof(obuf));
	limit = (unsigned long long)mb << 20;
	while (total < limit) {
		art.len = 0;
		have_person = have_org = 0;
		headline(&art);
		paras = 10 + (int)pick(11);
		for (first = 1; paras-- > 0 && total + art.len < limit; first = 0)
			paragraph(&art, first);
		doc++;
		if (records)
			emit_record(&esc, &art, doc);
		else if (dir != NULL)
			emit_file(dir, &art, doc);
		else {
			if (doc > 1)
				writeout("\n", 1);
			writeout(art.p, art.len);
		}
		total += art.len + (doc > 1);
	}
	if (fflush(stdout) == EOF || ferror(stdout)) {
		fprintf(stderr, "gencorpus: stdout: %s\n", strerror(errno));
		return 2;
	}
	free(art.p);
	free(esc.p);
	return 0;
}

#include <string.h>

#include "record.h"
#include "unit.h"

void
test_record(void)
{
	struct record r;
	const char *why = NULL;
	const char *ok = "sentence\tdoc 1\t10\t25\t1\t1\tHello.";
	const char *text = "text\ta.txt\t0\t0\tbody";

	CHECK("parse sentence record", record_parse(ok, strlen(ok), &r, &why) == 0 &&
	    r.start == 10 && r.end == 25 && r.nfields == 7 &&
	    record_is(&r, "sentence") && r.doc.n == 5);
	CHECK("parse text record 0 0", record_parse(text, strlen(text), &r, &why)
	    == 0 && record_is(&r, "text") && r.end == 0);
	CHECK("reject 3 fields", record_parse("text\ta\t0", 8, &r, &why) != 0 &&
	    strstr(why, "fewer than 4") != NULL);
	CHECK("reject upper-case kind", record_parse("Text\ta\t0\t0", 10, &r, &why) != 0);
	CHECK("reject negative offset", record_parse("x\ta\t-1\t0", 8, &r, &why) != 0);
	CHECK("reject start after end", record_parse("x\ta\t5\t4", 7, &r, &why) != 0 &&
	    strstr(why, "after") != NULL);
	CHECK("reject huge offset", record_parse("x\ta\t0\t12345678901234567890", 25,
	    &r, &why) != 0);
	CHECK("sniff raw text", !record_sniff("Storm hits the coast", 20));
	CHECK("sniff record", record_sniff(ok, strlen(ok)));
}

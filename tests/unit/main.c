/*
 * Unit tests of lib/.  Arguments: boundary case files (*.tsv) and
 * raw-text fixtures for the round-trip check, see test_sentences.c.
 */
#include <stdio.h>

#include "unit.h"

int unit_pass, unit_fail;

int
main(int argc, char *argv[])
{
	test_tsv();
	test_utf8();
	test_record();
	test_sentences(argc - 1, argv + 1);
	test_entkey();
	test_entdoc();
	test_tokens();
	test_numex();
	test_out();
	test_claims();
	test_docsource();
	test_document();
	test_quotes();
	test_wordset();
	test_stablesort();
	printf("unit: %d passed, %d failed\n", unit_pass, unit_fail);
	return unit_fail != 0;
}

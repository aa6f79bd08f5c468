/* unit: a tiny test harness; each check prints PASS or FAIL with a name. */
#ifndef NU_UNIT_H
#define NU_UNIT_H
#include <stdio.h>

extern int unit_pass, unit_fail;

#define CHECK(name, cond) do {						\
	if (cond) {							\
		unit_pass++;						\
	} else {							\
		unit_fail++;						\
		printf("FAIL %s (%s:%d)\n", (name), __FILE__, __LINE__);	\
	}								\
} while (0)

void	test_tsv(void);
void	test_utf8(void);
void	test_record(void);
void	test_sentences(int argc, char **argv);
void	test_entkey(void);
void	test_entdoc(void);
void	test_tokens(void);
void	test_numex(void);
void	test_out(void);
void	test_claims(void);
void	test_docsource(void);
void	test_document(void);
void	test_quotes(void);
void	test_wordset(void);
void	test_stablesort(void);

#endif

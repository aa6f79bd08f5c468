# newsutils -- see README.md.  `make demo` and `make check` set up what they need.
# GNU make.  To add a library file or a program, add it to LIBOBJS or PROGS.

PREFIX ?=	/usr/local
BINDIR ?=	$(PREFIX)/bin
MANDIR ?=	$(PREFIX)/share/man
DESTDIR ?=

CC ?=		cc
CFLAGS ?=	-O3 -g
PKG_CONFIG ?=	pkg-config
# Warnings that mean wrong code (a call through an implicit int
# declaration cuts a pointer in half) stop every build, not only CI's.
WRONGCODE =	-Werror=implicit-function-declaration -Werror=implicit-int \
		-Werror=incompatible-pointer-types -Werror=int-conversion \
		-Werror=format -Werror=return-type
WARNFLAGS =	-std=c11 -Wall -Wextra -Wpedantic $(WRONGCODE)

# The libraries, and the Debian package that gives each its .pc file.
PKGS =		libpcre2-8 libbsd-overlay libutf8proc
DEB_libpcre2-8 =	libpcre2-dev
DEB_libbsd-overlay =	libbsd-dev
DEB_libutf8proc =	libutf8proc-dev

# pkg-config runs once per make, and never silently: a library it cannot
# find stops the build (in the flags rule below) with the package to
# install.  Giving PKG_CFLAGS and PKG_LIBS on the command line skips it.
ifeq ($(origin PKG_CFLAGS)$(origin PKG_LIBS),undefinedundefined)
PKG_MISSING :=	$(shell $(PKG_CONFIG) --exists $(PKGS) 2>/dev/null || \
		    for p in $(PKGS); do $(PKG_CONFIG) --exists $$p 2>/dev/null || echo $$p; done)
PKG_CFLAGS :=	$(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
PKG_LIBS :=	$(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null)
NO_PKG_CONFIG := $(if $(shell command -v $(PKG_CONFIG)),,yes)
endif

ALL_CFLAGS =	$(WARNFLAGS) -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
		-Ilib -Ilib/gen $(PKG_CFLAGS) $(CFLAGS)
DEPFLAGS =	-MMD -MP
# libstemmer (Debian libstemmer-dev) has no .pc file: linked by name, and
# its header looked for in the flags rule below.
LDLIBS =	$(PKG_LIBS) -lstemmer -lm
STEMMER_H :=	$(wildcard /usr/include/libstemmer.h /usr/local/include/libstemmer.h)

PROGS =		split-sentences \
		tag-entities \
		diff-claims \
		find-quotes

LIBOBJS =	lib/antonyms.o \
		lib/buf.o \
		lib/claimalign.o \
		lib/claimcand.o \
		lib/claimdetail.o \
		lib/claimdiff.o \
		lib/claimframe.o \
		lib/claimidf.o \
		lib/claimjudge.o \
		lib/claimmatch.o \
		lib/claimpolar.o \
		lib/claims.o \
		lib/claimwords.o \
		lib/cues.o \
		lib/cwhash.o \
		lib/diag.o \
		lib/docsource.o \
		lib/document.o \
		lib/entdoc.o \
		lib/entgaz.o \
		lib/entcue.o \
		lib/entnoise.o \
		lib/entities.o \
		lib/enttype.o \
		lib/entkey.o \
		lib/entkeymemo.o \
		lib/entlink.o \
		lib/factdiff.o \
		lib/gen/claimclasses.o \
		lib/gen/claimidf.o \
		lib/gen/claimmodel.o \
		lib/gen/wordnet.o \
		lib/gen/antonyms.o \
		lib/gen/clusters.o \
		lib/gen/places.o \
		lib/gen/wordlists.o \
		lib/json.o \
		lib/kinds.o \
		lib/lang.o \
		lib/layers.o \
		lib/linein.o \
		lib/ner.o \
		lib/ner_decode.o \
		lib/ner_feat.o \
		lib/ner_model.o \
		lib/ner_model_data.o \
		lib/numex.o \
		lib/numex_ctx.o \
		lib/numex_fast.o \
		lib/numex_lists.o \
		lib/numex_pat.o \
		lib/numex_rec.o \
		lib/numex_val.o \
		lib/out.o \
		lib/qclause.o \
		lib/qdirect.o \
		lib/qlabel.o \
		lib/qmarks.o \
		lib/qphrase.o \
		lib/qsubject.o \
		lib/qreported.o \
		lib/qrunon.o \
		lib/quotes.o \
		lib/reader.o \
		lib/record.o \
		lib/resolve.o \
		lib/segment.o \
		lib/sentences.o \
		lib/similarity.o \
		lib/sink.o \
		lib/split_headline.o \
		lib/split_judge.o \
		lib/split_list.o \
		lib/split_punct.o \
		lib/split_scan.o \
		lib/split_token.o \
		lib/stablesort.o \
		lib/synonyms.o \
		lib/tokens.o \
		lib/tsv.o \
		lib/typodist.o \
		lib/usage.o \
		lib/utf8.o \
		lib/worddiff.o \
		lib/wordlists.o \
		lib/wordset.o

UNITOBJS =	tests/unit/main.o \
		tests/unit/test_claims.o \
		tests/unit/test_docsource.o \
		tests/unit/test_document.o \
		tests/unit/test_entdoc.o \
		tests/unit/test_entkey.o \
		tests/unit/test_numex.o \
		tests/unit/test_out.o \
		tests/unit/test_quotes.o \
		tests/unit/test_record.o \
		tests/unit/test_sentences.o \
		tests/unit/test_stablesort.o \
		tests/unit/test_tokens.o \
		tests/unit/test_tsv.o \
		tests/unit/test_utf8.o \
		tests/unit/test_wordset.o

# The helpers of `make bench': plain C, no libraries.
TOOLS =		scripts/gencorpus scripts/runstat

BINS =		$(PROGS:%=bin/%)
MAN1 =		$(PROGS:%=man/man1/%.1)
MAN7 =		man/man7/newsutils.7
LIB =		lib/libnewsutils.a
UNIT =		tests/unit/unit
# Every compile writes a .d of the headers it read (-MMD).
DEPS =		$(LIBOBJS:.o=.d) $(UNITOBJS:.o=.d) $(BINS:=.d) $(TOOLS:=.d) \
		tools/build/fitclaims.d
FLAGS =		.build-flags
BUILD_CMD =	$(CC) $(ALL_CFLAGS) $(DEPFLAGS) | $(LDFLAGS) $(LDLIBS)

.PHONY: all check demo bench eval lint fuzz install uninstall clean deps model claims-model FORCE

all: $(BINS)

deps:
	@sh scripts/deps.sh

# The flags stamp: it holds the compile and link commands, and is
# rewritten only when they change, so that changing CFLAGS (or installing
# a library, which changes what pkg-config says) rebuilds everything that
# was built with the old ones.  It is also where a missing library stops
# the build, before anything is compiled.
$(FLAGS): FORCE
ifneq ($(NO_PKG_CONFIG),)
	@echo "make: $(PKG_CONFIG) is not installed, so the libraries cannot be found;" >&2; \
	echo "    on Debian run: apt-get install -y pkg-config $(foreach p,$(PKGS),$(DEB_$(p)))  (or make deps)" >&2; \
	exit 1
endif
ifeq ($(STEMMER_H),)
	@echo "make: libstemmer.h is not installed (needed to build newsutils);" >&2; \
	echo "    on Debian run: apt-get install -y libstemmer-dev  (or make deps)" >&2; \
	exit 1
endif
ifneq ($(PKG_MISSING),)
	@echo "make: $(PKG_CONFIG) cannot find $(PKG_MISSING) (needed to build newsutils);" >&2; \
	echo "    on Debian run: apt-get install -y $(foreach p,$(PKG_MISSING),$(DEB_$(p)))  (or make deps)" >&2; \
	exit 1
else
	@printf '%s\n' '$(subst ','\'',$(BUILD_CMD))' > $@.tmp
	@if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv -f $@.tmp $@; fi
endif

%.o: %.c $(FLAGS)
	$(CC) $(ALL_CFLAGS) $(DEPFLAGS) -c -o $@ $<

lib/gen/wordlists.c: scripts/mkwordlists.sh lib/data/*/*.txt
	@mkdir -p lib/gen
	sh scripts/mkwordlists.sh lib/data > $@.tmp && mv $@.tmp $@

lib/gen/places.c: scripts/mkplaces.sh lib/data/gaz/*.txt
	@mkdir -p lib/gen
	sh scripts/mkplaces.sh lib/data/gaz > $@.tmp && mv $@.tmp $@

# The claim comparison's stem frequencies, word classes and SCORE model.
lib/gen/claimidf.c: scripts/mkclaimidf.sh lib/data/claims-idf.txt
	@mkdir -p lib/gen
	sh scripts/mkclaimidf.sh lib/data/claims-idf.txt > $@.tmp && mv $@.tmp $@

lib/gen/claimclasses.c: scripts/mkclaimclasses.sh lib/data/claims-classes.txt
	@mkdir -p lib/gen
	sh scripts/mkclaimclasses.sh lib/data/claims-classes.txt > $@.tmp && mv $@.tmp $@

# WordNet's synonym sets, from Debian's wordnet-base at build time.
WORDNET ?=	/usr/share/wordnet
# The lemmas are stemmed here, by tools/mkwordnet.c, not at run time.
lib/gen/wordnet.c: scripts/mkwordnet.sh tools/build/mkwordnet
	@mkdir -p lib/gen
	@[ -f $(WORDNET)/index.noun ] || { echo "make: no WordNet in $(WORDNET); on Debian run: apt-get install -y wordnet-base  (or make deps)" >&2; exit 1; }
	sh scripts/mkwordnet.sh $(WORDNET) | tools/build/mkwordnet > $@.tmp && mv $@.tmp $@

# And its antonyms, with their irregular forms, the same way.
lib/gen/antonyms.c: scripts/mkantonyms.sh tools/build/mkwordnet
	@mkdir -p lib/gen
	@[ -f $(WORDNET)/data.verb ] || { echo "make: no WordNet in $(WORDNET); on Debian run: apt-get install -y wordnet-base  (or make deps)" >&2; exit 1; }
	sh scripts/mkantonyms.sh $(WORDNET) | tools/build/mkwordnet -a > $@.tmp && mv $@.tmp $@

tools/build/mkwordnet: tools/mkwordnet.c lib/cwhash.c lib/claimwords.h lib/synonyms.h lib/antonyms.h $(FLAGS)
	@mkdir -p tools/build
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ tools/mkwordnet.c lib/cwhash.c -lstemmer

lib/gen/claimmodel.c: scripts/mkclaimmodel.sh lib/data/claims.model
	@mkdir -p lib/gen
	sh scripts/mkclaimmodel.sh lib/data/claims.model > $@.tmp && mv $@.tmp $@

tools/build/fitclaims: tools/fitclaims.c $(LIB) $(FLAGS)
	@mkdir -p tools/build
	$(CC) $(ALL_CFLAGS) $(DEPFLAGS) $(LDFLAGS) -o $@ tools/fitclaims.c $(LIB) $(LDLIBS)

# The entity tagger's evaluator (tools/build-ner.sh eval runs it on the data).
tools/build/eval-ner: tools/eval-ner.c tools/nerdata.c tools/nerdata.h $(LIB) $(FLAGS)
	@mkdir -p tools/build
	$(CC) $(ALL_CFLAGS) -Itools $(LDFLAGS) -o $@ tools/eval-ner.c tools/nerdata.c $(LIB) $(LDLIBS)

# Refit them from ../shared/data/claims (see lib/data/README.claims).
claims-model: tools/build/fitclaims
	sh tools/build-claims.sh

# The tagger's model is assembled in from lib/data/ner.model (.incbin),
# which the compiler's header list does not see.
lib/ner_model_data.o: lib/data/ner.model

# Rebuild the model from ../shared/data/entities (see lib/data/README.ner);
# the flags stamp first, so that a missing library stops it with the message.
lib/gen/clusters.c: scripts/mkclusters.sh lib/data/clusters.txt
	@mkdir -p lib/gen
	sh scripts/mkclusters.sh lib/data/clusters.txt > $@.tmp && mv $@.tmp $@

model: $(FLAGS) lib/gen/clusters.c
	sh tools/build-ner.sh model

$(LIB): $(LIBOBJS)
	rm -f $@
	ar rcs $@ $(LIBOBJS)

bin/%: bin/%.c $(LIB) $(FLAGS)
	$(CC) $(ALL_CFLAGS) $(DEPFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

$(UNIT): $(UNITOBJS) $(LIB) $(FLAGS)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(UNITOBJS) $(LIB) $(LDLIBS)

$(TOOLS): %: %.c
	$(CC) -std=c11 -Wall -Wextra $(WRONGCODE) -MMD -MP -O2 -o $@ $<

check: deps
	@$(MAKE) --no-print-directory all $(UNIT) tools/build/fitclaims tools/build/eval-ner
	@sh tests/run.sh

demo: deps
	@$(MAKE) --no-print-directory all
	@sh scripts/demo.sh

bench: all $(TOOLS)
	@sh scripts/deps.sh bench
	@PROGRAMS="$(filter-out diff-claims,$(PROGS))" sh scripts/bench.sh
	@sh scripts/bench_claims.sh

eval: all
	@sh scripts/eval.sh

lint:
	mandoc -Tlint -Wwarning $(MAN1) $(MAN7)

fuzz: all
	@WRONGCODE='$(WRONGCODE)' PKG_CFLAGS='$(PKG_CFLAGS)' PKG_LIBS='$(PKG_LIBS)' sh scripts/fuzz.sh

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man7
	cp $(BINS) $(DESTDIR)$(BINDIR)/
	cp $(MAN1) $(DESTDIR)$(MANDIR)/man1/
	cp $(MAN7) $(DESTDIR)$(MANDIR)/man7/

uninstall:
	for p in $(PROGS); do rm -f $(DESTDIR)$(BINDIR)/$$p $(DESTDIR)$(MANDIR)/man1/$$p.1; done
	rm -f $(DESTDIR)$(MANDIR)/man7/newsutils.7

clean:
	rm -rf $(BINS) $(LIB) $(LIBOBJS) $(UNIT) $(UNITOBJS) $(TOOLS) $(DEPS) \
	    $(FLAGS) $(FLAGS).tmp lib/gen fuzz/build tests/out tools/build

FORCE:

-include $(wildcard $(DEPS))

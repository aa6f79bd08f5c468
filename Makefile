# newsutils -- see README.md.  `make demo` and `make check` set up what they need.

PREFIX ?=	/usr/local
BINDIR ?=	$(PREFIX)/bin
MANDIR ?=	$(PREFIX)/share/man
DESTDIR ?=

CC ?=		cc
CFLAGS ?=	-O3 -g
WARNFLAGS =	-std=c11 -Wall -Wextra -Wpedantic
PKGS =		libpcre2-8 libbsd-overlay libutf8proc
PKG_CFLAGS =	$(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS =	$(shell pkg-config --libs $(PKGS) 2>/dev/null)
ALL_CFLAGS =	$(WARNFLAGS) -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
		-Ilib -Ilib/gen $(PKG_CFLAGS) $(CFLAGS)
LDLIBS =	$(PKG_LIBS) -lm

PROGS =		split-sentences tag-entities find-quotes
BINS =		$(PROGS:%=bin/%)
MAN1 =		$(PROGS:%=man/man1/%.1)
MAN7 =		man/man7/newsutils.7

LIBOBJS =	lib/buf.o lib/diag.o lib/document.o lib/entities.o lib/entkey.o lib/lang.o \
		lib/ner.o lib/ner_feat.o lib/ner_model_data.o lib/numex.o lib/numex_val.o lib/quotes.o lib/qdirect.o lib/qphrase.o lib/qreported.o lib/qmarks.o lib/cues.o lib/resolve.o \
		lib/linein.o lib/out.o lib/reader.o lib/record.o lib/segment.o \
		lib/sink.o lib/kinds.o lib/json.o lib/layers.o lib/docsource.o \
		lib/sentences.o lib/tokens.o lib/tsv.o lib/utf8.o \
		lib/wordset.o lib/gen/wordlists.o lib/gen/places.o
LIB =		lib/libnewsutils.a
UNIT =		tests/unit/unit
UNITOBJS =	tests/unit/main.o tests/unit/test_tsv.o tests/unit/test_utf8.o \
		tests/unit/test_record.o tests/unit/test_sentences.o \
		tests/unit/test_entkey.o tests/unit/test_tokens.o \
		tests/unit/test_numex.o tests/unit/test_out.o \
		tests/unit/test_quotes.o

.PHONY: all check demo bench eval lint fuzz install uninstall clean deps model

all: $(BINS)

deps:
	@sh scripts/deps.sh

lib/gen/wordlists.c: scripts/mkwordlists.sh lib/data/*/*.txt
	@mkdir -p lib/gen
	sh scripts/mkwordlists.sh lib/data > $@.tmp && mv $@.tmp $@

.c.o:
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(LIBOBJS): lib/*.h
lib/gen/wordlists.o: lib/gen/wordlists.c lib/wordlists.h
	$(CC) $(ALL_CFLAGS) -c -o $@ lib/gen/wordlists.c

lib/gen/places.c: scripts/mkplaces.sh lib/data/gaz/*.txt
	@mkdir -p lib/gen
	sh scripts/mkplaces.sh lib/data/gaz > $@.tmp && mv $@.tmp $@
lib/gen/places.o: lib/gen/places.c lib/places.h
	$(CC) $(ALL_CFLAGS) -c -o $@ lib/gen/places.c

# The tagger's model is assembled in from lib/data/ner.model (.incbin).
lib/ner_model_data.o: lib/ner_model_data.c lib/data/ner.model

# Rebuild the model from ../shared/data/entities (see lib/data/README.ner).
model:
	sh tools/build-ner.sh model

$(LIB): $(LIBOBJS)
	rm -f $@
	ar rcs $@ $(LIBOBJS)

bin/%: bin/%.c $(LIB) lib/*.h
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

$(UNITOBJS): lib/*.h tests/unit/unit.h
$(UNIT): $(UNITOBJS) $(LIB)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(UNITOBJS) $(LIB) $(LDLIBS)

check: deps
	@$(MAKE) --no-print-directory all $(UNIT)
	@sh tests/run.sh

demo: deps
	@$(MAKE) --no-print-directory all
	@sh scripts/demo.sh

bench: all
	@PROGRAMS="split-sentences tag-entities find-quotes" sh scripts/bench.sh

eval: all
	@sh scripts/eval.sh

lint:
	mandoc -Tlint -Wwarning $(MAN1) $(MAN7)

fuzz: all
	@sh scripts/fuzz.sh

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man7
	cp $(BINS) $(DESTDIR)$(BINDIR)/
	cp $(MAN1) $(DESTDIR)$(MANDIR)/man1/
	cp $(MAN7) $(DESTDIR)$(MANDIR)/man7/

uninstall:
	for p in $(PROGS); do rm -f $(DESTDIR)$(BINDIR)/$$p $(DESTDIR)$(MANDIR)/man1/$$p.1; done
	rm -f $(DESTDIR)$(MANDIR)/man7/newsutils.7

clean:
	rm -rf $(BINS) $(LIB) $(LIBOBJS) lib/gen $(UNIT) $(UNITOBJS) fuzz/build tests/out tools/build

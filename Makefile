# newsfilters: build, test, install.  See README.md.
#
#   make                 build every tool into bin/
#   make check           C unit tests and bats suites
#   make sanitize        the same under ASan + UBSan (separate build tree)
#   make fuzz            libFuzzer targets (needs clang)
#   make install PREFIX=/usr/local DESTDIR=

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
DATADIR ?= $(PREFIX)/share/newsfilters

CC ?= cc
# Link-time optimisation lets the taggers' hot paths inline across files
# (lexicon lookups, weight scoring, hashing): tag-entities runs about 7 %
# faster.  gcc and clang both take -flto=auto.
CFLAGS ?= -O2 -g -flto=auto
PKG_CONFIG ?= pkg-config
PKGS = jansson libutf8proc libpcre2-8
BUILD ?= build
BIN ?= bin

# lib/ holds the driver, the record and the helpers every filter shares;
# each component has a directory of its own (LIB_DIRS).  Headers are
# included by name, so every directory is on the include path.
LIB_DIRS = lib lib/sentences lib/entities lib/hedges lib/sources lib/syntax lib/learn lib/profile
LIB_HDR = $(wildcard $(LIB_DIRS:%=%/*.h))
NF_CFLAGS = -std=c17 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Werror \
	$(LIB_DIRS:%=-I%) $(shell $(PKG_CONFIG) --cflags $(PKGS))
NF_LIBS = $(shell $(PKG_CONFIG) --libs $(PKGS))

TOOLS = split-sentences text-to-records tag-entities train-entities train-clusters annotate \
	detect-hedge train-hedge link-sources train-sources train-pos train-dep profile-sources
DATA = abbreviations sentence-starters closings hedge-cues hedge-patterns entity-conventions \
	source-cues source-kinds clause-openers nominal-cues
MANPAGES = $(TOOLS:%=man/%.1) man/newsfilters.7
PIPELINES = pipelines/annotate-news pipelines/profile-merge pipelines/nightly pipelines/nightly-shard

LIB_SRC = $(wildcard $(LIB_DIRS:%=%/*.c))
MODELS = entities hedge sources pos dep
LIB_OBJ = $(LIB_SRC:lib/%.c=$(BUILD)/lib/%.o) \
	$(patsubst %,$(BUILD)/gen/data_%.o,$(subst -,_,$(DATA))) \
	$(patsubst %,$(BUILD)/gen/model_%.o,$(MODELS))
UNIT_SRC = $(wildcard tests/unit/*.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

all: $(TOOLS:%=$(BIN)/%)

$(BUILD)/lib/%.o: lib/%.c $(LIB_HDR)
	@mkdir -p $(@D)
	$(CC) $(NF_CFLAGS) $(CFLAGS) -c -o $@ $<

$(BUILD)/cmd/%.o: cmd/%.c $(LIB_HDR)
	@mkdir -p $(@D)
	$(CC) $(NF_CFLAGS) $(CFLAGS) -c -o $@ $<

# Default lexicons and models are built in with the assembler's .incbin
# (tools/embed-asm): data/NAME.txt -> nf_data_NAME, data/NAME.model ->
# nf_data_NAME_model.  The .S files name the data by path from here.
# Static pattern rules: they win over make's built-in %.o: %.c, which a
# stale generated .c of an older tree would otherwise match.
DATA_S = $(patsubst %,$(BUILD)/gen/data_%.S,$(subst -,_,$(DATA)))
MODEL_S = $(patsubst %,$(BUILD)/gen/model_%.S,$(MODELS))

$(DATA_S): $(BUILD)/gen/data_%.S: tools/embed-asm data/*.txt
	@mkdir -p $(@D)
	tools/embed-asm $* data/$(subst _,-,$*).txt > $@.tmp && mv $@.tmp $@

# A model is checked (checksum, kind) before it is embedded: the tools
# trust the checksum of their built-in copy (lib/learn/model.c).
MODEL_CHECK = $(BUILD)/tools/model-check
MODEL_CHECK_SRC = tools/model-check.c lib/learn/model.c lib/learn/perceptron.c lib/hash.c lib/buf.c \
	lib/errors.c lib/lextable.c lib/lexicon.c
$(MODEL_CHECK): $(MODEL_CHECK_SRC) $(LIB_HDR)
	@mkdir -p $(@D)
	$(CC) $(NF_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $(MODEL_CHECK_SRC)

$(MODEL_S): $(BUILD)/gen/model_%.S: tools/embed-asm data/%.model $(MODEL_CHECK)
	@mkdir -p $(@D)
	$(MODEL_CHECK) $* data/$*.model
	tools/embed-asm $*_model data/$*.model nf_models > $@.tmp && mv $@.tmp $@

$(DATA_S:.S=.o): %.o: %.S data/*.txt
	$(CC) $(CFLAGS) -c -o $@ $<

$(MODEL_S:.S=.o): $(BUILD)/gen/model_%.o: $(BUILD)/gen/model_%.S data/%.model
	$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/libnf.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $(LIB_OBJ)

$(BIN)/%: $(BUILD)/cmd/%.o $(BUILD)/libnf.a
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libnf.a $(NF_LIBS) -lm

$(BUILD)/tests/%: tests/unit/%.c tests/unit/*.h $(BUILD)/libnf.a
	@mkdir -p $(@D)
	$(CC) $(NF_CFLAGS) -Itests/unit $(CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libnf.a $(NF_LIBS) -lm

unit: $(UNIT_BIN)
	@set -e; for t in $(UNIT_BIN); do $$t; done

check: all unit bench-tools
	NF_BIN=$(CURDIR)/$(BIN) bats tests

SAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
sanitize:
	$(MAKE) BUILD=build-san BIN=build-san/bin CFLAGS="$(SAN_FLAGS)" LDFLAGS="$(SAN_FLAGS)" check

# libFuzzer targets: the library is rebuilt once, with clang, coverage and
# sanitizers, in build-fuzz/ (a stamp keeps the sub-make from running per
# target); fuzz/run runs them.  UBSan findings abort, so they count.
FUZZ_SAN = -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_FLAGS = -O1 -g -fsanitize=fuzzer $(FUZZ_SAN)
FUZZ_LIB_FLAGS = -O1 -g -fsanitize=fuzzer-no-link $(FUZZ_SAN)
FUZZ_BIN = $(patsubst fuzz/%.c,build-fuzz/%,$(wildcard fuzz/*.c))
fuzz: $(FUZZ_BIN)
build-fuzz/.lib-stamp: $(LIB_SRC) $(LIB_HDR) data/*.txt data/*.model tools/embed-asm
	$(MAKE) BUILD=build-fuzz CC=clang CFLAGS="$(FUZZ_LIB_FLAGS)" build-fuzz/libnf.a
	touch $@
$(FUZZ_BIN): build-fuzz/%: fuzz/%.c fuzz/*.h build-fuzz/.lib-stamp
	clang $(NF_CFLAGS) -Ifuzz $(FUZZ_FLAGS) -o $@ $< build-fuzz/libnf.a $(NF_LIBS) -lm

# Benchmark helpers: the jansson parse-and-dump floor and a peak-RSS timer.
BENCH_TOOLS = $(BUILD)/bench/jansson-floor $(BUILD)/bench/peakmem $(BUILD)/bench/pos-speed \
	$(BUILD)/bench/dep-speed
$(BUILD)/bench/%: bench/%.c
	@mkdir -p $(@D)
	$(CC) $(NF_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(NF_LIBS)

# The tagger's and the parser's speed (bench/eval-pos, bench/eval-dep) need the library
# and their shared harness, bench/speed.c.
$(BUILD)/bench/pos-speed $(BUILD)/bench/dep-speed: $(BUILD)/bench/%: bench/%.c bench/speed.c \
		bench/speed.h $(BUILD)/libnf.a
	@mkdir -p $(@D)
	$(CC) $(NF_CFLAGS) -Ibench $(CFLAGS) $(LDFLAGS) -o $@ $< bench/speed.c $(BUILD)/libnf.a \
		$(NF_LIBS) -lm

bench-tools: $(BENCH_TOOLS)

bench: all bench-tools
	bench/run

# Every page in man/ is installed; a tool without a page yet does not
# break the install.
MAN1 = $(wildcard man/*.1)
MAN7 = $(wildcard man/*.7)

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man7 \
		$(DESTDIR)$(DATADIR)
	cp $(TOOLS:%=$(BIN)/%) $(DESTDIR)$(BINDIR)/
	cp $(MAN1) $(DESTDIR)$(MANDIR)/man1/
	cp $(MAN7) $(DESTDIR)$(MANDIR)/man7/
	cp data/*.txt pipelines/spark-annotate.py $(DESTDIR)$(DATADIR)/
	cp $(PIPELINES) $(DESTDIR)$(BINDIR)/

uninstall:
	rm -f $(TOOLS:%=$(DESTDIR)$(BINDIR)/%) $(PIPELINES:pipelines/%=$(DESTDIR)$(BINDIR)/%)
	rm -f $(MAN1:man/%=$(DESTDIR)$(MANDIR)/man1/%) $(MAN7:man/%=$(DESTDIR)$(MANDIR)/man7/%)
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build build-san build-fuzz bin

.PHONY: all unit check sanitize fuzz bench bench-tools install uninstall clean
.SECONDARY:

# Frontline: build, run, test, bench, fuzz.
#   make run    install what is missing, build, serve http://127.0.0.1:8080 (PORT=...)
#   make test   install what is missing, build, run every test
#   make bench  measure the real stack with wrk
#   make fuzz   run the libFuzzer targets for a bounded time

PORT ?= 8080
BUILD := build
CC ?= cc
CXX ?= c++
CFLAGS ?= -O2 -g
CFLAGS += -std=c11 -D_GNU_SOURCE -Wall -Wextra -Wshadow -Wno-unused-parameter \
          -fstack-protector-strong -D_FORTIFY_SOURCE=2 -Icgi-bin
CXXFLAGS ?= -O2 -g
CXXFLAGS += -std=c++11 -Wall -Wextra -fstack-protector-strong -Icgi-bin
LDLIBS := -lsqlite3 -lsodium -lzip -lctemplate_nothreads -lpthread

# Debian packages each target needs (checked, and installed when root).
BUILD_PKGS := gcc g++ make pkg-config libfcgi-dev libctemplate-dev libsqlite3-dev libsodium-dev
# Customer feedback: QR codes for the forms.
BUILD_PKGS += libqrencode-dev
# Rota: libical writes the iCalendar feed
BUILD_PKGS += libical-dev
# Subject-access bundles and portfolio exports: libzip writes the zip
BUILD_PKGS += libzip-dev
RUN_PKGS := nginx spawn-fcgi multiwatch sqlite3 tzdata curl procps
TEST_PKGS := chromium
BENCH_PKGS := wrk
FUZZ_PKGS := clang libclang-rt-14-dev

# The code: cgi-bin/core/ is the shared library and every other folder of
# cgi-bin/ is an area (rota, plans, feedback, ...). Each folder is built into
# an archive, build/lib<folder>.a, from every .c file in it; a program links
# the archives and takes from them only the files it uses, so the public
# program gets the public feedback form and the core it needs, nothing else
# (scripts/check-public-symbols.sh proves it). A new file in a folder needs
# no change here.
AREAS := $(filter-out core,$(notdir $(patsubst %/,%,$(sort $(dir $(wildcard cgi-bin/*/*.c))))))
AREA_LIBS := $(AREAS:%=$(BUILD)/lib%.a)
CORE_LIB := $(BUILD)/libcore.a
CORE_OBJ := $(patsubst cgi-bin/%.c,$(BUILD)/%.o,$(wildcard cgi-bin/core/*.c)) \
            $(BUILD)/core/tpl.o $(BUILD)/embedded.o
# Libraries the areas call: libical (the rota's calendar feed), libqrencode
# (QR codes of the feedback forms).
AREA_LDLIBS := -lical -lqrencode
# Everything, for programs and tests that may use any area.
LINK_ALL := -Wl,--start-group $(AREA_LIBS) $(CORE_LIB) -Wl,--end-group $(AREA_LDLIBS) -lfcgi $(LDLIBS)
MIGRATIONS := $(sort $(wildcard schema/*.sql))
# The built-in compliance checklist templates (cgi-bin/checklists/seed.h).
CHECKLIST_SEEDS := $(sort $(wildcard data/checklists/*.checklist))
UNIT_TESTS := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(wildcard tests/unit/test_*.c))
ALL_OBJ := $(patsubst cgi-bin/%.c,$(BUILD)/%.o,$(wildcard cgi-bin/*.c cgi-bin/*/*.c))
# The fuzz targets, built for `make test` with the ordinary compiler and a
# main that replays their seeds (tests/fuzz/replay.c); `make fuzz` builds
# them with clang and libFuzzer instead.
FUZZ_REPLAY := $(patsubst tests/fuzz/fuzz_%.c,$(BUILD)/fuzz-replay/fuzz_%,$(wildcard tests/fuzz/fuzz_*.c))

.PHONY: all deps deps-test deps-bench deps-fuzz run test unit e2e browser check-templates bench fuzz clean

all: check-templates $(BUILD)/intranet $(BUILD)/frontline-admin $(BUILD)/public

deps:
	@scripts/deps.sh $(BUILD_PKGS) $(RUN_PKGS)

deps-test: deps
	@scripts/deps.sh $(TEST_PKGS)
	@scripts/npm-deps.sh

deps-bench: deps
	@scripts/deps.sh $(BENCH_PKGS)

deps-fuzz: deps
	@scripts/deps.sh $(FUZZ_PKGS)

# -MMD: each object records the headers it includes (build/**/*.d).
$(BUILD)/%.o: cgi-bin/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/core/tpl.o: cgi-bin/core/tpl.cc cgi-bin/core/tpl.h
	@mkdir -p $(dir $@)
	$(CXX) $(CXXFLAGS) -c -o $@ $<

$(BUILD)/embed: tools/embed.c
	@mkdir -p $(BUILD)
	$(CC) -O2 -Wall -o $@ $<

# Migrations, the common-password list, the qualifications (the
# portfolio's units and criteria) and the built-in checklists, built into
# the programs.
QUALIFICATIONS := $(sort $(wildcard data/qualifications/*.txt))
$(BUILD)/embedded.c: $(BUILD)/embed $(MIGRATIONS) data/common-passwords.txt $(QUALIFICATIONS) $(CHECKLIST_SEEDS)
	{ $(BUILD)/embed embedded_migrations $(MIGRATIONS); \
	  $(BUILD)/embed embedded_common_passwords data/common-passwords.txt | sed 1,2d; \
	  $(BUILD)/embed embedded_qualifications $(QUALIFICATIONS) | sed 1,2d; \
	  $(BUILD)/embed embedded_checklist_seeds $(CHECKLIST_SEEDS) | sed 1,2d; } > $@

$(BUILD)/embedded.o: $(BUILD)/embedded.c
	$(CC) $(CFLAGS) -c -o $@ $<

# One archive per folder, from every .c file in it.
define folder_archive
$(BUILD)/lib$(1).a: $(patsubst cgi-bin/%.c,$(BUILD)/%.o,$(wildcard cgi-bin/$(1)/*.c))
	@rm -f $$@
	ar rcs $$@ $$^
endef
$(foreach area,$(AREAS),$(eval $(call folder_archive,$(area))))

$(CORE_LIB): $(CORE_OBJ)
	@rm -f $@
	ar rcs $@ $^

# The programs: cgi-bin/intranet.c and cgi-bin/public.c list the areas they
# serve; cgi-bin/admin.c is frontline-admin, cgi-bin/demo.c its demo data.
$(BUILD)/intranet: $(BUILD)/intranet.o $(AREA_LIBS) $(CORE_LIB)
	$(CXX) -o $@ $< $(LINK_ALL)

$(BUILD)/frontline-admin: $(BUILD)/admin.o $(BUILD)/demo.o $(AREA_LIBS) $(CORE_LIB)
	$(CXX) -o $@ $(BUILD)/admin.o $(BUILD)/demo.o $(LINK_ALL)

# The public program: only the feedback and complaints areas' archives (of
# which it takes the public forms' files) and the core.
$(BUILD)/public: $(BUILD)/public.o $(BUILD)/libfeedback.a $(BUILD)/libcomplaints.a $(CORE_LIB)
	$(CXX) -o $@ $< -Wl,--start-group $(BUILD)/libfeedback.a $(BUILD)/libcomplaints.a $(CORE_LIB) -Wl,--end-group -lfcgi $(LDLIBS)

# A unit test may call any area's functions.
$(BUILD)/tests/%: tests/unit/%.c tests/unit/check.h $(AREA_LIBS) $(CORE_LIB)
	@mkdir -p $(dir $@)
	$(CXX) -x c $(CFLAGS) -Itests/unit -o $@ $< -x none $(LINK_ALL)

# A fuzz target with the replay main, against the core archive: the linker
# takes what the target needs, so no list of sources can go stale.
FUZZ_REPLAY_FLAGS := -Werror=switch -fsanitize=address,undefined -fno-sanitize-recover=undefined -Itests/fuzz
$(BUILD)/fuzz-replay/%.o: tests/fuzz/%.c tests/fuzz/fuzz_common.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(FUZZ_REPLAY_FLAGS) -c -o $@ $<

.SECONDARY: $(FUZZ_REPLAY:%=%.o) $(BUILD)/fuzz-replay/replay.o
$(BUILD)/fuzz-replay/fuzz_%: $(BUILD)/fuzz-replay/fuzz_%.o $(BUILD)/fuzz-replay/replay.o $(CORE_LIB)
	$(CXX) -fsanitize=address,undefined -o $@ $^ -lfcgi $(LDLIBS)

-include $(ALL_OBJ:.o=.d)

# Every template must start with the AUTOESCAPE pragma, or its values
# would reach the page unescaped.
check-templates:
	@scripts/check-templates.sh

run: deps all
	@PORT=$(PORT) exec scripts/run.sh

unit: $(UNIT_TESTS)
	@scripts/run-unit.sh $(UNIT_TESTS)

test: deps-test all $(UNIT_TESTS) $(FUZZ_REPLAY)
	@scripts/test.sh $(UNIT_TESTS)

bench: deps-bench all
	@scripts/bench.sh

fuzz: deps-fuzz
	@scripts/fuzz.sh

clean:
	rm -rf $(BUILD)

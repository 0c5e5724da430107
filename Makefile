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
LDLIBS := -lsqlite3 -lsodium -lctemplate_nothreads -lpthread

# Debian packages each target needs (checked, and installed when root).
BUILD_PKGS := gcc g++ make pkg-config libfcgi-dev libctemplate-dev libsqlite3-dev libsodium-dev
# Rota (issue 3): libical writes the iCalendar feed
BUILD_PKGS += libical-dev
RUN_PKGS := nginx spawn-fcgi multiwatch sqlite3 tzdata curl procps
TEST_PKGS := chromium
BENCH_PKGS := wrk
FUZZ_PKGS := clang libclang-rt-14-dev

CORE_C := $(wildcard cgi-bin/core/*.c)
CORE_OBJ := $(CORE_C:cgi-bin/%.c=$(BUILD)/%.o) $(BUILD)/core/tpl.o $(BUILD)/embedded.o
INTRANET_OBJ := $(BUILD)/intranet.o $(BUILD)/account.o $(BUILD)/users.o $(BUILD)/home.o
# Rota (issue 3)
ROTA_OBJ := $(BUILD)/rota.o $(BUILD)/rota_shifts.o $(BUILD)/rota_grid.o $(BUILD)/rota_cover.o \
            $(BUILD)/rota_leave.o $(BUILD)/rota_io.o $(BUILD)/rota_home.o \
            $(BUILD)/rota_equipment.o
INTRANET_OBJ += $(ROTA_OBJ)
ROTA_LIBS := -lical
ADMIN_OBJ_ROTA := $(BUILD)/demo_rota.o $(ROTA_OBJ)
ADMIN_OBJ := $(BUILD)/admin.o $(BUILD)/demo.o
MIGRATIONS := $(sort $(wildcard schema/*.sql))
UNIT_TESTS := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(wildcard tests/unit/test_*.c))

.PHONY: all deps deps-test deps-bench deps-fuzz run test unit e2e browser check-templates bench fuzz clean

all: check-templates $(BUILD)/intranet $(BUILD)/frontline-admin

deps:
	@scripts/deps.sh $(BUILD_PKGS) $(RUN_PKGS)

deps-test: deps
	@scripts/deps.sh $(TEST_PKGS)
	@scripts/npm-deps.sh

deps-bench: deps
	@scripts/deps.sh $(BENCH_PKGS)

deps-fuzz: deps
	@scripts/deps.sh $(FUZZ_PKGS)

$(BUILD)/%.o: cgi-bin/%.c $(wildcard cgi-bin/*.h cgi-bin/core/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/core/tpl.o: cgi-bin/core/tpl.cc cgi-bin/core/tpl.h
	@mkdir -p $(dir $@)
	$(CXX) $(CXXFLAGS) -c -o $@ $<

$(BUILD)/embed: tools/embed.c
	@mkdir -p $(BUILD)
	$(CC) -O2 -Wall -o $@ $<

# Migrations and the common-password list, built into the programs.
$(BUILD)/embedded.c: $(BUILD)/embed $(MIGRATIONS) data/common-passwords.txt
	{ $(BUILD)/embed embedded_migrations $(MIGRATIONS); \
	  $(BUILD)/embed embedded_common_passwords data/common-passwords.txt | sed 1,2d; } > $@

$(BUILD)/embedded.o: $(BUILD)/embedded.c
	$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/intranet: $(INTRANET_OBJ) $(CORE_OBJ)
	$(CXX) -o $@ $^ -lfcgi $(LDLIBS) $(ROTA_LIBS)

$(BUILD)/frontline-admin: $(ADMIN_OBJ) $(ADMIN_OBJ_ROTA) $(CORE_OBJ)
	$(CXX) -o $@ $^ $(LDLIBS) -lfcgi $(ROTA_LIBS)

$(BUILD)/tests/%: tests/unit/%.c tests/unit/check.h $(CORE_OBJ)
	@mkdir -p $(dir $@)
	$(CXX) -x c $(CFLAGS) -Itests/unit -o $@ $< -x none $(CORE_OBJ) $(LDLIBS) -lfcgi

# Rota (issue 3): the test of rota.h's functions links the rota's objects.
$(BUILD)/tests/test_rota_api: tests/unit/test_rota_api.c tests/unit/check.h $(ROTA_OBJ) $(CORE_OBJ)
	@mkdir -p $(dir $@)
	$(CXX) -x c $(CFLAGS) -Itests/unit -o $@ $< -x none $(ROTA_OBJ) $(CORE_OBJ) $(LDLIBS) -lfcgi $(ROTA_LIBS)

# Every template must start with the AUTOESCAPE pragma, or its values
# would reach the page unescaped.
check-templates:
	@scripts/check-templates.sh

run: deps all
	@PORT=$(PORT) exec scripts/run.sh

unit: $(UNIT_TESTS)
	@scripts/run-unit.sh $(UNIT_TESTS)

test: deps-test all $(UNIT_TESTS)
	@scripts/test.sh $(UNIT_TESTS)

bench: deps-bench all
	@scripts/bench.sh

fuzz: deps-fuzz
	@scripts/fuzz.sh

clean:
	rm -rf $(BUILD)

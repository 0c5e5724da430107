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
# Customer feedback: QR codes for the forms.
BUILD_PKGS += libqrencode-dev
# Rota: libical writes the iCalendar feed
BUILD_PKGS += libical-dev
RUN_PKGS := nginx spawn-fcgi multiwatch sqlite3 tzdata curl procps
TEST_PKGS := chromium
BENCH_PKGS := wrk
FUZZ_PKGS := clang libclang-rt-14-dev

CORE_C := $(wildcard cgi-bin/core/*.c)
CORE_OBJ := $(CORE_C:cgi-bin/%.c=$(BUILD)/%.o) $(BUILD)/core/tpl.o $(BUILD)/embedded.o
INTRANET_OBJ := $(BUILD)/intranet.o $(BUILD)/account.o $(BUILD)/users.o $(BUILD)/home.o
# Rota
ROTA_OBJ := $(BUILD)/rota.o $(BUILD)/rota_shifts.o $(BUILD)/rota_grid.o $(BUILD)/rota_cover.o \
            $(BUILD)/rota_leave.o $(BUILD)/rota_io.o $(BUILD)/rota_home.o \
            $(BUILD)/rota_equipment.o
INTRANET_OBJ += $(ROTA_OBJ)
ROTA_LIBS := -lical
ADMIN_OBJ_ROTA := $(BUILD)/demo_rota.o $(ROTA_OBJ)
ADMIN_OBJ := $(BUILD)/admin.o $(BUILD)/demo.o
# Standards, SLAs and team
INTRANET_OBJ += $(BUILD)/standards.o $(BUILD)/team_people.o $(BUILD)/team_raci.o $(BUILD)/slas.o \
                $(BUILD)/team.o $(BUILD)/team_meetings.o $(BUILD)/team_coaching.o
ADMIN_OBJ += $(BUILD)/demo_standards.o
# Service plans
INTRANET_OBJ += $(BUILD)/plans.o $(BUILD)/plans_parts.o $(BUILD)/plans_form.o $(BUILD)/plans_logic.o
ADMIN_OBJ += $(BUILD)/demo_plans.o
# Customer feedback: the public program (the form only) and the intranet's
# log, analysis and form management.
PUBLIC_OBJ := $(BUILD)/public.o $(BUILD)/feedback_form.o $(BUILD)/feedback_commit.o $(BUILD)/feedback_calc.o
INTRANET_OBJ += $(BUILD)/feedback_log.o $(BUILD)/feedback_analysis.o $(BUILD)/feedback_forms.o \
                $(BUILD)/feedback_calc.o
ADMIN_OBJ += $(BUILD)/demo_feedback.o $(BUILD)/feedback_calc.o $(BUILD)/feedback_retention.o
MIGRATIONS := $(sort $(wildcard schema/*.sql))
# KPIs and actions
INTRANET_OBJ += $(BUILD)/kpis.o $(BUILD)/kpis_rules.o $(BUILD)/kpis_sources.o $(BUILD)/kpis_attention.o \
                $(BUILD)/kpis_import.o $(BUILD)/actions.o
ADMIN_OBJ += $(BUILD)/demo_kpis.o $(BUILD)/kpis_rules.o
UNIT_TESTS := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(wildcard tests/unit/test_*.c))

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

# Customer feedback: the public program; the intranet draws QR codes; the
# calculations' unit test links their file.
$(BUILD)/public: $(PUBLIC_OBJ) $(CORE_OBJ)
	$(CXX) -o $@ $^ -lfcgi $(LDLIBS)
$(BUILD)/intranet: LDLIBS += -lqrencode
FEEDBACK_TEST_OBJ := $(BUILD)/feedback_calc.o $(BUILD)/feedback_analysis.o
$(BUILD)/tests/test_feedback: tests/unit/test_feedback.c tests/unit/check.h $(FEEDBACK_TEST_OBJ) $(CORE_OBJ)
	@mkdir -p $(dir $@)
	$(CXX) -x c $(CFLAGS) -Itests/unit -o $@ $< -x none $(FEEDBACK_TEST_OBJ) $(CORE_OBJ) $(LDLIBS) -lfcgi

$(BUILD)/tests/%: tests/unit/%.c tests/unit/check.h $(CORE_OBJ)
	@mkdir -p $(dir $@)
	$(CXX) -x c $(CFLAGS) -Itests/unit -o $@ $< -x none $(CORE_OBJ) $(LDLIBS) -lfcgi

# service plans: the plan rules live outside core, so their test links them.
$(BUILD)/tests/test_plans: tests/unit/test_plans.c tests/unit/check.h $(BUILD)/plans_logic.o $(CORE_OBJ)
	@mkdir -p $(dir $@)
	$(CXX) -x c $(CFLAGS) -Itests/unit -o $@ $< -x none $(BUILD)/plans_logic.o $(CORE_OBJ) $(LDLIBS) -lfcgi
# KPIs: the RAG and period rules live in kpis_rules.o, outside core.
$(BUILD)/tests/test_kpi_rules: $(BUILD)/kpis_rules.o
$(BUILD)/tests/test_kpi_rules: CORE_OBJ += $(BUILD)/kpis_rules.o
# Rota: the test of rota.h's functions links the rota's objects.
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

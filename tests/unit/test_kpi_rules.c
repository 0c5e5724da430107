/*
 * test_kpi_rules.c: red/amber/green classification in both directions and
 * exactly on the thresholds, the order of thresholds, periods, and the
 * overdue rule of actions.
 */
#include "check.h"
#include "kpis/rules.h"
#include "core/action.h"
#include "core/caltime.h"

#include <string.h>

/* Higher is better: target 90, amber at or below 85, red at or below 80. */
static void test_higher_is_better(void)
{
	struct kpi_thresholds t = { KPI_HIGHER_IS_BETTER, 90, 85, 80 };
	CHECK_EQ_INT(kpi_classify(&t, 95), RAG_GREEN);
	CHECK_EQ_INT(kpi_classify(&t, 90), RAG_GREEN);        /* on the target */
	CHECK_EQ_INT(kpi_classify(&t, 85.0001), RAG_GREEN);
	CHECK_EQ_INT(kpi_classify(&t, 85), RAG_AMBER);        /* exactly on amber */
	CHECK_EQ_INT(kpi_classify(&t, 80.0001), RAG_AMBER);
	CHECK_EQ_INT(kpi_classify(&t, 80), RAG_RED);          /* exactly on red */
	CHECK_EQ_INT(kpi_classify(&t, -3), RAG_RED);
}

/* Lower is better: target 24 hours, amber at or above 36, red at or above 48. */
static void test_lower_is_better(void)
{
	struct kpi_thresholds t = { KPI_LOWER_IS_BETTER, 24, 36, 48 };
	CHECK_EQ_INT(kpi_classify(&t, 0), RAG_GREEN);
	CHECK_EQ_INT(kpi_classify(&t, 24), RAG_GREEN);
	CHECK_EQ_INT(kpi_classify(&t, 35.9999), RAG_GREEN);
	CHECK_EQ_INT(kpi_classify(&t, 36), RAG_AMBER);        /* exactly on amber */
	CHECK_EQ_INT(kpi_classify(&t, 47.9999), RAG_AMBER);
	CHECK_EQ_INT(kpi_classify(&t, 48), RAG_RED);          /* exactly on red */
	CHECK_EQ_INT(kpi_classify(&t, 1000), RAG_RED);
}

/* Amber and red on the same value: no amber band, the value is red. */
static void test_no_amber_band(void)
{
	struct kpi_thresholds up = { KPI_HIGHER_IS_BETTER, 10, 5, 5 };
	CHECK_EQ_INT(kpi_classify(&up, 5), RAG_RED);
	CHECK_EQ_INT(kpi_classify(&up, 5.5), RAG_GREEN);
	struct kpi_thresholds down = { KPI_LOWER_IS_BETTER, 1, 3, 3 };
	CHECK_EQ_INT(kpi_classify(&down, 3), RAG_RED);
	CHECK_EQ_INT(kpi_classify(&down, 2.9), RAG_GREEN);
}

/* Thresholds must sit on the worse side of the target, in order. */
static void test_threshold_order(void)
{
	struct kpi_thresholds ok_up = { KPI_HIGHER_IS_BETTER, 90, 85, 80 };
	struct kpi_thresholds ok_down = { KPI_LOWER_IS_BETTER, 24, 36, 48 };
	struct kpi_thresholds amber_on_target = { KPI_HIGHER_IS_BETTER, 90, 90, 80 };
	struct kpi_thresholds red_above_amber = { KPI_HIGHER_IS_BETTER, 90, 85, 86 };
	struct kpi_thresholds down_wrong_way = { KPI_LOWER_IS_BETTER, 24, 20, 48 };
	struct kpi_thresholds down_red_below = { KPI_LOWER_IS_BETTER, 24, 36, 30 };
	CHECK_NULL(kpi_thresholds_problem(&ok_up));
	CHECK_NULL(kpi_thresholds_problem(&ok_down));
	CHECK_CONTAINS(kpi_thresholds_problem(&amber_on_target), "amber threshold must be below the target");
	CHECK_CONTAINS(kpi_thresholds_problem(&red_above_amber), "red threshold must be at or below");
	CHECK_CONTAINS(kpi_thresholds_problem(&down_wrong_way), "amber threshold must be above the target");
	CHECK_CONTAINS(kpi_thresholds_problem(&down_red_below), "red threshold must be at or above");
}

/* Names and labels of colours. */
static void test_rag_names(void)
{
	CHECK_STR_EQ(kpi_rag_name(RAG_RED), "red");
	CHECK_STR_EQ(kpi_rag_label(RAG_AMBER), "Amber");
	CHECK_STR_EQ(kpi_rag_label_of("green"), "Green");
	CHECK_STR_EQ(kpi_rag_label_of("purple"), "");
	CHECK_EQ_INT(kpi_direction_from("lower"), KPI_LOWER_IS_BETTER);
	CHECK_EQ_INT(kpi_direction_from("higher"), KPI_HIGHER_IS_BETTER);
	CHECK_EQ_INT(kpi_frequency_from("weekly"), KPI_WEEKLY);
	CHECK_EQ_INT(kpi_frequency_from("quarterly"), KPI_QUARTERLY);
	CHECK_EQ_INT(kpi_frequency_from("monthly"), KPI_MONTHLY);
}

/* Typed periods become the first day of the period; nonsense is refused. */
static void test_periods(void)
{
	char out[11];
	CHECK(kpi_period_normalise(KPI_MONTHLY, "2026-11", out) && strcmp(out, "2026-11-01") == 0);
	CHECK(kpi_period_normalise(KPI_MONTHLY, "2026-11-23", out) && strcmp(out, "2026-11-01") == 0);
	CHECK(kpi_period_normalise(KPI_QUARTERLY, "2026-11-23", out) && strcmp(out, "2026-10-01") == 0);
	CHECK(kpi_period_normalise(KPI_QUARTERLY, "2026-03", out) && strcmp(out, "2026-01-01") == 0);
	/* 23 Nov 2026 is a Monday; 29 Nov a Sunday of the same week; 1 Jan 2026 a Thursday */
	CHECK(kpi_period_normalise(KPI_WEEKLY, "2026-11-23", out) && strcmp(out, "2026-11-23") == 0);
	CHECK(kpi_period_normalise(KPI_WEEKLY, "2026-11-29", out) && strcmp(out, "2026-11-23") == 0);
	CHECK(kpi_period_normalise(KPI_WEEKLY, "2026-01-01", out) && strcmp(out, "2025-12-29") == 0);
	CHECK(!kpi_period_normalise(KPI_MONTHLY, "2026-13", out));
	CHECK(!kpi_period_normalise(KPI_MONTHLY, "2026-02-30", out));
	CHECK(!kpi_period_normalise(KPI_MONTHLY, "Nov 2026", out));
	CHECK(!kpi_period_normalise(KPI_MONTHLY, "", out));
	CHECK(!kpi_period_normalise(KPI_MONTHLY, "2026-1-01", out));
	char label[40];
	CHECK_STR_EQ(kpi_period_label(KPI_MONTHLY, "2026-11-01", label, sizeof label), "Nov 2026");
	CHECK_STR_EQ(kpi_period_label(KPI_QUARTERLY, "2026-10-01", label, sizeof label), "Q4 2026");
	CHECK_STR_EQ(kpi_period_label(KPI_WEEKLY, "2026-11-23", label, sizeof label), "w/c 23 Nov 2026");
	kpi_period_next(KPI_MONTHLY, "2026-12-01", out);
	CHECK_STR_EQ(out, "2027-01-01");
	kpi_period_next(KPI_QUARTERLY, "2026-10-01", out);
	CHECK_STR_EQ(out, "2027-01-01");
	kpi_period_next(KPI_WEEKLY, "2026-12-28", out);
	CHECK_STR_EQ(out, "2027-01-04");
	date_add_days("2024-02-28", 1, out);
	CHECK_STR_EQ(out, "2024-02-29");
	date_add_days("2026-01-01", -1, out);
	CHECK_STR_EQ(out, "2025-12-31");
}

/* Overdue: open or in progress and due before today; the day it is due
 * is not overdue yet; closed and cancelled actions never are. */
static void test_overdue(void)
{
	CHECK(action_is_overdue("open", "2026-11-22", "2026-11-23"));
	CHECK(action_is_overdue("in_progress", "2026-11-22", "2026-11-23"));
	CHECK(action_is_overdue("open", "2025-12-31", "2026-01-01"));   /* across a year end */
	CHECK(!action_is_overdue("open", "2026-11-23", "2026-11-23"));
	CHECK(!action_is_overdue("in_progress", "2026-12-01", "2026-11-23"));
	CHECK(!action_is_overdue("closed", "2020-01-01", "2026-11-23"));
	CHECK(!action_is_overdue("cancelled", "2020-01-01", "2026-11-23"));
}

/* The periods a computed KPI still needs: complete ones only. */
static void test_periods_due(void)
{
	char out[20][11];
	size_t n = kpi_periods_due(KPI_MONTHLY, "2026-08-01", "2026-11-23", out, 20);
	CHECK_EQ_INT(n, 2);
	CHECK_STR_EQ(out[0], "2026-09-01");
	CHECK_STR_EQ(out[1], "2026-10-01");
	CHECK_EQ_INT(kpi_periods_due(KPI_MONTHLY, "2026-10-01", "2026-11-30", out, 20), 0);
	n = kpi_periods_due(KPI_MONTHLY, "", "2026-11-23", out, 20);
	CHECK_EQ_INT(n, 12);
	CHECK_STR_EQ(out[0], "2025-11-01");
	CHECK_STR_EQ(out[11], "2026-10-01");
	n = kpi_periods_due(KPI_WEEKLY, "2026-11-02", "2026-11-23", out, 20);   /* 23 Nov: a Monday */
	CHECK_EQ_INT(n, 2);
	CHECK_STR_EQ(out[1], "2026-11-16");
	n = kpi_periods_due(KPI_QUARTERLY, NULL, "2026-11-23", out, 3);
	CHECK_EQ_INT(n, 3);                    /* bounded by max */
	CHECK_STR_EQ(out[0], "2023-10-01");
}

int main(void)
{
	test_periods_due();
	test_higher_is_better();
	test_lower_is_better();
	test_no_amber_band();
	test_threshold_order();
	test_rag_names();
	test_periods();
	test_overdue();
	return check_summary("test_kpi_rules");
}

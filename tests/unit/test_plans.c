/*
 * test_plans.c: the rules of a service plan (cgi-bin/plans/logic.c) and
 * the SVG Gantt chart (cgi-bin/plans/gantt.c): the SMART warnings, progress
 * both ways, objective and milestone status, risk score and band, dates to
 * x positions, and the escaping of labels.
 */
#include "check.h"
#include "plans/logic.h"
#include "plans/gantt.h"

#include <string.h>

/* An objective without measure, baseline or target warns "no target";
 * without a deadline "no deadline"; a complete one does not warn. */
static void test_objective_warnings(void)
{
	struct objective_facts full = { 1, 1, 1, 1 };
	CHECK_EQ_INT(objective_warnings(&full), 0);
	struct objective_facts no_measure = { 0, 1, 1, 1 };
	CHECK_EQ_INT(objective_warnings(&no_measure), PLAN_WARN_NO_TARGET);
	struct objective_facts no_baseline = { 1, 0, 1, 1 };
	CHECK_EQ_INT(objective_warnings(&no_baseline), PLAN_WARN_NO_TARGET);
	struct objective_facts no_target = { 1, 1, 0, 1 };
	CHECK_EQ_INT(objective_warnings(&no_target), PLAN_WARN_NO_TARGET);
	struct objective_facts no_deadline = { 1, 1, 1, 0 };
	CHECK_EQ_INT(objective_warnings(&no_deadline), PLAN_WARN_NO_DEADLINE);
	struct objective_facts nothing = { 0, 0, 0, 0 };
	CHECK_EQ_INT(objective_warnings(&nothing), PLAN_WARN_NO_TARGET | PLAN_WARN_NO_DEADLINE);
}

/* A plan needs a general contingency or a risk with one. */
static void test_plan_warnings(void)
{
	CHECK_EQ_INT(plan_warnings("", 0), PLAN_WARN_NO_CONTINGENCY);
	CHECK_EQ_INT(plan_warnings(NULL, 0), PLAN_WARN_NO_CONTINGENCY);
	CHECK_EQ_INT(plan_warnings("Agency staff on call", 0), 0);
	CHECK_EQ_INT(plan_warnings("", 1), 0);
}

/* The stored codes and the sentences of the warnings. */
static void test_warning_codes(void)
{
	struct arena a = { 0 };
	CHECK_STR_EQ(warning_codes(&a, 0), "");
	CHECK_STR_EQ(warning_codes(&a, PLAN_WARN_NO_DEADLINE), "no_deadline");
	CHECK_STR_EQ(warning_codes(&a, PLAN_WARN_NO_TARGET | PLAN_WARN_NO_DEADLINE), "no_target,no_deadline");
	CHECK_STR_EQ(warning_codes(&a, PLAN_WARN_NO_TARGET | PLAN_WARN_NO_DEADLINE | PLAN_WARN_NO_CONTINGENCY),
	             "no_target,no_deadline,no_contingency");
	CHECK_CONTAINS(warning_message(PLAN_WARN_NO_TARGET), "no measurable target");
	CHECK_CONTAINS(warning_message(PLAN_WARN_NO_DEADLINE), "no deadline");
	CHECK_CONTAINS(warning_message(PLAN_WARN_NO_CONTINGENCY), "no contingency");
	arena_free(&a);
}

/* Progress rises from baseline to target, and works when less is better. */
static void test_progress(void)
{
	/* up: 70 -> 80 */
	CHECK_EQ_INT(objective_progress(1, 70, 1, 80, 1, 70), 0);
	CHECK_EQ_INT(objective_progress(1, 70, 1, 80, 1, 75), 50);
	CHECK_EQ_INT(objective_progress(1, 70, 1, 80, 1, 80), 100);
	CHECK_EQ_INT(objective_progress(1, 70, 1, 80, 1, 85), 100);   /* beyond: 100 */
	CHECK_EQ_INT(objective_progress(1, 70, 1, 80, 1, 65), 0);     /* wrong way: 0 */
	CHECK_EQ_INT(objective_progress(1, 70, 1, 80, 1, 72.5), 25);
	CHECK_EQ_INT(objective_progress(1, 70, 1, 80, 1, 72.99), 29); /* rounded down */
	/* down: 14 complaints -> 6 */
	CHECK_EQ_INT(objective_progress(1, 14, 1, 6, 1, 14), 0);
	CHECK_EQ_INT(objective_progress(1, 14, 1, 6, 1, 10), 50);
	CHECK_EQ_INT(objective_progress(1, 14, 1, 6, 1, 6), 100);
	CHECK_EQ_INT(objective_progress(1, 14, 1, 6, 1, 3), 100);
	CHECK_EQ_INT(objective_progress(1, 14, 1, 6, 1, 16), 0);
	/* negative values and decimals */
	CHECK_EQ_INT(objective_progress(1, -2, 1, 2, 1, 0), 50);
	/* hold: target equals baseline */
	CHECK_EQ_INT(objective_progress(1, 85, 1, 85, 1, 85), 100);
	CHECK_EQ_INT(objective_progress(1, 85, 1, 85, 1, 84), 0);
	/* missing values */
	CHECK_EQ_INT(objective_progress(0, 0, 1, 80, 1, 75), -1);
	CHECK_EQ_INT(objective_progress(1, 70, 0, 0, 1, 75), -1);
	CHECK_EQ_INT(objective_progress(1, 70, 1, 80, 0, 0), -1);
}

/* Status from progress and the time gone from the plan's start. */
static void test_objective_status(void)
{
	/* plan starts 1 Jan, deadline 11 Jan (10 days) */
	CHECK_EQ_INT(objective_status(-1, "2026-01-01", "2026-01-11", "2026-01-06"), PLAN_OBJECTIVE_NOT_MEASURED);
	CHECK_EQ_INT(objective_status(100, "2026-01-01", "2026-01-11", "2026-02-01"), PLAN_OBJECTIVE_ACHIEVED);
	CHECK_EQ_INT(objective_status(50, "2026-01-01", "2026-01-11", "2026-01-06"), PLAN_OBJECTIVE_ON_TRACK);
	CHECK_EQ_INT(objective_status(40, "2026-01-01", "2026-01-11", "2026-01-06"), PLAN_OBJECTIVE_ON_TRACK); /* within 10 */
	CHECK_EQ_INT(objective_status(39, "2026-01-01", "2026-01-11", "2026-01-06"), PLAN_OBJECTIVE_BEHIND);
	CHECK_EQ_INT(objective_status(0, "2026-01-01", "2026-01-11", "2026-01-01"), PLAN_OBJECTIVE_ON_TRACK);
	CHECK_EQ_INT(objective_status(99, "2026-01-01", "2026-01-11", "2026-01-11"), PLAN_OBJECTIVE_ON_TRACK); /* deadline day */
	CHECK_EQ_INT(objective_status(99, "2026-01-01", "2026-01-11", "2026-01-12"), PLAN_OBJECTIVE_MISSED);
	CHECK_EQ_INT(objective_status(10, "2026-01-01", "", "2026-06-01"), PLAN_OBJECTIVE_ON_TRACK);   /* no deadline */
	CHECK_STR_EQ(objective_status_label(PLAN_OBJECTIVE_BEHIND), "Behind");
	CHECK_STR_EQ(objective_status_class(PLAN_OBJECTIVE_ON_TRACK), "on-track");
}

/* Milestones: done, done late, overdue, due soon, in progress, not started. */
static void test_milestone_status(void)
{
	const char *today = "2026-11-23";
	CHECK_EQ_INT(milestone_status(NULL, "2026-11-20", "2026-11-19", today), PLAN_MILESTONE_DONE);
	CHECK_EQ_INT(milestone_status(NULL, "2026-11-20", "2026-11-20", today), PLAN_MILESTONE_DONE);
	CHECK_EQ_INT(milestone_status(NULL, "2026-11-20", "2026-11-21", today), PLAN_MILESTONE_DONE_LATE);
	CHECK_EQ_INT(milestone_status("", "2026-11-22", "", today), PLAN_MILESTONE_OVERDUE);
	CHECK_EQ_INT(milestone_status("2026-11-01", "2026-11-22", NULL, today), PLAN_MILESTONE_OVERDUE);
	CHECK_EQ_INT(milestone_status(NULL, "2026-11-23", NULL, today), PLAN_MILESTONE_DUE_SOON);   /* due today */
	CHECK_EQ_INT(milestone_status(NULL, "2026-11-29", NULL, today), PLAN_MILESTONE_DUE_SOON);   /* 6 days */
	CHECK_EQ_INT(milestone_status(NULL, "2026-11-30", NULL, today), PLAN_MILESTONE_IN_PROGRESS); /* 7 days */
	CHECK_EQ_INT(milestone_status("2026-11-01", "2026-12-30", NULL, today), PLAN_MILESTONE_IN_PROGRESS);
	CHECK_EQ_INT(milestone_status("2026-12-01", "2026-12-30", NULL, today), PLAN_MILESTONE_NOT_STARTED);
	CHECK_STR_EQ(milestone_status_label(PLAN_MILESTONE_OVERDUE), "Overdue");
	CHECK_STR_EQ(milestone_status_class(PLAN_MILESTONE_DONE_LATE), "done-late");
}

/* Score = likelihood x impact; bands at 4, 9, 14. */
static void test_risk(void)
{
	CHECK_EQ_INT(risk_score(1, 1), 1);
	CHECK_EQ_INT(risk_score(4, 3), 12);
	CHECK_EQ_INT(risk_score(5, 5), 25);
	CHECK_EQ_INT(risk_score(0, 3), 0);
	CHECK_EQ_INT(risk_score(6, 1), 0);
	CHECK_STR_EQ(risk_band(1), "low");
	CHECK_STR_EQ(risk_band(4), "low");
	CHECK_STR_EQ(risk_band(5), "medium");
	CHECK_STR_EQ(risk_band(9), "medium");
	CHECK_STR_EQ(risk_band(10), "high");
	CHECK_STR_EQ(risk_band(12), "high");
	CHECK_STR_EQ(risk_band(15), "severe");
	CHECK_STR_EQ(risk_band(25), "severe");
	CHECK_STR_EQ(risk_band(0), "");
	CHECK_STR_EQ(risk_band(26), "");
}

/* Dates to days and days to x positions. */
static void test_gantt_positions(void)
{
	long d;
	CHECK(gantt_day("1970-01-01", &d) && d == 0);
	CHECK(gantt_day("1970-01-02", &d) && d == 1);
	CHECK(gantt_day("2000-03-01", &d) && d == 11017);
	CHECK(gantt_day("2026-11-23", &d) && d == 20780);
	CHECK(!gantt_day("2026-02-30", &d));
	CHECK(!gantt_day("2026-1-5", &d));
	CHECK(!gantt_day(NULL, &d));
	long jan1, jan31;
	gantt_day("2026-01-01", &jan1);
	gantt_day("2026-01-31", &jan31);
	/* 31 days over 310 px from x0 = 100: 10 px a day */
	CHECK(gantt_x(jan1, jan1, jan31, 100, 310) == 100);
	CHECK(gantt_x(jan1 + 1, jan1, jan31, 100, 310) == 110);
	CHECK(gantt_x(jan31 + 1, jan1, jan31, 100, 310) == 410);       /* end of the last day */
	CHECK(gantt_x(jan1 - 5, jan1, jan31, 100, 310) == 100);        /* clamped */
	CHECK(gantt_x(jan31 + 40, jan1, jan31, 100, 310) == 410);      /* clamped */
}

/* The chart: one bar per ranged item, a diamond for a point, labels and
 * titles escaped, hostile class names reduced to safe characters. */
static void test_gantt_svg(void)
{
	struct gantt_item items[] = {
		{ "Recruit <script>alert(1)</script> & \"train\"", "2026-01-01", "2026-01-10", "gantt-bar--done" },
		{ "Go live", "", "2026-01-20", "gantt-bar--overdue\"><script>" },
		{ "Bad date", "2026-01-01", "2026-02-30", "x" },
	};
	struct buf b = { 0 };
	CHECK_EQ_INT(gantt_svg(&b, "Plan <1>", items, 3, "2026-01-01", "2026-01-31", "2026-01-15"), 0);
	buf_append(&b, "", 1);
	const char *svg = b.data;
	if (!CHECK_NOT_NULL(svg))
		return;
	CHECK(strncmp(svg, "<svg ", 5) == 0);
	CHECK_CONTAINS(svg, "<title id=\"gantt-title\">Plan &lt;1&gt;</title>");
	CHECK(strstr(svg, "<script") == NULL);
	CHECK_CONTAINS(svg, "Recruit &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;train&quot;");
	/* the label is cut at GANTT_LABEL_MAX bytes with an ellipsis */
	CHECK_CONTAINS(svg, "Recruit &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;tr\xe2\x80\xa6</text>");
	/* 31 days over 490 px from 220: 1 Jan at 220, bar 10 days wide */
	CHECK_CONTAINS(svg, "<rect class=\"gantt-bar gantt-bar--done\" x=\"220.0\"");
	CHECK_CONTAINS(svg, "width=\"158.1\"");
	CHECK_CONTAINS(svg, "<polygon class=\"gantt-point gantt-bar--overduescript\"");
	CHECK(strstr(svg, "Bad date") == NULL);
	CHECK_CONTAINS(svg, "class=\"gantt-today\"");
	CHECK_CONTAINS(svg, ">Jan 26</text>");
	CHECK(strstr(svg + strlen(svg) - 6, "</svg>") != NULL);
	buf_free(&b);

	struct buf e = { 0 };
	CHECK_EQ_INT(gantt_svg(&e, "x", items, 1, "2026-02-01", "2026-01-01", NULL), -1);
	CHECK_EQ_INT(html_escape_append(&e, "'a'<&>\""), 0);
	buf_append(&e, "", 1);
	CHECK_STR_EQ(e.data, "&#39;a&#39;&lt;&amp;&gt;&quot;");
	buf_free(&e);
}

int main(void)
{
	test_objective_warnings();
	test_plan_warnings();
	test_warning_codes();
	test_progress();
	test_objective_status();
	test_milestone_status();
	test_risk();
	test_gantt_positions();
	test_gantt_svg();
	return check_summary("test_plans");
}

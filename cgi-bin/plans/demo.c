/*
 * demo.c: the demo's service plans (see plans.h). Dates are
 * worked out from today by SQLite, so the demo always has a plan running
 * now (with today on its timeline, one overdue milestone and one done
 * late) and one that ended two months ago with its review.
 */
#include "plans.h"
#include "core/db.h"

/* Named values used below: W is the winter plan's id, S the summer's. */
#define NOW "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
#define W "(SELECT id FROM plans WHERE title = 'Winter peak service plan')"
#define S "(SELECT id FROM plans WHERE title = 'Summer service plan')"
#define WSTART "date('now', 'start of month', '-1 month')"
#define WEND "date('now', 'start of month', '+4 months', '-1 day')"
#define SSTART "date('now', 'start of month', '-8 months')"
#define SEND "date('now', 'start of month', '-2 months', '-1 day')"
#define USER(name) "(SELECT id FROM users WHERE username = '" name "')"
#define TEAM(name) "(SELECT id FROM teams WHERE name = '" name "')"
#define GOAL(plan, title) "(SELECT id FROM plan_goals WHERE plan_id = " plan " AND title = '" title "')"

static const char demo_plans_sql[] =
	/* ---- the current plan ---- */
	"INSERT INTO plans (title, team_id, owner_id, period_start, period_end, status, purpose, contingency, "
	"created_by, created_at, updated_at) VALUES ('Winter peak service plan', NULL, " USER("manager") ", "
	WSTART ", " WEND ", 'active', "
	"'Keep service steady through the winter peak, when calls about bills and heating rise by about a third, "
	"and cut the complaints that follow long waits. It serves the company''s goals of keeping customers and "
	"meeting the regulator''s complaint standards.', "
	"'If fewer than 70% of calls are answered within 20 seconds for two weeks running: move Email and Chat "
	"advisers to phones at peak hours, open the overtime pool, and put wait-time messages on the website and "
	"the phone menu. The manager decides at the Monday review.', "
	USER("manager") ", " NOW ", " NOW ");"

	"INSERT INTO plan_goals (plan_id, title, description, created_at, updated_at) VALUES "
	"(" W ", 'Keep customers with Riverside Energy', 'Fewer customers switch supplier after a poor contact.', " NOW ", " NOW "),"
	"(" W ", 'Resolve problems at the first contact', 'Repeat contact costs money and annoys customers.', " NOW ", " NOW "),"
	"(" W ", 'Meet the regulator''s complaint-handling standards', 'Complaints acknowledged and resolved on time.', " NOW ", " NOW ");"

	"INSERT INTO plan_objectives (plan_id, goal_id, statement, measure, baseline, target, current_value, owner_id, "
	"deadline, created_at, updated_at, kpi_id) VALUES "
	"(" W ", " GOAL(W, "Keep customers with Riverside Energy") ", 'Answer more calls within 20 seconds', "
	"'% of calls answered within 20 seconds', 72, 80, 76, " USER("staff1") ", " WEND ", " NOW ", " NOW ", "
	"(SELECT id FROM kpis WHERE name = 'Calls answered within 20 seconds')),"
	"(" W ", " GOAL(W, "Meet the regulator''s complaint-handling standards") ", 'Reduce complaints about waiting', "
	"'complaints a month about waiting times', 14, 6, 11, " USER("manager") ", date(" WSTART ", '+3 months'), " NOW ", " NOW ", NULL),"
	"(" W ", " GOAL(W, "Resolve problems at the first contact") ", 'Resolve more emails and chats in the first reply', "
	"'% of email and chat contacts resolved in the first reply', 64, 75, 65, " USER("staff5") ", " WEND ", " NOW ", " NOW ", NULL),"
	"(" W ", " GOAL(W, "Keep customers with Riverside Energy") ", 'Raise satisfaction after calls', "
	"'% of surveyed callers satisfied (CSAT)', 81, 86, NULL, " USER("staff1") ", " WEND ", " NOW ", " NOW ", NULL);"

	"INSERT INTO plan_milestones (plan_id, title, start_date, due_date, done_date, owner_id, notes, created_at, updated_at) VALUES "
	"(" W ", 'New bill-shock call script live', date(" WSTART ", '+7 days'), date(" WSTART ", '+30 days'), "
	"date(" WSTART ", '+28 days'), " USER("staff1") ", 'Script agreed with the billing team.', " NOW ", " NOW "),"
	"(" W ", 'Recruit and train three winter temps', date(" WSTART ", '+14 days'), date(" WSTART ", '+45 days'), "
	"date(" WSTART ", '+48 days'), " USER("manager") ", 'Third temp started three days late.', " NOW ", " NOW "),"
	"(" W ", 'Peak readiness check', NULL, date('now', '-3 days'), NULL, " USER("staff1") ", "
	"'Rota, scripts and overtime pool checked against the forecast.', " NOW ", " NOW "),"
	"(" W ", 'Chat open until 8pm on weekdays', date('now', '-10 days'), date('now', '+20 days'), NULL, "
	USER("staff5") ", '', " NOW ", " NOW "),"
	"(" W ", 'Mid-winter review with the Head of Customer Operations', NULL, date('now', '+35 days'), NULL, "
	USER("manager") ", '', " NOW ", " NOW "),"
	"(" W ", 'End-of-plan review', NULL, " WEND ", NULL, " USER("manager") ", '', " NOW ", " NOW ");"

	"INSERT INTO plan_resources (plan_id, kind, description, quantity, from_date, to_date, team_id, notes, created_at, updated_at) VALUES "
	"(" W ", 'staff_hours', 'Three winter temps, 30 hours a week each', 1080, date(" WSTART ", '+45 days'), " WEND ", "
	TEAM("Phones") ", '', " NOW ", " NOW "),"
	"(" W ", 'staff_hours', 'Overtime pool for peak Mondays', 160, date('now'), " WEND ", " TEAM("Email and Chat") ", "
	"'Volunteers only.', " NOW ", " NOW "),"
	"(" W ", 'equipment', 'Headsets and laptops for the temps', 3, NULL, NULL, NULL, '', " NOW ", " NOW "),"
	"(" W ", 'budget', 'Training on the new call script', 1200, NULL, NULL, NULL, 'Half a day for 24 advisers.', " NOW ", " NOW ");"

	"INSERT INTO plan_risks (plan_id, description, likelihood, impact, contingency, owner_id, created_at, updated_at) VALUES "
	"(" W ", 'Sickness during the cold and flu season', 4, 4, 'Overtime pool first; then move trained Email and Chat "
	"advisers to phones; agency cover agreed in advance at 48 hours notice.', " USER("manager") ", " NOW ", " NOW "),"
	"(" W ", 'A price-change announcement brings a spike in calls', 3, 5, 'FAQs and a phone-menu message the same day; "
	"callback option switched on; hours extended that week.', " USER("staff1") ", " NOW ", " NOW "),"
	"(" W ", 'Telephone system outage', 1, 5, 'Switch to the supplier''s standby platform; website banner within 15 "
	"minutes; email and chat take the overflow.', " USER("manager") ", " NOW ", " NOW "),"
	"(" W ", 'Temps leave before the peak', 2, 3, 'Keep a reserve list from the recruitment; pair each temp with a "
	"senior adviser.', " USER("staff5") ", " NOW ", " NOW ");"

	"INSERT INTO plan_stakeholders (plan_id, name, interest, channel, frequency, created_at, updated_at) VALUES "
	"(" W ", 'Head of Customer Operations', 'Service levels, complaints and cost', 'report', 'monthly', " NOW ", " NOW "),"
	"(" W ", 'Advisers in all three teams', 'Changes to shifts, scripts and targets', 'briefing', 'weekly', " NOW ", " NOW "),"
	"(" W ", 'Billing team', 'What bills make customers call', 'email', 'fortnightly', " NOW ", " NOW "),"
	"(" W ", 'Complaints and regulation lead', 'Complaint-handling standards', 'meeting', 'milestones', " NOW ", " NOW ");"

	/* ---- the past plan and its review ---- */
	"INSERT INTO plans (title, team_id, owner_id, period_start, period_end, status, purpose, contingency, "
	"created_by, created_at, updated_at) VALUES ('Summer service plan', " TEAM("Email and Chat") ", " USER("manager") ", "
	SSTART ", " SEND ", 'closed', 'Answer emails faster and open live chat, so fewer customers phone to chase.', "
	"'If the email queue passes two days: Phones advisers clear it in quiet afternoons.', "
	USER("manager") ", " NOW ", " NOW ");"
	"INSERT INTO plan_goals (plan_id, title, description, created_at, updated_at) VALUES "
	"(" S ", 'Resolve problems at the first contact', '', " NOW ", " NOW ");"
	"INSERT INTO plan_objectives (plan_id, goal_id, statement, measure, baseline, target, current_value, owner_id, "
	"deadline, created_at, updated_at) VALUES "
	"(" S ", " GOAL(S, "Resolve problems at the first contact") ", 'Answer emails faster', "
	"'average hours to first reply', 26, 12, 14.5, " USER("staff5") ", " SEND ", " NOW ", " NOW "),"
	"(" S ", " GOAL(S, "Resolve problems at the first contact") ", 'Open live chat to customers', "
	"'% of contacts by chat', 0, 15, 17, " USER("staff4") ", " SEND ", " NOW ", " NOW ");"
	"INSERT INTO plan_milestones (plan_id, title, start_date, due_date, done_date, owner_id, notes, created_at, updated_at) VALUES "
	"(" S ", 'Chat software set up and tested', " SSTART ", date(" SSTART ", '+30 days'), date(" SSTART ", '+27 days'), "
	USER("staff4") ", '', " NOW ", " NOW "),"
	"(" S ", 'Chat open to customers', NULL, date(" SSTART ", '+45 days'), date(" SSTART ", '+45 days'), "
	USER("manager") ", '', " NOW ", " NOW "),"
	"(" S ", 'Email templates rewritten', date(" SSTART ", '+20 days'), date(" SSTART ", '+90 days'), date(" SSTART ", '+101 days'), "
	USER("staff5") ", 'Needed a second round with the legal team.', " NOW ", " NOW ");"
	"INSERT INTO plan_resources (plan_id, kind, description, quantity, from_date, to_date, team_id, notes, created_at, updated_at) VALUES "
	"(" S ", 'budget', 'Chat software licences', 2400, NULL, NULL, NULL, '', " NOW ", " NOW "),"
	"(" S ", 'staff_hours', 'Chat cover while the email queue is cleared', 300, " SSTART ", " SEND ", " TEAM("Email and Chat") ", '', " NOW ", " NOW ");"
	"INSERT INTO plan_risks (plan_id, description, likelihood, impact, contingency, owner_id, created_at, updated_at) VALUES "
	"(" S ", 'Chat draws contacts away from email slower than hoped', 3, 2, 'Promote chat on the website and in email "
	"auto-replies.', " USER("staff4") ", " NOW ", " NOW ");"
	"INSERT INTO plan_stakeholders (plan_id, name, interest, channel, frequency, created_at, updated_at) VALUES "
	"(" S ", 'Head of Customer Operations', 'Response times and cost of chat', 'report', 'monthly', " NOW ", " NOW ");"
	"INSERT INTO plan_reviews (plan_id, achieved, against_target, changes_next, reviewed_by, reviewed_at) VALUES "
	"(" S ", 'Live chat opened on time and now takes 17% of contacts. Average time to first email reply fell from "
	"26 hours to 14.5 hours.', 'Chat beat its target (17% against 15%). Email reply time reached 14.5 hours against a "
	"target of 12: 82% of the way. The template rewrite finished 11 days late, which held back the last part of the "
	"improvement.', 'Agree template changes with the legal team before the plan starts. Carry the 12-hour email target "
	"into the winter plan and measure chat satisfaction as well as volume.', " USER("manager") ", " NOW ");";

/* See plans.h. */
int plans_demo_write(void)
{
	return db_exec(db_get(), demo_plans_sql);
}

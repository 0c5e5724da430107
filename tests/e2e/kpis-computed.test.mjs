// kpis-computed.test.mjs: KPIs computed from Frontline's own data. A CSAT
// and an NPS KPI computed from feedback responses typed into the database
// for two known months must record exactly the hand-worked figures, and
// nothing for months without responses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, sql } from '../lib/stack.mjs';
import { signedIn, csrfIn, q } from '../lib/e2e-helpers.mjs';

let stack, manager;
before(async () => {
  stack = await startStack();
  manager = await signedIn(stack.base, 'manager');
});
after(() => stack?.stop());

const one = (s) => sql(stack.db, s);

// The first day of the month `back` months ago (UTC calendar), YYYY-MM-01.
function monthStart(back) {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - back);
  return d.toISOString().slice(0, 7) + '-01';
}

// Replaces every feedback response (and the daily totals the triggers keep)
// with the given [day, csat, nps] rows,
// each submitted at noon UTC (well inside its Europe/London day).
function setResponses(rows) {
  const values = rows.map(([day, csat, nps]) =>
    `(1, (SELECT max(version) FROM feedback_form_versions WHERE form_id = 1), ${q(day + 'T12:00:00Z')}, ${q(day)}, 'phone', ${csat}, ${nps})`);
  one('DELETE FROM feedback_servqual_answers; DELETE FROM feedback_tags; DELETE FROM feedback_responses;' +
      'DELETE FROM feedback_daily; DELETE FROM feedback_daily_total;' +
      `INSERT INTO feedback_responses (form_id, form_version, submitted_at, day, touchpoint, csat, nps) VALUES ${values.join(', ')}`);
}

// Creates a computed monthly KPI through the form; returns its id.
async function createComputed(name, source, unit) {
  const token = csrfIn((await manager.get('/kpis/new')).text);
  const r = await manager.post('/kpis', {
    csrf_token: token, name, description: '', unit, direction: 'higher', target: '50', amber_at: '30',
    red_at: '0', frequency: 'monthly', source, owner: '0',
  });
  assert.equal(r.status, 303, `creating ${name}`);
  return Number(one(`SELECT id FROM kpis WHERE name = ${q(name)}`));
}

test('CSAT and NPS KPIs computed from feedback record the hand-worked figures per month', async () => {
  const older = monthStart(2), newer = monthStart(1);
  setResponses([
    // two months ago: CSAT 5,4,2,1 -> 2 of 4 satisfied = 50%;
    // NPS 10,9,7,0 -> 2 promoters, 1 detractor of 4 = +25
    [older.slice(0, 8) + '10', 5, 10], [older.slice(0, 8) + '11', 4, 9],
    [older.slice(0, 8) + '12', 2, 7], [older.slice(0, 8) + '13', 1, 0],
    // last month: CSAT 5 and 3 -> 50%... and one unanswered CSAT;
    // NPS 6, 6, 10 -> 1 promoter, 2 detractors of 3 = -33.33
    [newer.slice(0, 8) + '02', 5, 6], [newer.slice(0, 8) + '03', 3, 6], [newer.slice(0, 8) + '04', 'NULL', 10],
  ]);
  const csat = await createComputed('CSAT from feedback', 'feedback_csat', '%');
  const nps = await createComputed('NPS from feedback', 'feedback_nps', '');
  for (const id of [csat, nps]) {
    const token = csrfIn((await manager.get(`/kpis/${id}`)).text);
    const r = await manager.post(`/kpis/${id}/compute`, { csrf_token: token });
    assert.equal(r.status, 303);
    assert.equal(r.headers.get('location'), `/kpis/${id}?done=computed`);
  }
  const results = (id) => one(`SELECT group_concat(period || '=' || round(value, 2), ' ') FROM
    (SELECT period, value FROM kpi_results WHERE kpi_id = ${id} ORDER BY period)`);
  assert.equal(results(csat), `${older}=50.0 ${newer}=50.0`);
  assert.equal(results(nps), `${older}=25.0 ${newer}=-33.33`);
  assert.equal(one(`SELECT count(*) FROM kpi_results WHERE kpi_id = ${nps} AND rag = 'red'`), '1', 'NPS -33 is red, +25 is amber');
  assert.equal(one(`SELECT group_concat(rag, ' ') FROM (SELECT rag FROM kpi_results WHERE kpi_id = ${nps} ORDER BY period)`), 'amber red');
  // Computing again adds nothing: every complete period has its result.
  const token = csrfIn((await manager.get(`/kpis/${csat}`)).text);
  const again = await manager.post(`/kpis/${csat}/compute`, { csrf_token: token });
  assert.equal(again.headers.get('location'), `/kpis/${csat}?done=nothing`);
  assert.equal(one(`SELECT count(*) FROM kpi_results WHERE kpi_id = ${csat}`), '2');
});

// The Monday (YYYY-MM-DD) of the ISO week `back` weeks before this one.
function mondayWeeksAgo(back) {
  const d = new Date();
  d.setUTCHours(12, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) - 7 * back);
  return d.toISOString().slice(0, 10);
}

// The UTC ISO time of a Europe/London wall-clock time on a date.
function londonToUtc(date, hhmm) {
  const noon = new Date(`${date}T12:00:00Z`);
  const londonNoon = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', hourCycle: 'h23' }).format(noon));
  const t = new Date(`${date}T${hhmm}:00Z`);
  t.setUTCHours(t.getUTCHours() - (londonNoon - 12));
  return t.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

test('a weekly rota-cover KPI records the share of required cover the shifts met', async () => {
  const monday = mondayWeeksAgo(2);
  const staff1 = one("SELECT id FROM users WHERE username = 'staff1'");
  // Only one requirement: 2 people on phones 09:00-10:00 on Mondays, i.e.
  // 2 people x 2 half-hour slots = 4 slot-units a week. One person on
  // phones 09:00-17:00 that Monday meets 2 of them: 50%.
  one('DELETE FROM rota_cover; DELETE FROM shifts;' +
      "INSERT INTO rota_cover (weekday, start_min, end_min, role, needed) VALUES (1, 540, 600, 'phones', 2);" +
      `INSERT INTO shifts (user_id, local_date, start_utc, end_utc, start_local, end_local, break_minutes, role, created_at, updated_at)
       VALUES (${staff1}, ${q(monday)}, ${q(londonToUtc(monday, '09:00'))}, ${q(londonToUtc(monday, '17:00'))}, '09:00', '17:00', 30, 'phones', 'x', 'x')`);
  const token = csrfIn((await manager.get('/kpis/new')).text);
  let r = await manager.post('/kpis', {
    csrf_token: token, name: 'Cover met', description: '', unit: '%', direction: 'higher', target: '95',
    amber_at: '90', red_at: '80', frequency: 'weekly', source: 'rota_cover', owner: '0',
  });
  assert.equal(r.status, 303);
  const id = Number(one("SELECT id FROM kpis WHERE name = 'Cover met'"));
  r = await manager.post(`/kpis/${id}/compute`, { csrf_token: csrfIn((await manager.get(`/kpis/${id}`)).text) });
  assert.equal(r.headers.get('location'), `/kpis/${id}?done=computed`);
  // Weeks with no shifts at all have no rota, so no result.
  assert.equal(one(`SELECT group_concat(period || '=' || round(value, 1) || ' ' || rag) FROM kpi_results WHERE kpi_id = ${id}`),
    `${monday}=50.0 red`);
});

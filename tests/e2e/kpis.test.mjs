// kpis.test.mjs: KPI definitions, results, the dashboard, the red-result
// rule (a red result needs an action or a written justification), CSV
// import, and the refusals: staff cannot change KPIs, bad numbers and
// dates are named by field, bad CSV rows by row, nothing half-imported.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, sql } from '../lib/stack.mjs';
import { signedIn, csrfIn, fieldError, inputValue, decodeHtml, q } from '../lib/e2e-helpers.mjs';

let stack;
let manager;
let staff;
before(async () => {
  stack = await startStack();
  manager = await signedIn(stack.base, 'manager');
  staff = await signedIn(stack.base, 'staff2');
});
after(() => stack?.stop());

const one = (s) => sql(stack.db, s);
const kpiId = (name) => Number(one(`SELECT id FROM kpis WHERE name = ${q(name)}`));
const resultCount = () => Number(one('SELECT count(*) FROM kpi_results'));
const attention = (resultId) => one(`SELECT state FROM kpi_attention WHERE result_id = ${resultId}`);

// The first day of the month `back` months ago, and its YYYY-MM.
function month(back) {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - back);
  return d.toISOString().slice(0, 7);
}

// POSTs a form as the manager (or another client) with the CSRF token.
async function post(client, path, fields) {
  const token = csrfIn((await client.get('/kpis')).text);
  return client.post(path, { csrf_token: token, ...fields });
}

// Creates a KPI through the form; returns its id.
async function createKpi(fields) {
  const r = await post(manager, '/kpis', {
    description: '', unit: '%', direction: 'higher', target: '90', amber_at: '85', red_at: '80',
    frequency: 'monthly', source: 'manual', owner: '0', ...fields,
  });
  assert.equal(r.status, 303, `creating ${fields.name}: ${fieldError(r.text, 'name') ?? ''}`);
  const id = kpiId(fields.name);
  assert.equal(r.headers.get('location'), `/kpis/${id}?done=created`);
  return id;
}

// Records a result; returns the response.
const record = (id, period, value, note = '') => post(manager, `/kpis/${id}/results`, { period, value, note });

// The latest result of a KPI as stored: "period|value|rag".
const latest = (id) => one(`SELECT period || '|' || value || '|' || rag FROM kpi_results WHERE kpi_id = ${id} ORDER BY period DESC LIMIT 1`);

// The dashboard card of a KPI (its <li>).
function card(html, id) {
  const start = html.indexOf(`<a href="/kpis/${id}">`);
  assert.ok(start > 0, `the dashboard shows KPI ${id}`);
  return html.slice(html.lastIndexOf('<li class="kpi-card">', start), html.indexOf('</li>', start));
}

test('the demo dashboard shows every KPI in red, amber or green, worst first, with trend, figures and target line', async () => {
  const r = await manager.get('/kpis');
  assert.equal(r.status, 200);
  const cards = [...r.text.matchAll(/<li class="kpi-card">[\s\S]*?<\/li>/g)].map((m) => m[0]);
  assert.equal(cards.length, 6);
  const colours = cards.map((c) => c.match(/class="rag rag--(\w+)">/)[1]);
  assert.deepEqual(colours, [...colours].sort((a, b) => ['red', 'amber', 'green'].indexOf(a) - ['red', 'amber', 'green'].indexOf(b)), 'worst first');
  const fcr = card(r.text, kpiId('First contact resolution'));
  assert.match(fcr, /<span class="kpi-card__value">63%<\/span> <strong class="rag rag--red">Red<\/strong>/);
  assert.match(fcr, /1 red result\(s\) need attention/);
  assert.match(fcr, /<svg class="chart chart--compact"[^>]*role="img" aria-label="Trend of First contact resolution over the last 12 results, with the target line">/);
  assert.match(fcr, /<line class="chart-target"/);
  assert.equal((fcr.match(/<tr><th scope="row">/g) ?? []).length, 12, 'a data table of the twelve results');
  assert.match(fcr, /<tr><th scope="row">[A-Z][a-z]{2} \d{4}<td>63%<td>Red<tr>/);
  assert.match(r.text, /Red results needing attention \(1\)/);
  const nps = card(r.text, kpiId('Net Promoter Score'));
  assert.match(nps, /rag--amber">Amber/);
  assert.match(r.text, /href="\/kpis\/new">Add a KPI/);
  // Staff see the same dashboard without the manager's controls.
  const s = await staff.get('/kpis');
  assert.equal(s.status, 200);
  assert.match(s.text, /First contact resolution/);
  assert.doesNotMatch(s.text, /Add a KPI|Import results/);
});

test('results are coloured against the thresholds, exactly on them too, in both directions', async () => {
  const up = await createKpi({ name: 'Quality score', unit: '%', target: '90', amber_at: '85', red_at: '80' });
  const cases = [[month(6), '90', 'green'], [month(5), '85.0001', 'green'], [month(4), '85', 'amber'], [month(3), '80.0001', 'amber']];
  for (const [period, value, rag] of cases) {
    const r = await record(up, period, value);
    assert.equal(r.status, 303);
    assert.equal(r.headers.get('location'), `/kpis/${up}?done=recorded`);
    assert.equal(latest(up), `${period}-01|${Number(value)}|${rag}`.replace(/\|(\d+)\|/, '|$1.0|'), `${value} is ${rag}`);
  }
  const red = await record(up, month(2), '80');
  assert.equal(red.status, 303);
  const rid = Number(one(`SELECT id FROM kpi_results WHERE kpi_id = ${up} AND period = '${month(2)}-01'`));
  assert.equal(red.headers.get('location'), `/kpis/results/${rid}?done=red`, 'a red result goes to its own page');
  assert.equal(one(`SELECT rag FROM kpi_results WHERE id = ${rid}`), 'red');
  assert.equal(attention(rid), 'open');

  const down = await createKpi({ name: 'Hours to reply', unit: 'hours', direction: 'lower', target: '24', amber_at: '36', red_at: '48' });
  for (const [period, value, rag] of [[month(4), '35.9999', 'green'], [month(3), '36', 'amber'], [month(2), '48', 'red'], [month(1), '24', 'green']]) {
    assert.equal((await record(down, period, value)).status, 303);
    assert.equal(one(`SELECT rag FROM kpi_results WHERE kpi_id = ${down} AND period = '${period}-01'`), rag, `${value} hours is ${rag}`);
  }
  const page = await manager.get(`/kpis/${down}`);
  assert.match(page.text, /Green below 36 hours; amber at or above 36 hours; red at or above 48 hours\./);
  assert.match(page.text, /<text class="chart-target-label"[^>]*>Target 24<\/text>/);
  const dash = await manager.get('/kpis');
  assert.match(card(dash.text, down), /24 hours<\/span> <strong class="rag rag--green">Green/);
});

test('weekly and quarterly periods are stored as their first day and labelled for people', async () => {
  const weekly = await createKpi({ name: 'Weekly callbacks', frequency: 'weekly', target: '90', amber_at: '85', red_at: '80' });
  const d = new Date(Date.now() - 10 * 86400000);
  const typed = d.toISOString().slice(0, 10);
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86400000).toISOString().slice(0, 10);
  assert.equal((await record(weekly, typed, '91')).status, 303);
  assert.equal(one(`SELECT period FROM kpi_results WHERE kpi_id = ${weekly}`), monday);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const m = new Date(`${monday}T12:00:00Z`);
  assert.match((await manager.get(`/kpis/${weekly}`)).text, new RegExp(`w/c ${m.getUTCDate()} ${months[m.getUTCMonth()]} ${m.getUTCFullYear()}`));
  // The same week again, typed as another day of it, is the same period.
  const again = await record(weekly, monday, '92');
  assert.equal(again.status, 400);
  assert.equal(fieldError(again.text, 'period'), 'A result for that period is already recorded.');
  const quarterly = await createKpi({ name: 'Quarterly audit score', frequency: 'quarterly', target: '90', amber_at: '85', red_at: '80' });
  assert.equal((await record(quarterly, '2025-08-15', '88')).status, 303);
  assert.equal(one(`SELECT period FROM kpi_results WHERE kpi_id = ${quarterly}`), '2025-07-01');
  assert.match((await manager.get(`/kpis/${quarterly}`)).text, /Q3 2025/);
});

test('a red result cannot be cleared without an action or a written justification', async () => {
  const id = await createKpi({ name: 'Callbacks kept', target: '95', amber_at: '90', red_at: '85' });
  await record(id, month(2), '96');
  await record(id, month(1), '70');
  const green = Number(one(`SELECT id FROM kpi_results WHERE kpi_id = ${id} AND rag = 'green'`));
  const red = Number(one(`SELECT id FROM kpi_results WHERE kpi_id = ${id} AND rag = 'red'`));
  let dash = await manager.get('/kpis');
  assert.match(dash.text, new RegExp(`<a href="/kpis/results/${red}">Callbacks kept, `), 'listed as needing attention');
  const page = await manager.get(`/kpis/results/${red}`);
  assert.match(page.text, /This red result needs attention/);
  assert.equal(inputValue(page.text, 'title'), 'Bring Callbacks kept back to target');

  // An empty or too short justification is refused by its field; nothing changes.
  for (const text of ['', 'It was fine really']) {
    const r = await post(manager, `/kpis/results/${red}/justify`, { justification: text });
    assert.equal(r.status, 400);
    assert.match(fieldError(r.text, 'justification'), text ? /at least 20 characters/ : /Justification is required/);
    assert.equal(attention(red), 'open');
  }
  // A result that is not red has nothing to justify.
  const g = await post(manager, `/kpis/results/${green}/justify`, { justification: 'Nothing to see here, all fine.' });
  assert.equal(g.status, 409);
  assert.equal(one(`SELECT count(*) FROM kpi_attention WHERE result_id = ${green}`), '0');

  const why = 'The phone system failed for two days; the supplier has fixed it and paid a credit.';
  const ok = await post(manager, `/kpis/results/${red}/justify`, { justification: why });
  assert.equal(ok.status, 303);
  assert.equal(ok.headers.get('location'), `/kpis/results/${red}?done=justified`);
  assert.equal(one(`SELECT state || '|' || justification FROM kpi_attention WHERE result_id = ${red}`), `justified|${why}`);
  const shown = await manager.get(`/kpis/results/${red}`);
  assert.match(decodeHtml(shown.text), new RegExp(why.replace(/[.;]/g, '.')));
  assert.doesNotMatch(shown.text, /This red result needs attention/);
  dash = await manager.get('/kpis');
  assert.doesNotMatch(dash.text, new RegExp(`href="/kpis/results/${red}"`));
  // Once answered, it cannot be justified again.
  assert.equal((await post(manager, `/kpis/results/${red}/justify`, { justification: why })).status, 409);
  assert.equal(one(`SELECT count(*) FROM audit WHERE action = 'kpi.result.justify' AND target_id = ${red}`), '1');
});

test('raising an action from a red result clears it and links both ways', async () => {
  const id = await createKpi({ name: 'Abandoned calls', unit: '%', direction: 'lower', target: '5', amber_at: '8', red_at: '10' });
  await record(id, month(1), '12.5');
  const red = Number(one(`SELECT id FROM kpi_results WHERE kpi_id = ${id}`));
  const staff1 = one("SELECT id FROM users WHERE username = 'staff1'");
  // Refusals first: past due date, nobody as owner.
  const bad = await post(manager, `/kpis/results/${red}/action`, { title: 'Cut abandoned calls', problem: 'Too many', owner: '', due_date: '2020-01-01' });
  assert.equal(bad.status, 400);
  assert.equal(fieldError(bad.text, 'owner'), 'Owner is required.');
  assert.equal(fieldError(bad.text, 'due_date'), 'Due date must be today or later.');
  assert.equal(inputValue(bad.text, 'title'), 'Cut abandoned calls');
  assert.equal(attention(red), 'open');
  const r = await post(manager, `/kpis/results/${red}/action`, { title: 'Cut abandoned calls', problem: '12.5% abandoned', owner: staff1, due_date: '2099-01-31' });
  assert.equal(r.status, 303);
  const action = Number(one(`SELECT id FROM actions WHERE source_type = 'kpi_result' AND source_id = ${red}`));
  assert.equal(r.headers.get('location'), `/actions/${action}?done=raised`);
  assert.equal(one(`SELECT state || ':' || action_id FROM kpi_attention WHERE result_id = ${red}`), `action:${action}`);
  assert.equal(one(`SELECT kind || '|' || status || '|' || owner_id FROM actions WHERE id = ${action}`), `corrective|open|${staff1}`);
  const detail = await manager.get(`/actions/${action}`);
  assert.match(decodeHtml(detail.text), new RegExp(`<a href="/kpis/results/${red}">KPI result: Abandoned calls, [A-Z][a-z]{2} \\d{4}: 12.5%</a>`));
  const result = await manager.get(`/kpis/results/${red}`);
  assert.match(result.text, new RegExp(`<a href="/actions/${action}">Cut abandoned calls</a>`));
  const kpi = await manager.get(`/kpis/${id}`);
  assert.match(kpi.text, /1 action\(s\)/);
  // Cancelling that action puts the red result back on the dashboard.
  const token = csrfIn((await manager.get(`/actions/${action}/edit`)).text);
  const cancel = await manager.post(`/actions/${action}`, {
    csrf_token: token, title: 'Cut abandoned calls', kind: 'corrective', problem: '12.5% abandoned',
    owner: staff1, due_date: '2099-01-31', status: 'cancelled',
  });
  assert.equal(cancel.status, 303);
  assert.equal(attention(red), 'open');
  assert.match((await manager.get('/kpis')).text, new RegExp(`href="/kpis/results/${red}"`));
});

test('staff cannot create, edit or record KPIs, nor answer red results (403, nothing written)', async () => {
  const id = kpiId('Customer satisfaction (CSAT)');
  const red = Number(one("SELECT a.result_id FROM kpi_attention a JOIN kpis k ON k.id = a.kpi_id WHERE k.name = 'First contact resolution'"));
  for (const path of ['/kpis/new', `/kpis/${id}/edit`, '/kpis/import']) {
    assert.equal((await staff.get(path)).status, 403, `GET ${path}`);
  }
  const before = one('SELECT (SELECT count(*) FROM kpis) || (SELECT group_concat(name || target) FROM kpis) || (SELECT count(*) FROM kpi_results) || (SELECT count(*) FROM actions) || (SELECT group_concat(state) FROM kpi_attention)');
  const attempts = [
    ['/kpis', { name: 'Staff KPI', direction: 'higher', target: '1', amber_at: '0', red_at: '0', frequency: 'monthly', source: 'manual' }],
    [`/kpis/${id}`, { name: 'Renamed', direction: 'higher', target: '1', amber_at: '0', red_at: '0', frequency: 'monthly', source: 'manual' }],
    [`/kpis/${id}/results`, { period: month(0), value: '100' }],
    [`/kpis/results/${red}/justify`, { justification: 'Staff think this is fine, honestly.' }],
    [`/kpis/results/${red}/action`, { title: 'x', problem: 'y', owner: '2', due_date: '2099-01-01' }],
    ['/kpis/import', { csv: `kpi,period,value\nCustomer satisfaction (CSAT),${month(0)},1` }],
    [`/kpis/${id}/compute`, {}],
  ];
  for (const [path, fields] of attempts) {
    const r = await post(staff, path, fields);
    assert.equal(r.status, 403, `POST ${path}`);
  }
  const after = one('SELECT (SELECT count(*) FROM kpis) || (SELECT group_concat(name || target) FROM kpis) || (SELECT count(*) FROM kpi_results) || (SELECT count(*) FROM actions) || (SELECT group_concat(state) FROM kpi_attention)');
  assert.equal(after, before);
  // The staff member can still read a KPI and a result.
  assert.equal((await staff.get(`/kpis/${id}`)).status, 200);
  const rp = await staff.get(`/kpis/results/${red}`);
  assert.equal(rp.status, 200);
  assert.doesNotMatch(rp.text, /Raise the action|Record the justification/);
});

test('bad numbers and thresholds in the wrong order are refused by field, keeping what was typed', async () => {
  const count = one('SELECT count(*) FROM kpis');
  let r = await post(manager, '/kpis', { name: 'Bad numbers', unit: '%', direction: 'higher', target: 'ninety', amber_at: '85,5', red_at: '1e3', frequency: 'monthly', source: 'manual', owner: '0' });
  assert.equal(r.status, 400);
  assert.match(fieldError(r.text, 'target'), /^Target must be a number like 12 or 12.5/);
  assert.match(fieldError(r.text, 'amber_at'), /^Amber threshold must be a number/);
  assert.match(fieldError(r.text, 'red_at'), /^Red threshold must be a number/);
  assert.equal(inputValue(r.text, 'target'), 'ninety');
  assert.equal(inputValue(r.text, 'name'), 'Bad numbers');
  assert.match(r.text, /<a href="#target">/, 'the error summary links to the field');
  r = await post(manager, '/kpis', { name: 'Wrong order', direction: 'higher', target: '90', amber_at: '95', red_at: '80', frequency: 'monthly', source: 'manual', owner: '0' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'amber_at'), 'When higher is better, the amber threshold must be below the target.');
  assert.match(r.text, /id="direction" name="direction" type="radio" value="higher" checked/);
  r = await post(manager, '/kpis', { name: 'Wrong order', direction: 'lower', target: '24', amber_at: '36', red_at: '30', frequency: 'weekly', source: 'manual', owner: '0' });
  assert.equal(fieldError(r.text, 'red_at'), 'When lower is better, the red threshold must be at or above the amber threshold.');
  assert.match(r.text, /<option value="weekly" selected>/);
  r = await post(manager, '/kpis', { name: 'customer satisfaction (csat)', direction: 'higher', target: '90', amber_at: '85', red_at: '80', frequency: 'daily', source: 'astrology', owner: '999999' });
  assert.equal(fieldError(r.text, 'name'), 'Another KPI already has that name.');
  assert.equal(fieldError(r.text, 'frequency'), 'Frequency must be one of the options offered.');
  assert.equal(fieldError(r.text, 'source'), 'Source of results must be one of the options offered.');
  assert.equal(fieldError(r.text, 'owner'), 'Owner must be one of the people listed.');
  assert.equal(one('SELECT count(*) FROM kpis'), count);
});

test('bad values and periods of a result are refused by field; nothing is recorded', async () => {
  const id = kpiId('Rota cover against demand');
  const before = resultCount();
  const cases = [
    [{ period: month(0), value: '12,5' }, 'value', /^Value must be a number like 12 or 12.5/],
    [{ period: month(0), value: '' }, 'value', /^Value is required\.$/],
    [{ period: '2026-13', value: '90' }, 'period', /^Period must be a real date written YYYY-MM-DD, or a month written YYYY-MM\.$/],
    [{ period: '31/10/2026', value: '90' }, 'period', /^Period must be a real date/],
    [{ period: '2099-01', value: '90' }, 'period', /^Period must not be in the future\.$/],
    [{ period: month(1), value: '90' }, 'period', /^A result for that period is already recorded\.$/],
  ];
  for (const [fields, name, message] of cases) {
    const r = await record(id, fields.period, fields.value);
    assert.equal(r.status, 400, JSON.stringify(fields));
    assert.match(fieldError(r.text, name) ?? '', message, JSON.stringify(fields));
    assert.equal(inputValue(r.text, 'period'), fields.period);
  }
  // Both wrong at once: both named.
  const both = await record(id, '2099-01', 'lots');
  assert.equal(both.status, 400);
  assert.match(fieldError(both.text, 'period'), /must not be in the future/);
  assert.match(fieldError(both.text, 'value'), /must be a number/);
  assert.equal(resultCount(), before);
});

// A multipart body with one file part and the CSRF token.
function multipart(token, csv) {
  const b = 'frontline-test-boundary';
  const body = `--${b}\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\n${token}\r\n` +
    `--${b}\r\nContent-Disposition: form-data; name="file"; filename="results.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${b}--\r\n`;
  return [body, `multipart/form-data; boundary=${b}`];
}

test('a CSV with bad rows is refused row by row and nothing is imported', async () => {
  const id = await createKpi({ name: 'Email replies same day', target: '90', amber_at: '80', red_at: '70' });
  const before = resultCount();
  const csv = [
    'kpi,period,value,note',
    `Email replies same day,${month(3)},91,fine`,
    `Email replies same day,${month(2)},ninety,`,
    `No such KPI,${month(2)},50,`,
    `Email replies same day,2026-02-30,50,`,
    `Email replies same day,${month(3)},60,"again, the same month"`,
    `Customer satisfaction (CSAT),${month(1)},90,`,
    `email replies same day,${month(1)},65,"red, but fine"`,
  ].join('\r\n');
  const token = csrfIn((await manager.get('/kpis/import')).text);
  const r = await manager.postRaw('/kpis/import', ...multipart(token, csv));
  assert.equal(r.status, 400);
  const errors = [...r.text.matchAll(/<ul class="row-errors">([\s\S]*?)<\/ul>/g)][0][1];
  const rows = [...errors.matchAll(/<li>([^<]*)<\/li>/g)].map((m) => decodeHtml(m[1]));
  assert.deepEqual(rows.map((m) => m.match(/^Row (\d+):/)?.[1]), ['3', '4', '5', '6', '7']);
  assert.match(rows[0], /value "ninety" is not a number/);
  assert.match(rows[1], /there is no KPI called "No such KPI"/);
  assert.match(rows[2], /Period must be a real date/);
  assert.match(rows[3], /appears earlier in the file/);
  assert.match(rows[4], /already has a result/);
  assert.match(fieldError(r.text, 'file'), /Nothing was imported: 5 row\(s\) have problems/);
  assert.equal(resultCount(), before, 'the good rows were not imported either');
  assert.equal(one(`SELECT count(*) FROM kpi_results WHERE kpi_id = ${id}`), '0');
});

test('a good CSV imports every row, colours them, and red rows need attention', async () => {
  const id = kpiId('Email replies same day');
  const csv = `KPI,Value,Period,Note\nEmail replies same day,91,${month(3)},\n"Email replies same day",65.5,${month(2)},"a bad week, two off sick"\n${id},78,${month(1)},by number\n`;
  const token = csrfIn((await manager.get('/kpis/import')).text);
  const r = await manager.postRaw('/kpis/import', ...multipart(token, csv));
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), '/kpis/import?imported=3&red=1');
  assert.equal(one(`SELECT group_concat(value || ':' || rag || ':' || origin, ' ') FROM (SELECT * FROM kpi_results WHERE kpi_id = ${id} ORDER BY period)`),
    '91.0:green:csv 65.5:red:csv 78.0:amber:csv');
  assert.equal(one(`SELECT note FROM kpi_results WHERE kpi_id = ${id} AND value = 65.5`), 'a bad week, two off sick');
  assert.equal(one(`SELECT count(*) FROM kpi_attention a JOIN kpi_results r ON r.id = a.result_id WHERE r.kpi_id = ${id} AND a.state = 'open'`), '1');
  const page = await manager.get(r.headers.get('location'));
  assert.match(page.text, /3 result\(s\) imported\. 1 of them are red and need attention/);
  // Pasted text works too; a header without the value column is named.
  const bad = await post(manager, '/kpis/import', { csv: 'kpi,period\nx,2026-01' });
  assert.equal(bad.status, 400);
  assert.match(decodeHtml(bad.text), /Row 1: the header row must name the columns kpi, period and value \(the column value is missing\)/);
  const empty = await post(manager, '/kpis/import', { csv: '' });
  assert.equal(fieldError(empty.text, 'file'), 'Choose a CSV file, or paste its contents.');
});

test('editing and archiving a KPI; an archived KPI takes no results', async () => {
  const id = await createKpi({ name: 'Old measure', target: '10', amber_at: '5', red_at: '1' });
  const form = await manager.get(`/kpis/${id}/edit`);
  assert.equal(inputValue(form.text, 'target'), '10');
  const r = await post(manager, `/kpis/${id}`, { name: 'Old measure (retired)', unit: '', direction: 'higher', target: '12', amber_at: '5', red_at: '1', frequency: 'quarterly', source: 'manual', owner: '0', archived: '1' });
  assert.equal(r.status, 303);
  assert.equal(one(`SELECT name || '|' || target || '|' || frequency || '|' || archived FROM kpis WHERE id = ${id}`), 'Old measure (retired)|12.0|quarterly|1');
  const dash = await manager.get('/kpis');
  assert.doesNotMatch(dash.text, /<li class="kpi-card">\s*<h2><a href="\/kpis\/\d+">Old measure/);
  assert.match(dash.text, new RegExp(`<li><a href="/kpis/${id}">Old measure \\(retired\\)</a></li>`));
  // The dashboard each worker keeps is rebuilt whenever the database changes,
  // even by another program.
  for (let i = 0; i < 4; i++) await manager.get('/kpis');
  one(`UPDATE kpis SET name = 'Old measure (renamed outside)' WHERE id = ${id}`);
  for (let i = 0; i < 4; i++) {
    assert.match((await manager.get('/kpis')).text, /Old measure \(renamed outside\)/, `request ${i}`);
  }
  const rec = await record(id, month(1), '3');
  // Typed-in KPIs are not computed (the computed sources are wired in by
  // the areas that own their data).
  assert.equal((await post(manager, `/kpis/${kpiId('Rota cover against demand')}/compute`, {})).status, 409);
  assert.equal(rec.status, 409);
  assert.equal(one(`SELECT count(*) FROM kpi_results WHERE kpi_id = ${id}`), '0');
  assert.equal((await post(manager, '/kpis/999999', { name: 'Ghost', direction: 'higher', target: '1', amber_at: '0', red_at: '0', frequency: 'monthly', source: 'manual' })).status, 404);
  assert.equal((await manager.get('/kpis/999999')).status, 404);
  assert.equal((await manager.get('/kpis/results/999999')).status, 404);
});

test('names with markup are escaped everywhere, charts included; CSRF is required', async () => {
  const name = '<script>alert(1)</script> & "Co"';
  const id = await createKpi({ name, unit: '<b>' });
  await record(id, month(2), '95');
  await record(id, month(1), '99');
  for (const path of ['/kpis', `/kpis/${id}`]) {
    const page = await manager.get(path);
    assert.ok(!page.text.includes('<script>alert(1)'), `${path} escapes the name`);
    assert.ok(!page.text.includes('<b>'), `${path} escapes the unit`);
    assert.match(page.text, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &(quot|#34);Co&(quot|#34);/);
  }
  const before = resultCount();
  const r = await manager.post(`/kpis/${id}/results`, { period: month(3), value: '1' });
  assert.equal(r.status, 403);
  assert.equal(resultCount(), before);
});

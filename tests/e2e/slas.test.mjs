// slas.test.mjs: SLAs: creating and editing with validation, refusals by
// role, the business-hours clock on the SLA page (bank holidays, weekends)
// and the bank holiday list at /slas/holidays.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, sql } from '../lib/stack.mjs';
import { signedIn, fieldError, inputValue, decodeHtml, userId } from '../lib/e2e-helpers.mjs';

let stack;
let manager;
let staff;
before(async () => {
  stack = await startStack();
  manager = await signedIn(stack.base, 'manager');
  staff = await signedIn(stack.base, 'staff2');
});
after(() => stack?.stop());

// A complete, valid SLA form; overrides replace fields (undefined drops one).
function slaFields(overrides = {}) {
  const fields = {
    title: 'Email first response', customer: 'Domestic customers writing by email',
    promise: 'A reply from a person, not an auto-reply.', metric: 'Time to first response',
    target: '2', unit: 'working_days', period: 'monthly', opens: '09:00', closes: '17:00',
    day_mon: '1', day_tue: '1', day_wed: '1', day_thu: '1', day_fri: '1', holidays: 'england-and-wales',
    responsible: String(userId(stack.db, 'staff5')), on_breach: 'Team leader calls the customer; action raised.',
    ...overrides,
  };
  for (const k of Object.keys(fields)) if (fields[k] === undefined) delete fields[k];
  return fields;
}

async function createSla(overrides) {
  const token = await manager.csrf('/slas/new');
  return manager.post('/slas', { csrf_token: token, ...slaFields(overrides) });
}

// The new SLA's id from a create response.
function createdId(r) {
  assert.equal(r.status, 303);
  const m = r.headers.get('location').match(/^\/slas\/(\d+)\?done=created$/);
  assert.ok(m, r.headers.get('location'));
  return Number(m[1]);
}

test('the bank holidays of England and Wales 2024-2028 are shipped', () => {
  assert.equal(sql(stack.db, "SELECT count(*) FROM bank_holidays WHERE region = 'england-and-wales'"), '40');
  assert.equal(sql(stack.db, "SELECT name FROM bank_holidays WHERE day = '2026-12-28'"), 'Boxing Day (substitute day)');
  assert.equal(sql(stack.db, "SELECT name FROM bank_holidays WHERE day = '2027-03-26'"), 'Good Friday');
  assert.equal(sql(stack.db, "SELECT count(*) FROM bank_holidays WHERE strftime('%w', day) IN ('0', '6')"), '0',
    'no shipped bank holiday falls at a weekend');
});

test('a manager creates an SLA and everyone can read it', async () => {
  const id = createdId(await createSla());
  assert.equal(sql(stack.db, `SELECT title, target_value, target_unit, open_minutes, close_minutes, days_mask, holiday_region, kpi_id IS NULL FROM slas WHERE id = ${id}`),
    'Email first response|2.0|working_days|540|1020|31|england-and-wales|1', 'days_mask: bit 0 Monday .. bit 6 Sunday');
  const list = await staff.get('/slas');
  assert.equal(list.status, 200);
  assert.match(list.text, new RegExp(`<a href="/slas/${id}">Email first response</a>`));
  assert.match(list.text, /Monday to Friday, 09:00 to 17:00 \(UK time\), not on England and Wales bank holidays/);
  assert.doesNotMatch(list.text, /Add an SLA/);
  const page = await staff.get(`/slas/${id}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /<strong>2 working days<\/strong>/);
  assert.match(page.text, /Team leader calls the customer; action raised\./);
  assert.match(page.text, /Ellie Murphy/);
  assert.doesNotMatch(page.text, /Edit this SLA/);
});

test('bad numbers, times and days are refused with the field named', async () => {
  const before = sql(stack.db, 'SELECT count(*) FROM slas');
  let r = await createSla({ target: 'ninety', opens: '25:00', title: 'Typed title' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'target'), 'Target must be a number like 12 or 12.5 (at most 4 decimal places).');
  assert.equal(fieldError(r.text, 'opens'), 'Opening time must be a time written HH:MM, like 09:30.');
  assert.equal(inputValue(r.text, 'title'), 'Typed title');
  assert.equal(inputValue(r.text, 'target'), 'ninety');
  r = await createSla({ target: '150', unit: 'percent', opens: '17:00', closes: '09:00',
    day_mon: undefined, day_tue: undefined, day_wed: undefined, day_thu: undefined, day_fri: undefined });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'target'), 'Target must be between 0 and 100 for a percentage.');
  assert.equal(fieldError(r.text, 'closes'), 'Closing time must be later than the opening time.');
  assert.equal(fieldError(r.text, 'day_mon'), 'Tick at least one working day.');
  r = await createSla({ target: '-3', responsible: '424242', on_breach: '' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'target'), 'Target must be between 0 and 1000000.');
  assert.equal(fieldError(r.text, 'responsible'), 'Responsible must be one of the people listed.');
  assert.equal(fieldError(r.text, 'on_breach'), 'On a breach is required.');
  assert.match(r.text, /id="day_wed" name="day_wed" type="checkbox" value="1" checked/, 'ticked days are kept');
  assert.equal(sql(stack.db, 'SELECT count(*) FROM slas'), before);
});

test('staff cannot create or edit SLAs or touch bank holidays', async () => {
  const id = createdId(await createSla({ title: 'Phone answering' }));
  const token = await staff.csrf('/slas');
  assert.equal((await staff.post('/slas', { csrf_token: token, ...slaFields() })).status, 403);
  assert.equal((await staff.post(`/slas/${id}/edit`, { csrf_token: token, ...slaFields({ title: 'Hacked' }) })).status, 403);
  assert.equal((await staff.get('/slas/new')).status, 403);
  assert.equal((await staff.get(`/slas/${id}/edit`)).status, 403);
  assert.equal((await staff.get('/slas/holidays')).status, 403);
  assert.equal((await staff.post('/slas/holidays', { csrf_token: token, day: '2026-06-08', name: 'x' })).status, 403);
  assert.equal(sql(stack.db, `SELECT title FROM slas WHERE id = ${id}`), 'Phone answering');
});

test('editing an SLA saves the new hours', async () => {
  const id = createdId(await createSla({ title: 'Chat response' }));
  const form = await manager.get(`/slas/${id}/edit`);
  assert.equal(inputValue(form.text, 'opens'), '09:00');
  assert.equal(inputValue(form.text, 'target'), '2');
  const token = await manager.csrf(`/slas/${id}/edit`);
  const r = await manager.post(`/slas/${id}/edit`, { csrf_token: token, ...slaFields({
    title: 'Chat response', target: '30', unit: 'working_minutes', opens: '08:00', closes: '20:00', day_sat: '1', holidays: 'none',
  }) });
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), `/slas/${id}?done=saved`);
  assert.equal(sql(stack.db, `SELECT target_unit, open_minutes, close_minutes, days_mask, holiday_region FROM slas WHERE id = ${id}`),
    'working_minutes|480|1200|63|none');
  const page = await manager.get(`/slas/${id}`);
  assert.match(page.text, /Monday to Saturday, 08:00 to 20:00 \(UK time\)</);
  assert.equal((await manager.post('/slas/99999/edit', { csrf_token: token, ...slaFields() })).status, 404);
});

test('working days are stored Monday first (bit 0 Monday .. bit 6 Sunday) and the clock follows them', async () => {
  const id = createdId(await createSla({ title: 'Weekend desk', day_mon: undefined, day_tue: undefined, day_wed: undefined,
    day_thu: undefined, day_fri: undefined, day_sat: '1', day_sun: '1' }));
  assert.equal(sql(stack.db, `SELECT days_mask FROM slas WHERE id = ${id}`), String(32 + 64));
  const form = await manager.get(`/slas/${id}/edit`);
  assert.match(form.text, /id="day_sun" name="day_sun" type="checkbox" value="1" checked/);
  assert.doesNotMatch(form.text, /id="day_mon" name="day_mon" type="checkbox" value="1" checked/);
  // Friday 27 November 2026 16:00 + 2 working days (8 h each): Saturday and Sunday, due Sunday 29 November 17:00
  const page = await manager.get(`/slas/${id}?start_date=2026-11-27&start_time=16:00`);
  assert.match(page.text, /Sat, Sun, 09:00 to 17:00 \(UK time\)/);
  assert.match(page.text, /<dd id="clock-due">29 Nov 2026 17:00<\/dd>/);
  const holidays = await manager.get('/slas/holidays');
  assert.match(holidays.text, /<td>2026-12-25<\/td><td>Fri<\/td>/, 'the weekday of a bank holiday');
  assert.match(holidays.text, /<td>2026-12-28<\/td><td>Mon<\/td>/);
});

test('the clock skips Christmas bank holidays and the weekend', async () => {
  const id = createdId(await createSla({ title: 'Christmas clock' }));
  // 2 working days = 16 business hours from Thursday 24 December 2026 10:00:
  // 7 h on Thursday, Friday 25 and Monday 28 are bank holidays, 8 h on Tuesday, 1 h on Wednesday.
  let page = await manager.get(`/slas/${id}?start_date=2026-12-24&start_time=10:00`);
  assert.equal(page.status, 200);
  assert.match(page.text, /<dd id="clock-due">30 Dec 2026 10:00<\/dd>/);
  page = await manager.get(`/slas/${id}?start_date=2026-12-24&start_time=10:00&end_date=2026-12-29&end_time=16:00`);
  assert.match(page.text, /<dd id="clock-used">14 h 00 min <span class="tag">Within the target<\/span>/);
  page = await manager.get(`/slas/${id}?start_date=2026-12-24&start_time=10:00&end_date=2026-12-30&end_time=12:00`);
  assert.match(page.text, /<dd id="clock-used">18 h 00 min <strong class="tag tag--warning">Breached<\/strong>/);
  // in summer time: Friday 26 June 2026 16:00 BST plus 2 working days is Tuesday 30 June 16:00 BST
  page = await manager.get(`/slas/${id}?start_date=2026-06-26&start_time=16:00`);
  assert.match(page.text, /<dd id="clock-due">30 Jun 2026 16:00<\/dd>/);
  // bad dates and times are named
  page = await manager.get(`/slas/${id}?start_date=2026-13-01&start_time=9am`);
  assert.equal(page.status, 400);
  assert.equal(fieldError(page.text, 'start_date'), 'Start date must be a real date written YYYY-MM-DD.');
  assert.equal(fieldError(page.text, 'start_time'), 'Start time must be a time written HH:MM, like 09:30.');
  assert.equal(inputValue(page.text, 'start_time'), '9am');
});

test('bank holidays: add, refuse a duplicate, the clock honours it, remove', async () => {
  const id = createdId(await createSla({ title: 'Holiday clock' }));
  const admin = await signedIn(stack.base, 'admin');
  assert.equal((await admin.get('/slas/holidays')).status, 200, 'admins edit holidays too');
  let token = await manager.csrf('/slas/holidays');
  let r = await manager.post('/slas/holidays', { csrf_token: token, day: '2026-06-08', name: 'Extra bank holiday' });
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), '/slas/holidays?done=holiday_added');
  const hid = sql(stack.db, "SELECT id FROM bank_holidays WHERE day = '2026-06-08'");
  r = await manager.post('/slas/holidays', { csrf_token: token, day: '2026-06-08', name: 'Again' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'day'), 'Date is already a bank holiday (Extra bank holiday).');
  assert.equal(inputValue(r.text, 'name'), 'Again');
  r = await manager.post('/slas/holidays', { csrf_token: token, day: '8 June', name: '' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'day'), 'Date must be a real date written YYYY-MM-DD.');
  assert.equal(fieldError(r.text, 'name'), 'Name is required.');
  // Friday 5 June 16:00 + 2 working days skips Monday 8 June: due Wednesday 10 June 16:00
  let page = await manager.get(`/slas/${id}?start_date=2026-06-05&start_time=16:00`);
  assert.match(page.text, /<dd id="clock-due">10 Jun 2026 16:00<\/dd>/);
  token = await manager.csrf('/slas/holidays');
  assert.equal((await manager.post(`/slas/holidays/${hid}/delete`, { csrf_token: token })).status, 303);
  assert.equal((await manager.post(`/slas/holidays/${hid}/delete`, { csrf_token: token })).status, 404);
  page = await manager.get(`/slas/${id}?start_date=2026-06-05&start_time=16:00`);
  assert.match(page.text, /<dd id="clock-due">9 Jun 2026 16:00<\/dd>|<dd id="clock-due">09 Jun 2026 16:00<\/dd>/);
  assert.match(sql(stack.db, "SELECT group_concat(action) FROM audit WHERE target_type = 'bank_holiday'"), /holiday\.added.*holiday\.removed/);
});

test('forged SLA and holiday forms (no token, another site) change nothing', async () => {
  const count = () => sql(stack.db, 'SELECT (SELECT count(*) FROM slas) || (SELECT count(*) FROM bank_holidays)');
  const before = count();
  const token = await manager.csrf('/slas');
  assert.equal((await manager.post('/slas', slaFields({ title: 'Forged' }))).status, 403);
  assert.equal((await manager.post('/slas/holidays', { csrf_token: token, day: '2026-07-01', name: 'Forged' }, { origin: 'https://evil.example' })).status, 403);
  const hid = sql(stack.db, 'SELECT min(id) FROM bank_holidays');
  assert.equal((await manager.post(`/slas/holidays/${hid}/delete`, {})).status, 403);
  assert.equal(count(), before);
});

test('the clock refuses an end before the start, a span over 5 years and an end without a start', async () => {
  const id = createdId(await createSla({ title: 'Span checks' }));
  let page = await manager.get(`/slas/${id}?start_date=2026-12-24&start_time=10:00&end_date=2026-12-23&end_time=10:00`);
  assert.equal(page.status, 400);
  assert.equal(fieldError(page.text, 'end_date'), 'End date must not be before the start.');
  page = await manager.get(`/slas/${id}?start_date=2026-01-01&start_time=10:00&end_date=2040-12-31&end_time=10:00`);
  assert.equal(page.status, 400);
  assert.equal(fieldError(page.text, 'end_date'), 'End date must be within 5 years of the start.');
  page = await manager.get(`/slas/${id}?end_date=2026-12-23`);
  assert.equal(page.status, 400);
  assert.equal(fieldError(page.text, 'start_date'), 'Start date is required to work out the clock.');
  assert.equal((await manager.get(`/slas/${id}`)).status, 200, 'no query: just the SLA');
});

test('an SLA is measured by a KPI: offered, refused when unknown, stored, shown with its latest result, unlinked', async () => {
  const kpiId = (name) => Number(sql(stack.db, `SELECT id FROM kpis WHERE name = '${name}'`));
  const calls = kpiId('Calls answered within 20 seconds');
  const form = await manager.get('/slas/new');
  assert.match(form.text, /<label for="kpi">Measured by KPI \(optional\)<\/label>/);
  assert.match(form.text, /<select id="kpi" name="kpi"[^>]*><option value="" selected>Not linked<\/option>/);
  assert.match(form.text, new RegExp(`<option value="${calls}">Calls answered within 20 seconds</option>`));

  // unknown, archived and malformed ids are refused by the field, typed values kept, nothing saved
  const before = sql(stack.db, 'SELECT count(*) FROM slas');
  let r = await createSla({ title: 'Typed with a KPI', kpi: '99999' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'kpi'), 'Measured by KPI must be one of the KPIs listed.');
  assert.equal(inputValue(r.text, 'title'), 'Typed with a KPI');
  assert.match(r.text, /<option value="" selected>Not linked<\/option>/, 'no KPI shown as chosen');
  r = await createSla({ kpi: 'calls' });
  assert.equal(r.status, 400);
  assert.ok(fieldError(r.text, 'kpi'), 'a non-number is refused by the field');
  sql(stack.db, `INSERT INTO kpis (name, description, unit, direction, target, amber_at, red_at, frequency, source,
                 owner_id, created_by, created_at, updated_at, archived) SELECT 'Retired KPI', description, unit, direction,
                 target, amber_at, red_at, frequency, source, owner_id, created_by, created_at, updated_at, 1
                 FROM kpis WHERE id = ${calls}`);
  const retired = kpiId('Retired KPI');
  assert.doesNotMatch((await manager.get('/slas/new')).text, /Retired KPI/, 'archived KPIs are not offered');
  r = await createSla({ kpi: String(retired) });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'kpi'), 'Measured by KPI must be one of the KPIs listed.');
  assert.equal(sql(stack.db, 'SELECT count(*) FROM slas'), before);

  // linked on create: the page names the KPI, linked, with its latest result in words
  const id = createdId(await createSla({ title: 'Phone service level', kpi: String(calls) }));
  assert.equal(Number(sql(stack.db, `SELECT kpi_id FROM slas WHERE id = ${id}`)), calls);
  const [value, rag] = sql(stack.db, `SELECT value, rag FROM kpi_results WHERE kpi_id = ${calls} ORDER BY period DESC LIMIT 1`).split('|');
  const ragWord = rag[0].toUpperCase() + rag.slice(1);
  const page = await staff.get(`/slas/${id}`);
  assert.match(page.text, new RegExp(`<dt>Measured by KPI</dt><dd id="sla-kpi"><a href="/kpis/${calls}">Calls answered within 20 seconds</a>: ` +
    `latest result ${Number(value)}% for [A-Z][a-z]{2} \\d{4}, <strong class="rag rag--${rag}">${ragWord}</strong></dd>`));

  // edit: the link is preselected, can move to a KPI without results, then be removed
  const edit = await manager.get(`/slas/${id}/edit`);
  assert.match(edit.text, new RegExp(`<option value="${calls}" selected>Calls answered within 20 seconds</option>`));
  assert.doesNotMatch(edit.text, /<option value="" selected>/);
  sql(stack.db, `INSERT INTO kpis (name, description, unit, direction, target, amber_at, red_at, frequency, source,
                 owner_id, created_by, created_at, updated_at) SELECT 'Chat answered in time', description, unit, direction,
                 target, amber_at, red_at, frequency, source, owner_id, created_by, created_at, updated_at FROM kpis WHERE id = ${calls}`);
  const chat = kpiId('Chat answered in time');
  const token = await manager.csrf(`/slas/${id}/edit`);
  const save = (kpi) => manager.post(`/slas/${id}/edit`, { csrf_token: token, ...slaFields({ title: 'Phone service level', kpi }) });
  assert.equal((await save('424242')).status, 400);
  assert.equal(Number(sql(stack.db, `SELECT kpi_id FROM slas WHERE id = ${id}`)), calls, 'a refused edit keeps the link');
  assert.equal((await save(String(chat))).status, 303);
  assert.equal(Number(sql(stack.db, `SELECT kpi_id FROM slas WHERE id = ${id}`)), chat);
  assert.match((await staff.get(`/slas/${id}`)).text,
    new RegExp(`<a href="/kpis/${chat}">Chat answered in time</a> <span class="muted">\\(no results yet\\)</span>`));
  // a KPI archived after it was linked stays offered and accepted on that SLA
  sql(stack.db, `UPDATE kpis SET archived = 1 WHERE id = ${chat}`);
  assert.match((await manager.get(`/slas/${id}/edit`)).text, new RegExp(`<option value="${chat}" selected>`));
  assert.equal((await save(String(chat))).status, 303);
  assert.equal((await save('')).status, 303);
  assert.equal(sql(stack.db, `SELECT kpi_id IS NULL FROM slas WHERE id = ${id}`), '1');
  assert.match((await staff.get(`/slas/${id}`)).text, /<dd id="sla-kpi"><span class="muted">Not linked to a KPI<\/span><\/dd>/);
});

test('the demo SLA is measured by the demo KPI for first replies', async () => {
  const demo = sql(stack.db, "SELECT id FROM slas WHERE title = 'Email first response' ORDER BY id LIMIT 1");
  const kpi = sql(stack.db, "SELECT id FROM kpis WHERE name = 'Complaint response time'");
  assert.equal(sql(stack.db, `SELECT kpi_id FROM slas WHERE id = ${demo}`), kpi);
  assert.match((await staff.get(`/slas/${demo}`)).text,
    new RegExp(`<a href="/kpis/${kpi}">Complaint response time</a>: latest result \\d+(\\.\\d+)? hours for `));
});

// privacy.test.mjs: the data protection area through the real stack:
// only admins reach it; the data map lists every table of the database;
// requests get the ICO deadline, pause, resume and extension; a bundle
// holds the person's data and who accessed it, and is audited; erasure
// keeps the aggregates and survives restoring an older backup; the breach
// log's 72-hour clock and its corrective action; the versioned notice on
// the public privacy page; the purge command's dry run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startStack, sql, ROOT } from '../lib/stack.mjs';
import { signedIn, fieldError, inputValue, routesOf, pathFor, decodeHtml } from '../lib/e2e-helpers.mjs';

let stack;
let admin;
before(async () => {
  stack = await startStack();
  admin = await signedIn(stack.base, 'admin');
});
after(() => stack?.stop());

const adminTool = (...args) => spawnSync(join(ROOT, 'build', 'frontline-admin'), args, { encoding: 'utf8' });
const today = () => sql(stack.db, "SELECT date('now', 'localtime')");

test('only admins reach the data protection pages: 403 for everyone else, sign-in for visitors', async () => {
  const routes = routesOf('intranet').filter((r) => r.area === 'privacy');
  assert.ok(routes.length >= 20, `the area has its routes (${routes.length})`);
  for (const r of routes) assert.deepEqual(r.roles, ['admin'], `${r.method} ${r.pattern} is for admins only`);
  for (const username of ['manager', 'staff1', 'assessor']) {
    const c = await signedIn(stack.base, username);
    const token = await c.csrf('/account');
    for (const r of routes) {
      const path = pathFor(r.pattern);
      const res = r.method === 'GET' ? await c.get(path) : await c.post(path, { csrf_token: token });
      assert.equal(res.status, 403, `${username}: ${r.method} ${path}`);
    }
  }
  const visitor = await fetch(`${stack.base}/admin/data-map`, { redirect: 'manual' });
  assert.equal(visitor.status, 303);
  assert.match(visitor.headers.get('location'), /^\/login/);
  const home = await admin.get('/');
  assert.match(home.text, /id="privacy-heading">Data protection/);
  assert.match(home.text, /href="\/admin\/privacy">Data protection<\/a>/);
});

test('the data map lists every table of the migrated database, and the CSV and command agree', async () => {
  const page = await admin.get('/admin/data-map');
  assert.equal(page.status, 200);
  const tables = sql(stack.db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").split('\n');
  assert.ok(tables.length > 40);
  for (const t of tables) assert.match(page.text, new RegExp(`<code>${t}</code>`), `the data map lists ${t}`);
  assert.match(page.text, /<code>feedback_responses\.contact<\/code>[\s\S]*?customer contact details[\s\S]*?consent[\s\S]*?12 months after consent_at/);
  assert.match(page.text, /<code>feedback_daily<\/code>[\s\S]*?No personal data/);
  assert.match(page.text, /<code>shifts<\/code>[\s\S]*?keep: working-time records must be kept 2 years/);
  const csv = await admin.get('/admin/data-map.csv');
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type'), /^text\/csv/);
  const cli = adminTool('data-map', stack.db, '--csv');
  assert.equal(cli.status, 0, cli.stderr);
  assert.equal(cli.stdout, csv.text);
  const lines = csv.text.trim().split('\r\n');
  assert.equal(lines[0], 'table,data subject,category,purpose,lawful basis,retention,at expiry,found by,on erasure,declared in');
  for (const t of tables) assert.ok(lines.some((l) => l.startsWith(`${t},`)), `the CSV lists ${t}`);
});

test('logging a request: refusals keep what was typed; the deadline is one calendar month, moved off weekends and bank holidays', async () => {
  let token = await admin.csrf('/admin/privacy/requests/new');
  let r = await admin.post('/admin/privacy/requests', { csrf_token: token, kind: 'access', subject: 'customer', requester: 'Jo Bloggs', received_on: today() });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'email'), 'Give the email address or the phone number the customer used.');
  assert.equal(inputValue(r.text, 'requester'), 'Jo Bloggs');
  r = await admin.post('/admin/privacy/requests', { csrf_token: token, kind: 'access', subject: 'staff', username: 'nobody', requester: 'X', received_on: '2199-01-01' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'username'), 'There is no account with this username.');
  assert.equal(fieldError(r.text, 'received_on'), 'The date received cannot be in the future.');
  assert.equal(inputValue(r.text, 'username'), 'nobody');
  r = await admin.post('/admin/privacy/requests', { csrf_token: token, kind: 'access', subject: 'customer', phone: '12', requester: 'X', received_on: today() });
  assert.equal(fieldError(r.text, 'phone'), 'A phone number has at least 7 digits.');
  r = await admin.post('/admin/privacy/requests', { csrf_token: token, kind: 'access', subject: 'staff', username: 'staff2', requester: 'Ben Hughes', received_on: '2026-01-31' }, {});
  assert.equal(r.status, 303);
  const path = r.headers.get('location').replace(/\?.*/, '');
  const id = path.split('/').pop();
  // 28 February 2026 is a Saturday: the ICO allows until Monday
  assert.equal(sql(stack.db, `SELECT due_on || ' ' || status FROM privacy_requests WHERE id = ${id}`), '2026-03-02 open');
  let page = await admin.get(path);
  assert.match(page.text, /id="due">Monday 2 March 2026/);
  assert.match(page.text, /id="due-moved">Moved from Saturday 28 February 2026, which is a Saturday: the ICO allows until the next working day\./);
  assert.match(page.text, /Overdue/);
  const list = await admin.get('/admin/privacy');
  assert.match(list.text, new RegExp(`<a href="/admin/privacy/requests/${id}">${id}</a>[\\s\\S]*?Ben Hughes[\\s\\S]*?tag--danger">Overdue`));

  token = await admin.csrf(path);
  r = await admin.post(`${path}/pause`, { csrf_token: token, reason: '' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'reason'), 'Reason is required.');
  r = await admin.post(`${path}/pause`, { csrf_token: token, reason: 'Waiting for proof of identity' });
  assert.equal(r.status, 303);
  page = await admin.get(path);
  assert.match(page.text, /Paused · paused for: Waiting for proof of identity/);
  r = await admin.post(`${path}/resume`, { csrf_token: token });
  assert.equal(r.status, 303);
  const due = sql(stack.db, `SELECT date('${today()}', '+1 month')`);
  assert.equal(sql(stack.db, `SELECT clock_from || ' ' || status FROM privacy_requests WHERE id = ${id}`), `${today()} open`);
  assert.equal(sql(stack.db, `SELECT due_on FROM privacy_requests WHERE id = ${id}`).slice(0, 7), due.slice(0, 7));
  r = await admin.post(`${path}/extend`, { csrf_token: token, extension_reason: '' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'extension_reason'), 'Reason for the extension is required.');
  r = await admin.post(`${path}/extend`, { csrf_token: token, extension_reason: 'Records in three systems' });
  assert.equal(r.status, 303);
  // three months on, cut to the month's length, then moved to a working day (at most 4 days later)
  assert.equal(sql(stack.db, `SELECT extended || ' ' || (julianday(due_on) - julianday(date(clock_from, '+3 months')) BETWEEN -3 AND 4) FROM privacy_requests WHERE id = ${id}`), '1 1');
  page = await admin.get(path);
  assert.match(page.text, /extended by two months: Records in three systems/);
  assert.equal(sql(stack.db, `SELECT count(*) FROM audit WHERE target_type = 'privacy_request' AND target_id = ${id}`), '4');
});

test('a request due on Christmas Day is due on the next working day, and the page says why', async () => {
  const token = await admin.csrf('/admin/privacy/requests/new');
  const r = await admin.post('/admin/privacy/requests', { csrf_token: token, kind: 'access', subject: 'customer', email: 'noel@example.net', requester: 'Noel Winters', received_on: '2025-11-25' });
  assert.equal(r.status, 303);
  const path = r.headers.get('location').replace(/\?.*/, '');
  const id = path.split('/').pop();
  // Christmas Day (Thursday), Boxing Day (Friday), the weekend: Monday 29 December
  assert.equal(sql(stack.db, `SELECT due_on FROM privacy_requests WHERE id = ${id}`), '2025-12-29');
  const page = await admin.get(path);
  assert.match(page.text, /id="due">Monday 29 December 2025/);
  assert.match(decodeHtml(page.text), /id="due-moved">Moved from Thursday 25 December 2025, which is a bank holiday \(Christmas Day\): the ICO allows until the next working day\./);
  // a request due on a working day says nothing of moving
  const other = await admin.post('/admin/privacy/requests', { csrf_token: token, kind: 'access', subject: 'customer', email: 'noel@example.net', requester: 'Noel Winters', received_on: '2025-11-19' });
  const plain = await admin.get(other.headers.get('location'));
  assert.match(plain.text, /id="due">Friday 19 December 2025/);
  assert.doesNotMatch(plain.text, /id="due-moved"/);
});

test('refusing a request: a UK GDPR ground and an explanation, admins only, audited; a refused request cannot be answered or erased', async () => {
  let token = await admin.csrf('/admin/privacy/requests/new');
  let r = await admin.post('/admin/privacy/requests', { csrf_token: token, kind: 'access', subject: 'customer', email: 'vexed@example.net', requester: 'Val Vexley', received_on: today() });
  assert.equal(r.status, 303);
  const path = r.headers.get('location').replace(/\?.*/, '');
  const id = path.split('/').pop();
  let page = await admin.get(path);
  assert.match(page.text, /<form method="post" action="\/admin\/privacy\/requests\/\d+\/refuse"/);
  assert.match(page.text, /<option value="exemption">An exemption under the Data Protection Act 2018, Schedule 2<\/option>/);
  token = await admin.csrf(path);
  // refusals: no ground, a short explanation (kept as typed)
  r = await admin.post(`${path}/refuse`, { csrf_token: token, ground: '', explanation: 'Too many.' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'ground'), 'Ground for refusing is required.');
  assert.equal(fieldError(r.text, 'explanation'), 'Explanation must be at least 20 characters.');
  assert.match(r.text, /<textarea id="explanation" name="explanation"[^>]*>Too many\.<\/textarea>/);
  r = await admin.post(`${path}/refuse`, { csrf_token: token, ground: 'because', explanation: 'A long enough explanation here.' });
  assert.equal(r.status, 400);
  assert.ok(fieldError(r.text, 'ground'));
  // an exemption names its paragraph of Schedule 2 in words
  r = await admin.post(`${path}/refuse`, { csrf_token: token, ground: 'exemption', paragraph: '', explanation: 'The records are legal advice to the organisation.' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'paragraph'), 'Name the paragraph of Schedule 2 and what it covers, for example "paragraph 19: legal professional privilege".');
  assert.match(r.text, /<option value="exemption" selected>/);
  r = await admin.post(`${path}/refuse`, { csrf_token: token, ground: 'exemption', paragraph: 'legal advice', explanation: 'The records are legal advice to the organisation.' });
  assert.equal(r.status, 400);
  assert.ok(fieldError(r.text, 'paragraph'), 'no paragraph named');
  assert.equal(inputValue(r.text, 'paragraph'), 'legal advice');
  assert.equal(sql(stack.db, `SELECT status FROM privacy_requests WHERE id = ${id}`), 'open');
  // not for anyone but admins, and not without the CSRF token
  for (const username of ['manager', 'staff1']) {
    const c = await signedIn(stack.base, username);
    const res = await c.post(`${path}/refuse`, { csrf_token: await c.csrf('/account'), ground: 'unfounded', explanation: 'A long enough explanation here.' });
    assert.equal(res.status, 403, username);
  }
  r = await admin.post(`${path}/refuse`, { ground: 'unfounded', explanation: 'A long enough explanation here.' });
  assert.equal(r.status, 403);
  assert.equal(sql(stack.db, `SELECT status FROM privacy_requests WHERE id = ${id}`), 'open');
  // refused on an exemption
  r = await admin.post(`${path}/refuse`, { csrf_token: token, ground: 'exemption', paragraph: 'paragraph 19: legal professional privilege', explanation: 'Everything asked for is legal advice given to the organisation.' });
  assert.equal(r.status, 303);
  assert.equal(sql(stack.db, `SELECT status || '|' || (completed_at IS NOT NULL) FROM privacy_requests WHERE id = ${id}`), 'refused|1');
  assert.equal(sql(stack.db, `SELECT detail FROM audit WHERE action = 'privacy.request_refused' AND target_type = 'privacy_request' AND target_id = ${id}`),
    'exemption: paragraph 19: legal professional privilege');
  page = await admin.get(`${path}?done=refused`);
  const text = decodeHtml(page.text);
  assert.match(text, /The request has been refused/);
  assert.match(text, /id="state" class="privacy-state-refused">Refused/);
  assert.match(text, /Refused [^<]*<\/p><div class="team-text" id="outcome">Refused: An exemption under the Data Protection Act 2018, Schedule 2, paragraph 19: legal professional privilege\.\nEverything asked for is legal advice/);
  assert.doesNotMatch(page.text, /\/refuse"|\/complete"|\/pause"|\/extend"/);
  const list = decodeHtml((await admin.get('/admin/privacy')).text);
  assert.match(list, new RegExp(`<a href="/admin/privacy/requests/${id}">${id}</a>[\\s\\S]*?Refused<br><span class="muted">Refused: An exemption under the Data Protection Act 2018, Schedule 2, paragraph 19`));
  // afterwards: not answered, not refused again
  r = await admin.post(`${path}/complete`, { csrf_token: token });
  assert.equal(r.status, 409);
  assert.match(decodeHtml(r.text), new RegExp(`Request ${id} was refused \\(Refused: An exemption[^)]*\\), so it cannot be answered\\. If the person asks again, log a new request\\.`));
  assert.equal(sql(stack.db, `SELECT status FROM privacy_requests WHERE id = ${id}`), 'refused');
  r = await admin.post(`${path}/refuse`, { csrf_token: token, ground: 'unfounded', explanation: 'A long enough explanation here.' });
  assert.equal(r.status, 409);
  assert.match(decodeHtml(r.text), /This request has already been refused\./);

  // a paused erasure request refused as manifestly unfounded cannot erase
  token = await admin.csrf('/admin/privacy/requests/new');
  r = await admin.post('/admin/privacy/requests', { csrf_token: token, kind: 'erasure', subject: 'customer', email: 'vexed@example.net', requester: 'Val Vexley', received_on: today() });
  const erasure = r.headers.get('location').replace(/\?.*/, '');
  token = await admin.csrf(erasure);
  assert.equal((await admin.post(`${erasure}/pause`, { csrf_token: token, reason: 'Proof of identity asked for' })).status, 303);
  r = await admin.post(`${erasure}/refuse`, { csrf_token: token, ground: 'unfounded', explanation: 'The requester says they will withdraw it if paid.' });
  assert.equal(r.status, 303);
  assert.equal(sql(stack.db, `SELECT outcome FROM privacy_requests WHERE id = ${erasure.split('/').pop()}`),
    'Refused: Manifestly unfounded (UK GDPR Article 12(5)).\nThe requester says they will withdraw it if paid.');
  r = await admin.post(`${erasure}/erase`, { csrf_token: token, confirm: '1' });
  assert.equal(r.status, 409);
  assert.match(decodeHtml(r.text), /was refused \(Refused: Manifestly unfounded \(UK GDPR Article 12\(5\)\)\.\), so it cannot be erased\./);
});

test('a customer\'s bundle: their responses with the contact opened, who viewed it, audited; the zip', async () => {
  const id = sql(stack.db, "SELECT id FROM privacy_requests WHERE requester = 'Sam Taylor'");
  const index = sql(stack.db, `SELECT contact_email_index FROM privacy_requests WHERE id = ${id}`);
  const responses = sql(stack.db, `SELECT id FROM feedback_responses WHERE contact_email_index = '${index}' ORDER BY id`).split('\n');
  assert.ok(responses.length >= 1 && responses[0] !== '');
  sql(stack.db, `INSERT INTO feedback_tags (response_id, tag, added_at) VALUES (${responses[0]}, 'bundle-check', '2026-01-01T00:00:00Z')`);
  const manager = await signedIn(stack.base, 'manager');
  const view = await manager.get(`/customer-feedback/${responses[0]}?contact=1`);
  assert.equal(view.status, 200);
  const page = await admin.get(`/admin/privacy/requests/${id}/bundle`);
  assert.equal(page.status, 200);
  assert.match(page.text, /Personal data held about Sam Taylor \(a customer\)/);
  assert.match(page.text, /sam@example\.net/);
  const ids = responses.join(',');
  const tags = Number(sql(stack.db, `SELECT count(*) FROM feedback_tags WHERE response_id IN (${ids})`));
  const answers = Number(sql(stack.db, `SELECT count(*) FROM feedback_servqual_answers WHERE response_id IN (${ids})`));
  assert.ok(answers >= 1, 'the demo customer answered the full SERVQUAL form');
  assert.match(page.text, new RegExp(`${responses.length + tags + answers} record\\(s\\) in 3 table`));
  // the child rows of their responses, through the data map's via ties
  assert.match(page.text, /<code>feedback_tags<\/code>[\s\S]*?<dd>bundle-check<\/dd>/);
  assert.match(page.text, /<code>feedback_servqual_answers<\/code>/);
  assert.doesNotMatch(page.text, /contact_email_index/);
  assert.match(page.text, /id="access-log"[\s\S]*?manager[\s\S]*?feedback\.contact_view/);
  assert.equal(sql(stack.db, `SELECT count(*) FROM audit WHERE action = 'privacy.bundle_viewed' AND target_id = ${id}`), '1');
  const zip = await fetch(`${stack.base}/admin/privacy/requests/${id}/bundle.zip`, { headers: { cookie: admin.cookieHeader() } });
  assert.equal(zip.status, 200);
  assert.equal(zip.headers.get('content-type'), 'application/zip');
  assert.match(zip.headers.get('content-disposition'), new RegExp(`subject-access-${id}\\.zip`));
  const bytes = Buffer.from(await zip.arrayBuffer());
  assert.equal(bytes.subarray(0, 2).toString(), 'PK');
  assert.ok(bytes.includes('subject-access/bundle.json') && bytes.includes('subject-access/index.html'));
  assert.equal(sql(stack.db, `SELECT count(*) FROM audit WHERE action = 'privacy.bundle_exported' AND target_id = ${id}`), '1');
  const missing = await admin.get('/admin/privacy/requests/99999/bundle');
  assert.equal(missing.status, 404);
});

test('a staff member\'s bundle leaves secrets out and lists who viewed their coaching log', async () => {
  const manager = await signedIn(stack.base, 'manager');
  const staff3 = sql(stack.db, "SELECT id FROM users WHERE username = 'staff3'");
  assert.equal((await manager.get(`/team/coaching/${staff3}`)).status, 200);
  const id = sql(stack.db, "SELECT id FROM privacy_requests WHERE subject_kind = 'staff' AND user_id = " + staff3);
  const page = await admin.get(`/admin/privacy/requests/${id}/bundle`);
  assert.equal(page.status, 200);
  assert.match(page.text, /<code>users<\/code>/);
  assert.match(page.text, /<code>shifts<\/code>/);
  assert.match(page.text, /<dt>display_name<\/dt><dd>Chloe Evans<\/dd>/);
  assert.match(page.text, /<dt>last_seen<\/dt>|<code>sessions<\/code>|<dt>start_utc<\/dt>/);
  assert.doesNotMatch(page.text, /<dt>(password_hash|token_hash|csrf_token)<\/dt>/);
  assert.match(page.text, /id="access-log"[\s\S]*?coaching\.viewed/);
});

test('erasure: refused without confirmation; rows go, aggregates stay, kept records say why; a restored backup is erased again', async () => {
  const id = sql(stack.db, "SELECT id FROM privacy_requests WHERE requester = 'Aisha Khan'");
  const index = sql(stack.db, `SELECT contact_email_index FROM privacy_requests WHERE id = ${id}`);
  const held = Number(sql(stack.db, `SELECT count(*) FROM feedback_responses WHERE contact_email_index = '${index}'`));
  assert.ok(held >= 1);
  const totals = sql(stack.db, 'SELECT sum(responses), sum(csat_sum) FROM feedback_daily_total');
  const theirs = `SELECT id FROM feedback_responses WHERE contact_email_index = '${index}'`;
  sql(stack.db, `INSERT INTO feedback_tags (response_id, tag, added_at) SELECT id, 'erasure-check', 'x' FROM (${theirs});` +
    `INSERT OR IGNORE INTO feedback_servqual_answers (response_id, item, expectation, perception) SELECT id, 1, 6, 5 FROM (${theirs})`);
  const children = "SELECT (SELECT count(*) FROM feedback_tags WHERE tag = 'erasure-check') || ' ' || (SELECT count(*) FROM feedback_servqual_answers WHERE response_id NOT IN (SELECT id FROM feedback_responses))";
  assert.equal(sql(stack.db, children), `${held} 0`);
  const backup = join(stack.runDir, 'before-erasure.db');
  let r = adminTool('backup', stack.db, backup);
  assert.equal(r.status, 0, r.stderr);
  const path = `/admin/privacy/requests/${id}`;
  const token = await admin.csrf(path);
  let res = await admin.post(`${path}/erase`, { csrf_token: token });
  assert.equal(res.status, 400);
  assert.equal(fieldError(res.text, 'confirm'), 'Tick the box to confirm the erasure: it cannot be undone.');
  res = await admin.post(`${path}/erase`, { csrf_token: token, confirm: '1' });
  assert.equal(res.status, 303);
  assert.equal(sql(stack.db, `SELECT count(*) FROM feedback_responses WHERE contact_email_index = '${index}'`), '0');
  assert.equal(sql(stack.db, children), '0 0');   // their responses' tags and answers went with them
  assert.equal(sql(stack.db, 'SELECT sum(responses), sum(csat_sum) FROM feedback_daily_total'), totals);
  assert.equal(sql(stack.db, `SELECT status FROM privacy_requests WHERE id = ${id}`), 'completed');
  const page = await admin.get(`${path}?done=erased`);
  assert.match(decodeHtml(page.text), new RegExp(`feedback_responses: ${held} row\\(s\\) deleted`));
  res = await admin.post(`${path}/erase`, { csrf_token: token, confirm: '1' });
  assert.equal(res.status, 409);

  assert.equal(sql(backup, `SELECT count(*) FROM feedback_responses WHERE contact_email_index = '${index}'`), String(held));
  r = adminTool('backup', 'restore', stack.db, backup);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /re-applied [1-9]\d* erasure\(s\) from the log/);
  assert.equal(sql(stack.db, `SELECT count(*) FROM feedback_responses WHERE contact_email_index = '${index}'`), '0');
  assert.equal(sql(stack.db, children), '0 0');
  assert.equal(sql(stack.db, 'SELECT sum(responses), sum(csat_sum) FROM feedback_daily_total'), totals);
  // the intranet still serves the restored database
  assert.equal((await admin.get('/admin/data-map')).status, 200);
});

test('a staff erasure keeps working-time records and says why', async () => {
  const token = await admin.csrf('/admin/privacy/requests/new');
  let r = await admin.post('/admin/privacy/requests', { csrf_token: token, kind: 'erasure', subject: 'staff', username: 'staff6', requester: 'Femi Adeyemi', received_on: today() });
  assert.equal(r.status, 303);
  const path = r.headers.get('location').replace(/\?.*/, '');
  const user = sql(stack.db, "SELECT id FROM users WHERE username = 'staff6'");
  const shifts = sql(stack.db, `SELECT count(*) FROM shifts WHERE user_id = ${user}`);
  r = await admin.post(`${path}/erase`, { csrf_token: await admin.csrf(path), confirm: '1' });
  assert.equal(r.status, 303);
  assert.equal(sql(stack.db, `SELECT email || '|' || job_title FROM users WHERE id = ${user}`), '|');
  assert.equal(sql(stack.db, `SELECT count(*) FROM shifts WHERE user_id = ${user}`), shifts);
  const page = await admin.get(path);
  assert.match(decodeHtml(page.text), /shifts: \d+ row\(s\) kept because working-time records must be kept 2 years/);
});

test('the breach log: refusals, the 72-hour clock overdue, a corrective action, the report', async () => {
  const token = await admin.csrf('/admin/privacy/breaches/new');
  const base = { csrf_token: token, title: 'Laptop stolen', description: 'An unencrypted laptop with a rota export.', people: '40' };
  let r = await admin.post('/admin/privacy/breaches', { ...base, found_on: today(), found_time: '10:00', aware_on: '2020-01-01', aware_time: '09:00', risk: 'unlikely' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'aware_on'), 'You cannot become aware of a breach before it was found.');
  assert.equal(fieldError(r.text, 'ico_reason'), 'Say why the breach is unlikely to result in a risk, as the record of not telling the ICO.');
  assert.equal(inputValue(r.text, 'title'), 'Laptop stolen');
  r = await admin.post('/admin/privacy/breaches', { ...base, found_on: today(), found_time: '10:00', aware_on: today(), aware_time: '10:00', risk: 'risk', ico_told: '1' });
  assert.equal(fieldError(r.text, 'ico_on'), 'Give the date the ICO was told.');
  const fourDaysAgo = sql(stack.db, "SELECT date('now', '-4 days')");
  r = await admin.post('/admin/privacy/breaches', { ...base, found_on: fourDaysAgo, found_time: '08:00', aware_on: fourDaysAgo, aware_time: '09:00', risk: 'high' });
  assert.equal(r.status, 303, r.text.match(/field-error[^<]*<\/p>/g)?.join(' '));
  const path = r.headers.get('location').replace(/\?.*/, '');
  const id = path.split('/').pop();
  let page = await admin.get(path);
  assert.match(page.text, /tag--danger">Overdue<\/strong> The 72 hours to tell the ICO ended/);
  const list = await admin.get('/admin/privacy/breaches');
  assert.match(list.text, /Laptop stolen<\/a>[\s\S]*?Overdue by \d+ hours/);
  assert.match(list.text, /Feedback export emailed to the wrong supplier<\/a>[\s\S]*?Due by [^(]*\(\d+ hours left\)/);
  const owner = sql(stack.db, "SELECT id FROM users WHERE username = 'manager'");
  const t2 = await admin.csrf(path);
  r = await admin.post(`${path}/action`, { csrf_token: t2, title: 'Encrypt every laptop', owner, due: '2001-01-01' });
  assert.equal(r.status, 400);
  assert.ok(fieldError(r.text, 'due'));
  r = await admin.post(`${path}/action`, { csrf_token: t2, title: 'Encrypt every laptop', owner, due: '2099-01-01' });
  assert.equal(r.status, 303, `step 1: ${r.text.match(/field-error[^<]*<\/p>/g)?.join(' ')}`);
  assert.equal(sql(stack.db, `SELECT a.title FROM actions a JOIN privacy_breaches b ON b.action_id = a.id WHERE b.id = ${id}`), 'Encrypt every laptop');
  page = await admin.get(path);
  assert.match(page.text, /Encrypt every laptop<\/a>/);
  r = await admin.post(`${path}/ico`, { csrf_token: t2 });
  assert.equal(r.status, 400);
  r = await admin.post(`${path}/ico`, { csrf_token: t2, ico_on: today(), ico_reason: 'ICO ref 12345' });
  assert.equal(r.status, 303, `step 2: ${r.text.match(/field-error[^<]*<\/p>/g)?.join(' ')}`);
  page = await admin.get(path);
  assert.match(page.text, /The ICO was told on/);
  assert.doesNotMatch(page.text, /tag--danger">Overdue/);
});

test('the privacy notice: a new version is published, consents record it, the public page shows it', async () => {
  const token = await admin.csrf('/admin/privacy/notice');
  let r = await admin.post('/admin/privacy/notice', { csrf_token: token, version: '2026-11', body: 'x' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'version'), 'This version has been published already; give the new one another name.');
  r = await admin.post('/admin/privacy/notice', { csrf_token: token, version: 'bad version', body: 'x' });
  assert.equal(fieldError(r.text, 'version'), 'A version is letters, digits, dots and hyphens (like 2026-12).');
  r = await admin.post('/admin/privacy/notice', { csrf_token: token, version: '2026-12', body: 'We keep your contact details for 12 months.\n\nAsk us to delete them <any time>.', change_note: 'Plainer words' });
  assert.equal(r.status, 303);
  const page = await admin.get('/admin/privacy/notice?done=published');
  assert.match(page.text, /id="current-version">2026-12</);
  const pub = await fetch(`${stack.base}/feedback/privacy`);
  const html = await pub.text();
  assert.match(html, /Privacy notice version 2026-12/);
  assert.match(html, /<p>We keep your contact details for 12 months\.<\/p>\s*<p>Ask us to delete them &lt;any time&gt;\.<\/p>/);
  const form = await (await fetch(`${stack.base}/feedback`)).text();
  assert.match(form, /privacy notice<\/a> \(version 2026-12\)/);
});

test('frontline-admin bundle: a person\'s bundle as JSON, audited', () => {
  const r = adminTool('bundle', stack.db, '--email', 'SAM@example.net');
  assert.equal(r.status, 0, r.stderr);
  const bundle = JSON.parse(r.stdout);
  assert.equal(bundle.tables[0].table, 'feedback_responses');
  assert.match(bundle.tables[0].rows[0].contact, /sam@example\.net/);
  assert.equal(bundle.tables[0].rows[0].contact_email_index, undefined);
  const staff = JSON.parse(adminTool('bundle', stack.db, '--user', 'staff3').stdout);
  assert.ok(staff.tables.some((t) => t.table === 'users' && t.rows[0].display_name === 'Chloe Evans'));
  assert.equal(adminTool('bundle', stack.db, '--user', 'nobody').status, 1);
  assert.equal(sql(stack.db, "SELECT count(*) FROM audit WHERE action = 'privacy.bundle_exported' AND username = 'frontline-admin'"), '2');
});

test('frontline-admin purge --dry-run counts per table and changes nothing', () => {
  const before = sql(stack.db, 'SELECT count(*) FROM feedback_responses');
  const r = adminTool('purge', stack.db, '--dry-run', '--as-of', '2033-06-01');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Would purge as of 2033-06-01:/);
  assert.match(r.stdout, /feedback_responses: [1-9]\d* row\(s\) to delete \(retention ended before 2027-06-01\)/);
  assert.match(r.stdout, /shifts: \d+ row\(s\) to delete/);
  assert.equal(sql(stack.db, 'SELECT count(*) FROM feedback_responses'), before);
  const bad = adminTool('purge', stack.db, '--as-of', 'tomorrow');
  assert.equal(bad.status, 2);
});

// A public submission with contact details; returns the stored response's id.
async function submitWithContact(email) {
  const { BrowserClient, csrfIn, submissionKey } = await import('../lib/e2e-helpers.mjs');
  const c = new BrowserClient(stack.base);
  const form = await c.get('/feedback/how-did-we-do');
  const res = await c.post('/feedback/how-did-we-do', {
    csrf_token: csrfIn(form.text), submission: submissionKey(), form_version: '1', touchpoint: 'web',
    csat: '5', nps: '10', comment: '', website: '', contact_name: 'Rota Tion', contact_email: email, consent: '1',
  });
  assert.equal(res.status, 303);
  return sql(stack.db, 'SELECT max(id) FROM feedback_responses');
}

test('rotate-key while serving: everything re-sealed, still found and shown, the workers follow without a restart', async () => {
  const before = await submitWithContact('before.rotation@example.org');
  assert.ok(sql(stack.db, `SELECT contact_email_index FROM feedback_responses WHERE id = ${before}`).length === 32,
    'the public form fills the index as it stores');
  const hexBefore = sql(stack.db, `SELECT hex(contact) FROM feedback_responses WHERE id = ${before}`);
  const manager = await signedIn(stack.base, 'manager');
  assert.match((await manager.get(`/customer-feedback/${before}?contact=1`)).text, /before\.rotation@example\.org/);
  const r = adminTool('rotate-key', stack.db, '--batch', '3');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Rotated the key .*: \d+ value\(s\) re-sealed/);
  assert.match(r.stderr, /rotate-key: feedback_responses\.contact: \d+ row\(s\) so far/);
  assert.notEqual(sql(stack.db, `SELECT hex(contact) FROM feedback_responses WHERE id = ${before}`), hexBefore);
  // the same workers open the re-sealed value and seal new ones with the new key
  assert.match((await manager.get(`/customer-feedback/${before}?contact=1`)).text, /before\.rotation@example\.org/);
  const after = await submitWithContact('after.rotation@example.org');
  assert.match((await manager.get(`/customer-feedback/${after}?contact=1`)).text, /after\.rotation@example\.org/);
  // a request logged before the rotation still finds its customer
  const id = sql(stack.db, "SELECT id FROM privacy_requests WHERE requester = 'Sam Taylor'");
  const bundle = await admin.get(`/admin/privacy/requests/${id}/bundle`);
  assert.match(bundle.text, /sam@example\.net/);
  const token = await admin.csrf('/admin/privacy/requests/new');
  const logged = await admin.post('/admin/privacy/requests', { csrf_token: token, kind: 'access', subject: 'customer', email: 'after.rotation@example.org', requester: 'Rota Tion', received_on: today() });
  assert.equal(logged.status, 303);
  const page = await admin.get(`${logged.headers.get('location').replace(/\?.*/, '')}/bundle`);
  assert.match(page.text, /after\.rotation@example\.org/);
  assert.match(page.text, /1 record\(s\) in 1 table/);
});

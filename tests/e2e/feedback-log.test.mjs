// feedback-log.test.mjs: the feedback log (who sees it, each filter
// against the database's own count, paging, bad filters), a response's
// page with tags and "raise an action", and the CSV export with and
// without contact details.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, sql } from '../lib/stack.mjs';
import { signedIn, csrfIn, fieldError } from '../lib/e2e-helpers.mjs';

let stack;
let manager;
let staff;
before(async () => {
  stack = await startStack();
  manager = await signedIn(stack.base, 'manager');
  staff = await signedIn(stack.base, 'staff1');
});
after(() => stack?.stop());

const n = (s) => Number(sql(stack.db, s));
// The "N response(s) match" figure of a log page.
const matched = (html) => Number(html.match(/(\d+) response\(s\) match/)?.[1]);
// The response ids linked on a log page, in order.
const listed = (html) => [...html.matchAll(/<a href="\/customer-feedback\/(\d+)">/g)].map((m) => Number(m[1]));

test('staff and managers see the log; assessors and admins do not', async () => {
  assert.equal((await manager.get('/customer-feedback')).status, 200);
  const page = await staff.get('/customer-feedback');
  assert.equal(page.status, 200);
  assert.doesNotMatch(page.text, /contact allowed/, 'staff are not told who left contact details');
  assert.doesNotMatch(page.text, /contact=1/);
  for (const who of ['assessor', 'admin']) {
    const c = await signedIn(stack.base, who);
    assert.equal((await c.get('/customer-feedback')).status, 403, who);
    assert.equal((await c.get('/customer-feedback/1')).status, 403, who);
  }
  assert.match((await manager.get('/customer-feedback')).text, /contact allowed/);
});

test('newest first, 25 a page', async () => {
  const page = await manager.get('/customer-feedback');
  const total = n('SELECT count(*) FROM feedback_responses');
  assert.equal(matched(page.text), total);
  const ids = listed(page.text);
  assert.equal(ids.length, 25);
  const newest = sql(stack.db, 'SELECT id FROM feedback_responses ORDER BY submitted_at DESC, id DESC LIMIT 25').split('\n').map(Number);
  assert.deepEqual(ids, newest);
  const two = await manager.get('/customer-feedback?page=2');
  assert.equal(listed(two.text)[0], Number(sql(stack.db, 'SELECT id FROM feedback_responses ORDER BY submitted_at DESC, id DESC LIMIT 1 OFFSET 25')));
  assert.match(page.text, /rel="next" href="\/customer-feedback\?page=2"/);
});

test('each filter matches what the database says', async () => {
  const day = sql(stack.db, 'SELECT day FROM feedback_responses ORDER BY id LIMIT 1 OFFSET 100');
  const later = sql(stack.db, 'SELECT day FROM feedback_responses ORDER BY id LIMIT 1 OFFSET 200');
  const cases = [
    ['form=2', 'form_id = 2'],
    ['touchpoint=phone', "touchpoint = 'phone'"],
    [`from=${day}&to=${later}`, `day BETWEEN '${day}' AND '${later}'`],
    ['band=csat_low', 'csat <= 2'],
    ['band=csat_mid', 'csat = 3'],
    ['band=csat_high', 'csat >= 4'],
    ['band=promoter', 'nps >= 9'],
    ['band=passive', 'nps BETWEEN 7 AND 8'],
    ['band=detractor', 'nps <= 6'],
    ['comment=with', "comment <> ''"],
    ['comment=without', "comment = ''"],
    ['tag=waiting+time', "id IN (SELECT response_id FROM feedback_tags WHERE tag = 'waiting time')"],
    ['form=1&touchpoint=phone&band=detractor&comment=with', "form_id = 1 AND touchpoint = 'phone' AND nps <= 6 AND comment <> ''"],
  ];
  for (const [query, where] of cases) {
    const page = await staff.get(`/customer-feedback?${query}`);
    assert.equal(page.status, 200, query);
    const want = n(`SELECT count(*) FROM feedback_responses WHERE ${where}`);
    assert.ok(want > 0, `the demo data has responses for ${query}`);
    assert.equal(matched(page.text), want, query);
    const first = listed(page.text)[0];
    assert.equal(n(`SELECT count(*) FROM feedback_responses WHERE id = ${first} AND ${where}`), 1, `${query}: the rows match`);
  }
  const none = await staff.get('/customer-feedback?from=2001-01-01&to=2001-01-31');
  assert.match(none.text, /No responses match these filters yet/);
  const bad = await staff.get('/customer-feedback?from=2026-02-30');
  assert.equal(bad.status, 400);
  assert.equal(fieldError(bad.text, 'from'), 'From must be a real date written YYYY-MM-DD.');
  assert.equal((await staff.get('/customer-feedback?band=lukewarm')).status, 400);
});

test('a response page: scores, SERVQUAL, tags added and removed by staff', async () => {
  const id = n("SELECT id FROM feedback_responses WHERE form_id = 2 AND sq_e1 IS NOT NULL ORDER BY id LIMIT 1");
  const page = await staff.get(`/customer-feedback/${id}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /Responsiveness/);
  assert.match(page.text, /The 22 answers as given/);
  const nps = n(`SELECT nps FROM feedback_responses WHERE id = ${id}`);
  const band = nps >= 9 ? 'promoter' : nps >= 7 ? 'passive' : 'detractor';
  assert.match(page.text, new RegExp(`<dd>${nps} \\(${band}\\)</dd>`), 'the NPS answer with its band');
  assert.doesNotMatch(page.text, /Raise an action/, 'staff do not raise actions');
  const token = csrfIn(page.text);
  const add = await staff.post(`/customer-feedback/${id}/tags`, { csrf_token: token, tag: 'Billing' });
  assert.equal(add.status, 303);
  assert.equal(sql(stack.db, `SELECT tag FROM feedback_tags WHERE response_id = ${id}`), 'billing');
  assert.equal(n(`SELECT count(*) FROM audit WHERE action = 'feedback.tag_add' AND target_id = ${id}`), 1);
  const tagged = await staff.get(`/customer-feedback?tag=billing`);
  assert.deepEqual(listed(tagged.text), [id]);
  const empty = await staff.post(`/customer-feedback/${id}/tags`, { csrf_token: token, tag: '' });
  assert.equal(empty.status, 400);
  assert.equal(fieldError(empty.text, 'tag'), 'Tag is required.');
  const remove = await staff.post(`/customer-feedback/${id}/tags/remove`, { csrf_token: token, tag: 'billing' });
  assert.equal(remove.status, 303);
  assert.equal(n(`SELECT count(*) FROM feedback_tags WHERE response_id = ${id}`), 0);
  assert.equal((await staff.get('/customer-feedback/999999')).status, 404);
});

test('raise an action from a response; it is listed and linked', async () => {
  const id = n("SELECT id FROM feedback_responses WHERE csat <= 2 ORDER BY id DESC LIMIT 1");
  const page = await manager.get(`/customer-feedback/${id}`);
  const token = csrfIn(page.text);
  const due = sql(stack.db, "SELECT date('now', 'localtime', '+14 days')");
  const missing = await manager.post(`/customer-feedback/${id}/action`, { csrf_token: token, title: '', kind: 'corrective', due_date: due, owner: '0' });
  assert.equal(missing.status, 400);
  assert.equal(fieldError(missing.text, 'title'), 'Title is required.');
  const past = await manager.post(`/customer-feedback/${id}/action`, { csrf_token: token, title: 'Call back', kind: 'corrective', due_date: '2020-01-01', owner: '0' });
  assert.equal(past.status, 400);
  assert.equal(fieldError(past.text, 'due_date'), 'The due date cannot be in the past.');
  assert.match(past.text, /value="Call back"/);
  const ownerId = n("SELECT id FROM users WHERE username = 'staff1'");
  const ok = await manager.post(`/customer-feedback/${id}/action`, {
    csrf_token: token, title: 'Call the customer back about the wait', problem: 'Long hold time', kind: 'corrective', due_date: due, owner: String(ownerId),
  });
  assert.equal(ok.status, 303);
  assert.equal(ok.headers.get('location'), `/customer-feedback/${id}?done=raised#actions`);
  const [actionId, owner, status, problem] = sql(stack.db,
    `SELECT id, owner_id, status, problem FROM actions WHERE source_type = 'feedback' AND source_id = ${id}`).split('|');
  assert.equal(Number(owner), ownerId);
  assert.equal(status, 'open');
  assert.match(problem, /^Long hold time/);
  assert.match(problem, new RegExp(`feedback response ${id}`));
  const after = await manager.get(`/customer-feedback/${id}?done=raised`);
  assert.match(after.text, new RegExp(`<a href="/actions/${actionId}">Call the customer back about the wait</a>`));
  assert.equal(n(`SELECT count(*) FROM audit WHERE action = 'action.create' AND target_id = ${actionId}`), 1);
  const staffToken = csrfIn((await staff.get(`/customer-feedback/${id}`)).text);
  const refused = await staff.post(`/customer-feedback/${id}/action`, { csrf_token: staffToken, title: 'x', kind: 'corrective', due_date: due });
  assert.equal(refused.status, 403);
});

test('CSV export: the filtered rows, contact details only for a manager who asks, audited', async () => {
  const csv = await staff.get('/customer-feedback/responses.csv?touchpoint=web');
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type'), /^text\/csv/);
  assert.match(csv.headers.get('content-disposition'), /attachment/);
  const lines = csv.text.trim().split('\r\n');
  assert.match(lines[0], /^id,submitted_at,day,form,form_version,touchpoint,csat,nps,comment,tags,/);
  assert.doesNotMatch(lines[0], /contact/);
  // comments may hold line breaks inside quotes; count records by their id column
  const records = csv.text.split('\r\n').filter((l) => /^\d+,\d{4}-/.test(l)).length;
  assert.equal(records, n("SELECT count(*) FROM feedback_responses WHERE touchpoint = 'web'"));
  const staffContact = await staff.get('/customer-feedback/responses.csv?contact=1');
  assert.doesNotMatch(staffContact.text.split('\r\n')[0], /contact_email/, 'staff cannot export contact details');
  const audits = () => n("SELECT count(*) FROM audit WHERE action = 'feedback.export_contact'");
  const before = audits();
  const full = await manager.get('/customer-feedback/responses.csv?contact=1');
  assert.match(full.text.split('\r\n')[0], /contact_name,contact_email,contact_phone$/);
  assert.match(full.text, /@example\.net/);
  assert.equal(audits(), before + 1);
  // a formula typed by a customer is exported as text
  sql(stack.db, "UPDATE feedback_responses SET comment = '=HYPERLINK(\"http://evil\")' WHERE id = 2");
  const defused = await manager.get('/customer-feedback/responses.csv');
  assert.match(defused.text, /"'=HYPERLINK\(""http:\/\/evil""\)"/);
});

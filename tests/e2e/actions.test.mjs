// actions.test.mjs: the /actions pages: the list with its filters, paging
// and overdue highlight; the detail; editing (root cause, five whys, steps,
// owner, due date, status) by a manager or the owner only; the review; the
// close that is refused without a review; the home page's panel.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, sql } from '../lib/stack.mjs';
import { signedIn, csrfIn, fieldError, inputValue, decodeHtml, q } from '../lib/e2e-helpers.mjs';

let stack;
const c = {};
before(async () => {
  stack = await startStack();
  for (const who of ['manager', 'staff1', 'staff2', 'assessor']) c[who] = await signedIn(stack.base, who);
});
after(() => stack?.stop());

const one = (s) => sql(stack.db, s);
const uid = (name) => one(`SELECT id FROM users WHERE username = ${q(name)}`);
const actionId = (title) => Number(one(`SELECT id FROM actions WHERE title LIKE ${q(title + '%')}`));
const overdueId = () => actionId('Bring calls answered');
const closedId = () => actionId('Cut complaint response times');
const meetingId = () => actionId('Publish a plain-English guide');
const holdScriptId = () => actionId('Shorten the hold script');   // the standards demo's meeting action

async function post(client, path, fields) {
  const token = csrfIn((await client.get('/actions')).text);
  return client.post(path, { csrf_token: token, ...fields });
}

// The ids of the actions listed on a list page, in order.
const listed = (html) => [...html.matchAll(/<td><a href="\/actions\/(\d+)">/g)].map((m) => Number(m[1]));

// Everything an edit form needs, with changes.
function editFields(id, changes = {}) {
  const row = one(`SELECT title, kind, problem, root_cause, steps, coalesce(owner_id, ''), due_date, status FROM actions WHERE id = ${id}`).split('|');
  return { title: row[0], kind: row[1], problem: row[2], root_cause: row[3], steps: row[4], owner: row[5], due_date: row[6], status: row[7], ...changes };
}

test('the list shows open actions, overdue first and highlighted, and filters by status, source, owner and overdue', async () => {
  let r = await c.manager.get('/actions');
  assert.equal(r.status, 200);
  // (the demo's checklists raise actions of their own, none overdue: tests/e2e/checklists.test.mjs)
  const fromChecklists = new Set(one("SELECT group_concat(id) FROM actions WHERE source_type = 'checklist_item'").split(',').map(Number));
  const ids = listed(r.text).filter((id) => !fromChecklists.has(id));
  assert.deepEqual(ids, [overdueId(), holdScriptId(), meetingId()], 'open and in-progress only; the overdue one first');
  assert.match(r.text, new RegExp(`<tr class="row--overdue">\\s*<td><a href="/actions/${overdueId()}">`));
  assert.match(r.text, /<strong class="tag tag--warning">Overdue<\/strong>/);
  assert.equal((r.text.match(/row--overdue/g) ?? []).length, 1);
  r = await c.manager.get('/actions?status=closed');
  assert.deepEqual(listed(r.text), [closedId()]);
  r = await c.manager.get('/actions?status=all&source=meeting');
  assert.deepEqual(listed(r.text), [holdScriptId(), meetingId()]);
  r = await c.manager.get(`/actions?status=all&owner=${uid('staff5')}`);
  assert.deepEqual(listed(r.text), [closedId()]);
  r = await c.manager.get('/actions?overdue=1');
  assert.deepEqual(listed(r.text), [overdueId()]);
  r = await c.manager.get('/actions?status=nonsense');
  assert.equal(r.status, 400);
  r = await c.staff2.get('/actions');
  assert.equal(r.status, 200, 'staff can read the list');
  assert.doesNotMatch(r.text, /Raise an action/);
});

test('the detail shows where it came from, the root cause, five whys, steps and the review', async () => {
  const r = await c.staff2.get(`/actions/${closedId()}`);
  assert.equal(r.status, 200);
  const text = decodeHtml(r.text);
  const source = Number(one(`SELECT source_id FROM actions WHERE id = ${closedId()}`));
  assert.match(r.text, new RegExp(`<a href="/kpis/results/${source}">KPI result: Complaint response time, [A-Z][a-z]{2} \\d{4}: 52 hours</a>`));
  assert.match(text, /Category: Resources and staffing/);
  assert.equal((r.text.match(/<ol class="whys">([\s\S]*?)<\/ol>/)[1].match(/<li>/g) ?? []).length, 5);
  assert.match(text, /Average 52 hours to first reply in/);
  assert.match(text, /Average 20 hours in .*under the 24-hour standard/);
  assert.match(text, /<dt>Status<\/dt><dd>Closed/);
  assert.doesNotMatch(r.text, /Close the action/, 'nothing to change on a closed action');
  assert.equal((await c.manager.get('/actions/999999')).status, 404);
});

test('only a manager or the owner may edit; a closed action cannot be changed', async () => {
  const id = overdueId();   // owned by staff1
  assert.equal((await c.staff2.get(`/actions/${id}/edit`)).status, 403);
  const before = one(`SELECT updated_at || steps FROM actions WHERE id = ${id}`);
  let r = await post(c.staff2, `/actions/${id}`, editFields(id, { steps: 'staff2 was here' }));
  assert.equal(r.status, 403);
  r = await post(c.assessor, `/actions/${id}/close`, {});
  assert.equal(r.status, 403);
  assert.equal(one(`SELECT updated_at || steps FROM actions WHERE id = ${id}`), before);
  // The owner edits: root cause, whys, steps, status.
  const form = await c.staff1.get(`/actions/${id}/edit`);
  assert.equal(form.status, 200);
  assert.equal(inputValue(form.text, 'why_1'), 'Call volumes on Monday mornings were 40% above the forecast.');
  r = await post(c.staff1, `/actions/${id}`, editFields(id, {
    root_cause: 'systems', why_3: 'The forecast tool has no field for mailings.', steps: '1. Add mailings.\n2. Re-forecast.', status: 'in_progress',
  }));
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), `/actions/${id}?done=saved`);
  assert.equal(one(`SELECT root_cause || '|' || why_3 || '|' || status FROM actions WHERE id = ${id}`),
    'systems|The forecast tool has no field for mailings.|in_progress');
  // The closed demo action cannot be edited, reviewed or closed again.
  assert.equal((await c.manager.get(`/actions/${closedId()}/edit`)).status, 409);
  assert.equal((await post(c.manager, `/actions/${closedId()}`, editFields(closedId(), { status: 'open' }))).status, 409);
  assert.equal(one(`SELECT status FROM actions WHERE id = ${closedId()}`), 'closed');
});

test('bad edits are refused by field: dates, owner, status, root cause', async () => {
  const id = meetingId();
  const before = one(`SELECT updated_at FROM actions WHERE id = ${id}`);
  let r = await post(c.manager, `/actions/${id}`, editFields(id, { due_date: '2026-02-30', owner: '99999', status: 'closed', root_cause: 'gremlins' }));
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'due_date'), 'Due date must be a real date written YYYY-MM-DD.');
  assert.equal(fieldError(r.text, 'owner'), 'Owner must be one of the people listed.');
  assert.equal(fieldError(r.text, 'status'), 'Status must be one of the options offered.');
  assert.equal(fieldError(r.text, 'root_cause'), 'Root cause must be one of the options offered.');
  assert.equal(inputValue(r.text, 'due_date'), '2026-02-30');
  r = await post(c.manager, `/actions/${id}`, editFields(id, { due_date: '2020-01-01' }));
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'due_date'), 'A new due date must be today or later.');
  r = await post(c.manager, `/actions/${id}`, editFields(id, { why_2: 'x'.repeat(501) }));
  assert.equal(fieldError(r.text, 'why_2'), 'Second why must be at most 500 characters.');
  assert.equal(one(`SELECT updated_at FROM actions WHERE id = ${id}`), before);
});

test('an action cannot close without a review and a root cause; with them it closes', async () => {
  const id = meetingId();   // owned by staff2
  let r = await c.staff2.post(`/actions/${id}/close`, {});
  assert.equal(r.status, 403, 'no CSRF token: refused');
  r = await c.staff2.post(`/actions/${id}/review`, { csrf_token: 'f'.repeat(64), baseline: 'a', result: 'b', review: 'long enough text' });
  assert.equal(r.status, 403, 'a wrong CSRF token: refused');
  assert.equal(one(`SELECT coalesce(reviewed_at, '-') FROM actions WHERE id = ${id}`), '-');
  r = await post(c.staff2, `/actions/${id}/close`, {});
  assert.equal(r.status, 409);
  assert.match(decodeHtml(r.text), /This action cannot be closed yet: record its review first/);
  assert.match(r.text, /<h1>Publish a plain-English guide/, 'shown on the action page, not a bare error');
  assert.equal(one(`SELECT status || '|' || coalesce(closed_at, '-') FROM actions WHERE id = ${id}`), 'open|-');
  // The review's fields are each required.
  r = await post(c.staff2, `/actions/${id}/review`, { baseline: '', result: '', review: 'short' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'baseline'), 'Baseline before the change is required.');
  assert.equal(fieldError(r.text, 'result'), 'Result after the change is required.');
  assert.equal(fieldError(r.text, 'review'), 'Review must be at least 10 characters.');
  assert.equal(inputValue(r.text, 'baseline'), '');
  assert.equal(one(`SELECT coalesce(reviewed_at, '-') FROM actions WHERE id = ${id}`), '-');
  r = await post(c.staff2, `/actions/${id}/review`, {
    baseline: '40 tariff call-backs a week', result: '12 tariff call-backs a week',
    review: 'The guide is on the website and in the letters; call-backs fell by two thirds.',
  });
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), `/actions/${id}?done=reviewed`);
  // Reviewed, but no root cause yet: still refused.
  r = await post(c.staff2, `/actions/${id}/close`, {});
  assert.equal(r.status, 409);
  assert.match(decodeHtml(r.text), /record its root cause first/);
  assert.equal(one(`SELECT status FROM actions WHERE id = ${id}`), 'open');
  r = await post(c.staff2, `/actions/${id}`, editFields(id, { root_cause: 'communication', why_1: 'The tariff letter uses industry jargon.' }));
  assert.equal(r.status, 303);
  r = await post(c.staff2, `/actions/${id}/close`, {});
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), `/actions/${id}?done=closed`);
  assert.match(one(`SELECT status || '|' || reviewed_by || '|' || result FROM actions WHERE id = ${id}`), new RegExp(`^closed\\|${uid('staff2')}\\|12 tariff`));
  assert.equal(one(`SELECT group_concat(action) FROM (SELECT action FROM audit WHERE target_type = 'action' AND target_id = ${id} ORDER BY id)`), 'action.review,action.update,action.close');
  const page = await c.staff2.get(r.headers.get('location'));
  assert.match(page.text, /The action has been closed/);
});

test('the review of an action from a KPI suggests the baseline and the result since', async () => {
  const id = overdueId();
  const r = await c.manager.get(`/actions/${id}/review`);
  assert.equal(r.status, 200);
  assert.match(inputValue(r.text, 'baseline'), /^Calls answered within 20 seconds: 68% in [A-Z][a-z]{2} \d{4}$/);
  assert.match(inputValue(r.text, 'result'), /^Calls answered within 20 seconds: 76% in [A-Z][a-z]{2} \d{4}$/);
});

test('a manager raises an action from a meeting; staff cannot', async () => {
  const form = await c.manager.get('/actions/new');
  assert.equal(form.status, 200);
  let r = await post(c.manager, '/actions', { title: '', kind: 'improvement', source: 'meeting', problem: '', owner: '', due_date: 'soon' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'title'), 'Title is required.');
  assert.equal(fieldError(r.text, 'due_date'), 'Due date must be a real date written YYYY-MM-DD.');
  assert.equal(fieldError(r.text, 'owner'), 'Owner is required.');
  r = await post(c.manager, '/actions', { title: 'Weekly huddle notes on the board', kind: 'improvement', source: 'meeting', problem: 'Night shift miss the huddle.', owner: uid('staff2'), due_date: '2099-06-30' });
  assert.equal(r.status, 303);
  const id = actionId('Weekly huddle notes');
  assert.equal(r.headers.get('location'), `/actions/${id}?done=created`);
  assert.equal(one(`SELECT kind || '|' || source_type || '|' || status FROM actions WHERE id = ${id}`), 'improvement|meeting|open');
  assert.equal((await c.staff1.get('/actions/new')).status, 403);
  const n = one('SELECT count(*) FROM actions');
  assert.equal((await post(c.staff1, '/actions', { title: 'x', kind: 'improvement', source: 'meeting', problem: 'y', owner: uid('staff1'), due_date: '2099-01-01' })).status, 403);
  assert.equal(one('SELECT count(*) FROM actions'), n);
});

test('long lists are paged, keeping the filters', async () => {
  const owner = uid('staff6');
  one(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
       INSERT INTO actions (source_type, title, owner_id, due_date, created_at, updated_at)
       SELECT 'other', 'Paged action ' || i, ${owner}, '2099-01-' || printf('%02d', i), 'x', 'x' FROM n`);
  const r1 = await c.manager.get(`/actions?owner=${owner}`);
  assert.match(r1.text, /30 action\(s\)/);
  assert.equal(listed(r1.text).length, 25);
  assert.match(r1.text, new RegExp(`href="/actions\\?status=live&amp;source=&amp;owner=${owner}&amp;page=2"`));
  const r2 = await c.manager.get(`/actions?status=live&source=&owner=${owner}&page=2`);
  assert.equal(listed(r2.text).length, 5);
  assert.match(r2.text, /Page 2 of 2/);
});

test('the home page shows each person their open and overdue actions, and managers every overdue one', async () => {
  let r = await c.staff1.get('/');
  assert.match(r.text, /<h2 id="actions-heading">Your actions<\/h2>/);
  assert.match(r.text, /1 of your actions are overdue/);
  assert.match(r.text, new RegExp(`<li class="row--overdue"><a href="/actions/${overdueId()}">Bring calls answered`));
  assert.doesNotMatch(r.text, /Overdue across the team/);
  r = await c.manager.get('/');
  assert.match(r.text, /Overdue across the team/);
  assert.match(r.text, new RegExp(`<a href="/actions/${overdueId()}">Bring calls answered within 20 seconds back to 80%</a> <span class="muted">Amy Clarke, due`));
  assert.match(r.text, /red KPI result\(s\) need attention/);
  r = await c.assessor.get('/');
  assert.doesNotMatch(r.text, /actions-heading/);
});

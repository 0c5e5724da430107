// plans.test.mjs: service plans through the real stack: reading (everyone)
// and writing (managers only), the warnings before saving and the "save
// anyway" confirmation, refusals of bad numbers and dates with the field
// named, each part of a plan, the Gantt's escaping, the review and the
// print view, and the demo plans.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, sql } from '../lib/stack.mjs';
import { BrowserClient, signedIn, csrfIn, fieldError, inputValue, q, userId } from '../lib/e2e-helpers.mjs';

let stack;
let manager;
let staff;
let token;
before(async () => {
  stack = await startStack();
  manager = await signedIn(stack.base, 'manager');
  staff = await signedIn(stack.base, 'staff2');
  token = await manager.csrf('/plans/new');
});
after(() => stack?.stop());

const count = (table, where = '1') => Number(sql(stack.db, `SELECT count(*) FROM ${table} WHERE ${where}`));
const planId = (title) => Number(sql(stack.db, `SELECT id FROM plans WHERE title = ${q(title)}`));
const winter = () => planId('Winter peak service plan');
const summer = () => planId('Summer service plan');
const main = (html) => html.match(/<main[\s\S]*<\/main>/)?.[0] ?? '';
const warningsIn = (html) => [...(html.match(/<div class="warning-summary"[\s\S]*?<\/ul>/)?.[0] ?? '')
  .matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1]);

// A plan's fields with sensible defaults.
const planFields = (over = {}) => ({
  csrf_token: token, title: 'Spring plan', period_start: '2027-03-01', period_end: '2027-05-31',
  status: 'draft', purpose: 'Prepare for the spring price change.', ...over,
});

// Creates a plan with a general contingency (so no warning) and returns its id.
async function newPlan(title) {
  const r = await manager.post('/plans', planFields({ title, contingency: 'Overtime pool.' }));
  assert.equal(r.status, 303, `creating ${title}`);
  return Number(r.headers.get('location').match(/^\/plans\/(\d+)\?done=created$/)[1]);
}

test('everyone reads plans; staff see no controls and are refused every change', async () => {
  const list = await staff.get('/plans');
  assert.equal(list.status, 200);
  assert.match(list.text, /Winter peak service plan/);
  assert.match(list.text, /Summer service plan/);
  assert.doesNotMatch(list.text, /href="\/plans\/new"/);
  const page = await staff.get(`/plans/${winter()}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /<h1>Winter peak service plan<\/h1>/);
  assert.doesNotMatch(main(page.text), /Edit the plan|Add a risk|\/objectives\/\d+"|<form/);
  assert.equal((await staff.get(`/plans/${winter()}/print`)).status, 200);
  const assessor = await signedIn(stack.base, 'assessor');
  assert.equal((await assessor.get(`/plans/${summer()}`)).status, 403, 'assessors read plans only through portfolio snapshots');

  const staffToken = csrfIn(page.text);
  const before = [count('plans'), count('plan_risks'), count('plan_reviews')];
  for (const path of ['/plans/new', `/plans/${winter()}/edit`, `/plans/${winter()}/review`,
    `/plans/${winter()}/risks/new`, `/plans/${winter()}/objectives/1`]) {
    assert.equal((await staff.get(path)).status, 403, `staff GET ${path}`);
  }
  const posts = [
    ['/plans', planFields({ csrf_token: staffToken, save_anyway: '1' })],
    [`/plans/${winter()}`, planFields({ csrf_token: staffToken, save_anyway: '1' })],
    [`/plans/${winter()}/risks`, { csrf_token: staffToken, description: 'x', likelihood: '1', impact: '1', contingency: 'y' }],
    [`/plans/${winter()}/risks/1/delete`, { csrf_token: staffToken }],
    [`/plans/${summer()}/review`, { csrf_token: staffToken, achieved: 'a', against_target: 'b', changes_next: 'c' }],
  ];
  for (const [path, fields] of posts) {
    assert.equal((await staff.post(path, fields)).status, 403, `staff POST ${path}`);
  }
  assert.deepEqual([count('plans'), count('plan_risks'), count('plan_reviews')], before);

  const visitor = new BrowserClient(stack.base);
  const r = await visitor.get('/plans');
  assert.equal(r.status, 303);
  assert.match(r.headers.get('location'), /^\/login/);
});

test('a plan with no contingency is not saved until the manager confirms, and the override is recorded', async () => {
  const before = count('plans');
  const first = await manager.post('/plans', planFields({ title: 'No fallback plan' }));
  assert.equal(first.status, 200, 'warnings are not errors: 200 with the form again');
  assert.deepEqual(warningsIn(first.text).length, 1);
  assert.match(warningsIn(first.text)[0], /no contingency/);
  assert.match(first.text, /<input id="save_anyway" name="save_anyway" type="checkbox" value="1">/);
  assert.equal(inputValue(first.text, 'title'), 'No fallback plan', 'what was typed is kept');
  assert.match(first.text, /<textarea id="purpose"[^>]*>Prepare for the spring price change\.<\/textarea>/);
  assert.equal(count('plans'), before, 'nothing saved yet');

  const second = await manager.post('/plans', planFields({ title: 'No fallback plan', save_anyway: '1' }));
  assert.equal(second.status, 303);
  const id = planId('No fallback plan');
  assert.equal(second.headers.get('location'), `/plans/${id}?done=created`);
  assert.equal(sql(stack.db, `SELECT warnings_overridden, status FROM plans WHERE id = ${id}`), 'no_contingency|draft');
  assert.equal(sql(stack.db, `SELECT detail FROM audit WHERE action = 'plan.created' AND target_id = ${id}`),
    'warnings_overridden=no_contingency');
  const page = await manager.get(`/plans/${id}`);
  assert.match(page.text, /This plan has no contingency[^<]*<span class="tag tag--warning">saved anyway<\/span>/);

  // A risk with a contingency satisfies the check; the plan can then be saved without a warning.
  const risk = await manager.post(`/plans/${id}/risks`, {
    csrf_token: token, description: 'Printer jams', likelihood: '2', impact: '2', contingency: 'Use the spare.',
  });
  assert.equal(risk.status, 303);
  assert.doesNotMatch((await manager.get(`/plans/${id}`)).text, /This plan has no contingency/);
  const edit = await manager.post(`/plans/${id}`, planFields({ title: 'No fallback plan', status: 'active' }));
  assert.equal(edit.status, 303);
  assert.equal(sql(stack.db, `SELECT warnings_overridden, status FROM plans WHERE id = ${id}`), '|active');

  // A plan with a general contingency saves at once.
  const direct = await manager.post('/plans', planFields({ title: 'With fallback', contingency: 'Agency cover.' }));
  assert.equal(direct.status, 303);
  assert.equal(sql(stack.db, `SELECT warnings_overridden FROM plans WHERE title = 'With fallback'`), '');
});

test('bad plan input is refused with the field named and what was typed kept', async () => {
  const before = count('plans');
  const cases = [
    [{ period_end: '2027-02-01' }, 'period_end', /End date must be on or after the start date/],
    [{ period_start: '2027-02-30' }, 'period_start', /Start date must be a real date/],
    [{ period_end: '31/05/2027' }, 'period_end', /End date must be a real date/],
    [{ title: '  ' }, 'title', /Title is required/],
    [{ status: 'finished' }, 'status', /Status must be one of the options/],
    [{ team: '999' }, 'team', /one of the teams listed/],
    [{ owner: 'abc' }, 'owner', /Plan owner must be a whole number/],
  ];
  for (const [change, field, message] of cases) {
    const r = await manager.post('/plans', planFields({ ...change, save_anyway: '1' }));
    assert.equal(r.status, 400, `${JSON.stringify(change)}: status`);
    assert.match(fieldError(r.text, field) ?? '', message, `${JSON.stringify(change)}: message`);
    assert.match(r.text, new RegExp(`<a href="#${field}">`), 'listed in the error summary');
  }
  const r = await manager.post('/plans', planFields({ period_end: '2027-02-01' }));
  assert.equal(inputValue(r.text, 'period_end'), '2027-02-01');
  assert.equal(inputValue(r.text, 'title'), 'Spring plan');
  assert.equal(count('plans'), before);
  const edit = await manager.post(`/plans/${winter()}`, planFields({ period_start: 'soon' }));
  assert.equal(edit.status, 400);
  assert.match(fieldError(edit.text, 'period_start'), /real date/);
  assert.equal((await manager.post('/plans/99999', planFields({ contingency: 'x' }))).status, 404);
  assert.equal((await manager.get('/plans/99999')).status, 404);
});

test('an objective without a measurable target or deadline warns first, and is saved only when confirmed', async () => {
  const id = await newPlan('Objectives plan');
  const goal = await manager.post(`/plans/${id}/goals`, { csrf_token: token, title: 'Keep customers' });
  assert.equal(goal.status, 303);
  const goalId = sql(stack.db, `SELECT id FROM plan_goals WHERE plan_id = ${id}`);
  const vague = { csrf_token: token, goal: goalId, statement: 'Improve service', measure: '', baseline: '', target: '' };
  const first = await manager.post(`/plans/${id}/objectives`, vague);
  assert.equal(first.status, 200);
  const warnings = warningsIn(first.text);
  assert.equal(warnings.length, 2);
  assert.match(warnings[0], /no measurable target/);
  assert.match(warnings[1], /no deadline/);
  assert.equal(count('plan_objectives', `plan_id = ${id}`), 0);
  assert.equal(inputValue(first.text, 'statement'), 'Improve service');

  // A measure and target but no baseline is still not measurable.
  const noBaseline = await manager.post(`/plans/${id}/objectives`, { ...vague, measure: '% answered', target: '80', deadline: '2027-05-01' });
  assert.equal(noBaseline.status, 200);
  assert.deepEqual(warningsIn(noBaseline.text).length, 1);

  const confirmed = await manager.post(`/plans/${id}/objectives`, { ...vague, save_anyway: '1' });
  assert.equal(confirmed.status, 303);
  assert.equal(confirmed.headers.get('location'), `/plans/${id}?done=objectives#objectives`);
  assert.equal(sql(stack.db, `SELECT statement, warnings_overridden FROM plan_objectives WHERE plan_id = ${id}`),
    'Improve service|no_target,no_deadline');
  assert.match(sql(stack.db, `SELECT detail FROM audit WHERE action = 'plan_objective.created' ORDER BY id DESC LIMIT 1`),
    /warnings_overridden=no_target,no_deadline/);
  const page = await manager.get(`/plans/${id}`);
  assert.match(page.text, /Objective &quot;Improve service&quot; has no measurable target[^<]*<span class="tag tag--warning">saved anyway/);
  assert.match(page.text, /Objective &quot;Improve service&quot; has no deadline/);

  // A SMART objective saves at once, with no override.
  const smart = await manager.post(`/plans/${id}/objectives`, {
    csrf_token: token, goal: goalId, statement: 'Answer more calls in 20 s', measure: '% in 20 s',
    baseline: '70', target: '80', current_value: '75', deadline: '2027-05-31',
  });
  assert.equal(smart.status, 303);
  assert.equal(sql(stack.db, `SELECT baseline, target, current_value, deadline, warnings_overridden FROM plan_objectives
    WHERE statement = 'Answer more calls in 20 s'`), '70.0|80.0|75.0|2027-05-31|');
});

test('objective numbers and dates are refused with the field named; progress works both ways', async () => {
  const id = await newPlan('Numbers plan');
  const other = await newPlan('Other plan');
  await manager.post(`/plans/${other}/goals`, { csrf_token: token, title: 'Not this plan' });
  const foreignGoal = sql(stack.db, `SELECT id FROM plan_goals WHERE plan_id = ${other}`);
  const base = { csrf_token: token, statement: 'Fewer complaints', measure: 'complaints a month', baseline: '14', target: '6', current_value: '10', deadline: '2027-05-01' };
  const cases = [
    [{ baseline: 'abc' }, 'baseline', /Baseline must be a number/],
    [{ target: '1e3' }, 'target', /Target value must be a number/],
    [{ current_value: '12,5' }, 'current_value', /Current value must be a number/],
    [{ target: '99999999999' }, 'target', /between/],
    [{ deadline: '2027-13-01' }, 'deadline', /Deadline must be a real date/],
    [{ goal: foreignGoal }, 'goal', /this plan's business goals/],
    [{ owner: '987654' }, 'owner', /one of the people listed/],
    [{ statement: '' }, 'statement', /Objective is required/],
  ];
  for (const [change, field, message] of cases) {
    const r = await manager.post(`/plans/${id}/objectives`, { ...base, ...change, save_anyway: '1' });
    assert.equal(r.status, 400, `${JSON.stringify(change)}: status`);
    assert.match(fieldError(r.text, field) ?? '', message, `${JSON.stringify(change)}: message`);
  }
  assert.equal(count('plan_objectives', `plan_id = ${id}`), 0);

  assert.equal((await manager.post(`/plans/${id}/objectives`, base)).status, 303);
  assert.equal((await manager.post(`/plans/${id}/objectives`, {
    ...base, statement: 'More first-reply fixes', measure: '%', baseline: '60', target: '80', current_value: '85',
  })).status, 303);
  const page = await manager.get(`/plans/${id}`);
  const rows = [...page.text.matchAll(/<tr>\s*<td>([^<]*) <a[^>]*>Edit[\s\S]*?<\/tr>/g)].map((m) => m[0]);
  const fewer = rows.find((r) => r.includes('Fewer complaints'));
  const more = rows.find((r) => r.includes('More first-reply fixes'));
  assert.match(fewer, /value="50"[^>]*>50%<\/progress> 50%/, 'falling from 14 towards 6, at 10: half way');
  assert.match(more, /value="100"[^>]*>100%<\/progress> 100%/);
  assert.match(more, /Achieved/);

  // Editing keeps the row and recomputes progress.
  const objId = sql(stack.db, `SELECT id FROM plan_objectives WHERE statement = 'Fewer complaints'`);
  const form = await manager.get(`/plans/${id}/objectives/${objId}`);
  assert.equal(inputValue(form.text, 'current_value'), '10');
  assert.equal(inputValue(form.text, 'baseline'), '14');
  assert.equal((await manager.post(`/plans/${id}/objectives/${objId}`, { ...base, current_value: '8' })).status, 303);
  assert.match((await manager.get(`/plans/${id}`)).text, /value="75"/);
  // An item is only reachable under its own plan.
  assert.equal((await manager.get(`/plans/${other}/objectives/${objId}`)).status, 404);
  assert.equal((await manager.post(`/plans/${other}/objectives/${objId}`, { ...base, save_anyway: '1' })).status, 404);
});

test('milestones: dates checked, drawn on the Gantt with escaped labels, edited and deleted', async () => {
  const id = await newPlan('Timeline plan');
  const bad = await manager.post(`/plans/${id}/milestones`, { csrf_token: token, title: 'Backwards', start_date: '2027-04-10', due_date: '2027-04-01' });
  assert.equal(bad.status, 400);
  assert.match(fieldError(bad.text, 'due_date'), /Start date must be on or before the due date/);
  const noDue = await manager.post(`/plans/${id}/milestones`, { csrf_token: token, title: 'No due' });
  assert.equal(noDue.status, 400);
  assert.match(fieldError(noDue.text, 'due_date'), /Due date is required/);
  const badDone = await manager.post(`/plans/${id}/milestones`, { csrf_token: token, title: 'x', due_date: '2027-04-01', done_date: 'yesterday' });
  assert.equal(badDone.status, 400);
  assert.match(fieldError(badDone.text, 'done_date'), /Date reached must be a real date/);
  assert.equal(count('plan_milestones', `plan_id = ${id}`), 0);

  const hostile = '<script>alert("x")</script> & launch';
  assert.equal((await manager.post(`/plans/${id}/milestones`, { csrf_token: token, title: hostile, start_date: '2027-03-05', due_date: '2027-03-20' })).status, 303);
  assert.equal((await manager.post(`/plans/${id}/milestones`, { csrf_token: token, title: 'Go live', due_date: '2027-04-15' })).status, 303);
  const page = await manager.get(`/plans/${id}`);
  assert.doesNotMatch(page.text, /<script>alert/);
  const svg = page.text.match(/<svg class="gantt"[\s\S]*?<\/svg>/)?.[0];
  assert.ok(svg, 'the Gantt chart is on the page');
  assert.match(svg, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; launch/);
  assert.equal((svg.match(/<rect class="gantt-bar/g) ?? []).length, 1, 'one bar for the ranged milestone');
  assert.equal((svg.match(/<polygon class="gantt-point/g) ?? []).length, 1, 'one diamond for the one-day milestone');
  assert.match(page.text, /<caption class="visually-hidden">Milestones<\/caption>/, 'a table beside the chart');

  const msId = sql(stack.db, `SELECT id FROM plan_milestones WHERE title = 'Go live'`);
  assert.equal((await manager.post(`/plans/${id}/milestones/${msId}`, { csrf_token: token, title: 'Go live', due_date: '2027-04-15', done_date: '2027-04-18' })).status, 303);
  assert.match((await manager.get(`/plans/${id}`)).text, /milestone--done-late">Done late/);
  assert.equal((await manager.post(`/plans/${id}/milestones/${msId}/delete`, { csrf_token: token })).status, 303);
  assert.equal(count('plan_milestones', `id = ${msId}`), 0);
  assert.equal(sql(stack.db, `SELECT count(*) FROM audit WHERE action = 'plan_milestone.deleted' AND target_id = ${msId}`), '1');
  assert.equal((await manager.post(`/plans/${id}/milestones/${msId}/delete`, { csrf_token: token })).status, 404);
});

test('resources, risks and stakeholders: refusals named, rows shown with score and band', async () => {
  const id = await newPlan('Parts plan');
  const refusals = [
    ['resources', { kind: 'staff_hours', description: 'Temps', quantity: '100' }, 'from_date', /Staff hours need the date they are needed from/],
    ['resources', { kind: 'staff_hours', description: 'Temps', quantity: '100', from_date: '2027-03-10', to_date: '2027-03-01' }, 'to_date', /To must be on or after From/],
    ['resources', { kind: 'budget', description: 'Training', quantity: '-5' }, 'quantity', /Quantity must be between/],
    ['resources', { kind: 'budget', description: 'Training', quantity: 'lots' }, 'quantity', /Quantity must be a number/],
    ['resources', { kind: 'people', description: 'x', quantity: '1' }, 'kind', /one of the options/],
    ['risks', { description: 'Flu', likelihood: '6', impact: '3', contingency: 'Cover' }, 'likelihood', /Likelihood must be between 1 and 5/],
    ['risks', { description: 'Flu', likelihood: '3', impact: 'high', contingency: 'Cover' }, 'impact', /Impact must be a whole number/],
    ['risks', { description: 'Flu', likelihood: '3', impact: '3', contingency: '' }, 'contingency', /Contingency is required/],
    ['stakeholders', { name: 'Board', channel: 'pigeon', frequency: 'weekly' }, 'channel', /one of the options/],
    ['stakeholders', { name: '', channel: 'email', frequency: 'weekly' }, 'name', /Stakeholder is required/],
  ];
  for (const [part, fields, field, message] of refusals) {
    const r = await manager.post(`/plans/${id}/${part}`, { csrf_token: token, ...fields });
    assert.equal(r.status, 400, `${part} ${JSON.stringify(fields)}`);
    assert.match(fieldError(r.text, field) ?? '', message, `${part} ${field}`);
  }
  assert.equal(count('plan_resources', `plan_id = ${id}`) + count('plan_risks', `plan_id = ${id}`) + count('plan_stakeholders', `plan_id = ${id}`), 0);

  const ok = [
    ['resources', { kind: 'staff_hours', description: 'Temps', quantity: '120.5', from_date: '2027-03-01', to_date: '2027-03-31', team: sql(stack.db, "SELECT id FROM teams WHERE name = 'Phones'") }],
    ['resources', { kind: 'budget', description: 'Training', quantity: '1500' }],
    ['risks', { description: 'Flu season', likelihood: '4', impact: '3', contingency: 'Overtime pool' }],
    ['risks', { description: 'Outage', likelihood: '1', impact: '5', contingency: 'Standby platform' }],
    ['stakeholders', { name: 'Billing team', interest: 'Call drivers', channel: 'email', frequency: 'fortnightly' }],
  ];
  for (const [part, fields] of ok) {
    const r = await manager.post(`/plans/${id}/${part}`, { csrf_token: token, ...fields });
    assert.equal(r.status, 303, `${part} ${JSON.stringify(fields)}`);
  }
  const page = (await manager.get(`/plans/${id}`)).text;
  assert.match(page, /120\.5 hours/);
  // No shifts are planned in March 2027: the rota's 0 hours fall short.
  assert.match(page, /Phones<\/td>\s*<td><strong class="tag tag--warning">0\.0 hours: short of what is asked<\/strong>/);

  // Over the demo's rota weeks the planned hours are the Phones team's
  // shifts net of their breaks, worked out here from the table.
  const from = sql(stack.db, 'SELECT min(local_date) FROM shifts'), to = sql(stack.db, 'SELECT max(local_date) FROM shifts');
  const phones = sql(stack.db, "SELECT id FROM teams WHERE name = 'Phones'");
  const expected = Number(sql(stack.db, `SELECT round(sum((julianday(s.end_utc) - julianday(s.start_utc)) * 24 - s.break_minutes / 60.0), 1)
    FROM shifts s JOIN users u ON u.id = s.user_id WHERE u.team_id = ${phones} AND s.local_date BETWEEN '${from}' AND '${to}'`));
  assert.ok(expected > 0, 'the demo rota plans Phones shifts');
  let r = await manager.post(`/plans/${id}/resources`, { csrf_token: token, kind: 'staff_hours', description: 'Phones cover',
    quantity: '1', from_date: from, to_date: to, team: phones });
  assert.equal(r.status, 303);
  const withRota = (await manager.get(`/plans/${id}`)).text;
  assert.match(withRota, new RegExp(`Phones</td>\\s*<td>${expected.toFixed(1).replace('.', '\\.')} hours</td>`));
  assert.match(page, /£1500/);
  assert.match(page, /risk--high">12 high/);
  assert.match(page, /risk--medium">5 medium/);
  assert.ok(page.indexOf('Flu season') < page.indexOf('Outage'), 'highest score first');
  assert.match(page, /Billing team[\s\S]*?Email updates<\/td>\s*<td>Fortnightly/);
});

test('a form without its CSRF token changes nothing', async () => {
  const before = [count('plans'), count('plan_risks')];
  const r1 = await manager.post('/plans', { ...planFields({ contingency: 'x' }), csrf_token: '' });
  const r2 = await manager.post(`/plans/${winter()}/risks`, { description: 'x', likelihood: '1', impact: '1', contingency: 'y' });
  assert.equal(r1.status, 403);
  assert.equal(r2.status, 403);
  assert.deepEqual([count('plans'), count('plan_risks')], before);
});

test('the review needs all three answers, then closes the plan', async () => {
  const id = await newPlan('Plan to review');
  const empty = await manager.post(`/plans/${id}/review`, { csrf_token: token, achieved: 'Most of it', against_target: '', changes_next: '' });
  assert.equal(empty.status, 400);
  assert.match(fieldError(empty.text, 'against_target'), /Against the targets is required/);
  assert.match(fieldError(empty.text, 'changes_next'), /What changes next is required/);
  assert.match(empty.text, /<textarea id="achieved"[^>]*>Most of it<\/textarea>/);
  assert.equal(count('plan_reviews', `plan_id = ${id}`), 0);
  const r = await manager.post(`/plans/${id}/review`, { csrf_token: token, achieved: 'Calls answered faster.', against_target: '78% against 80%.', changes_next: 'Start recruiting earlier.' });
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), `/plans/${id}?done=reviewed#review`);
  assert.equal(sql(stack.db, `SELECT status FROM plans WHERE id = ${id}`), 'closed');
  assert.equal(sql(stack.db, `SELECT achieved, against_target, changes_next FROM plan_reviews WHERE plan_id = ${id}`),
    'Calls answered faster.|78% against 80%.|Start recruiting earlier.');
  const page = (await manager.get(`/plans/${id}?done=reviewed`)).text;
  assert.match(page, /The review has been saved and the plan closed/);
  assert.match(page, /What changes next<\/dt><dd class="prewrap">Start recruiting earlier\.<\/dd>/);
  assert.match(page, /Reviewed by<\/dt><dd>Daniel Okafor, /);
  assert.equal(sql(stack.db, `SELECT count(*) FROM audit WHERE action = 'plan.reviewed' AND target_id = ${id}`), '1');
});

test('the print view has the whole plan and no controls', async () => {
  const r = await staff.get(`/plans/${summer()}/print`);
  assert.equal(r.status, 200);
  const body = main(r.text);
  assert.match(body, /<h1>Summer service plan<\/h1>/);
  assert.match(body, /Service plan of Riverside Energy Customer Service\. Printed /);
  for (const heading of ['Business goals', 'Objectives', 'Milestones and timeline', 'Resource requirements',
    'Risks and contingencies', 'Stakeholders and communication', 'Review']) {
    assert.match(body, new RegExp(`<h2 id="[a-z]+">${heading}</h2>`), heading);
  }
  assert.match(body, /<svg class="gantt"/);
  assert.match(body, /Live chat opened on time/);
  assert.doesNotMatch(body, /<form|>Edit<|Add a /);
  const asManager = main((await manager.get(`/plans/${summer()}/print`)).text);
  assert.doesNotMatch(asManager, /<form|>Edit<|Add a /, 'no controls for managers either');
  assert.equal((await staff.get('/plans/99999/print')).status, 404);
});

test('the demo plans: statuses from today, the rota column waiting, the past review', async () => {
  const page = (await manager.get(`/plans/${winter()}`)).text;
  assert.match(page, /Peak readiness check[\s\S]*?milestone--overdue">Overdue/);
  assert.match(page, /Recruit and train three winter temps[\s\S]*?milestone--done-late">Done late/);
  assert.match(page, /New bill-shock call script live[\s\S]*?milestone--done">Done</);
  assert.match(page, /Raise satisfaction after calls[\s\S]*?Not measured yet/);
  assert.match(page, /class="gantt-today"/);
  assert.match(page, /risk--severe">16 severe/);
  assert.match(page, /Every check passes/);
  assert.match(page, /Not reviewed yet/);
  const past = (await manager.get(`/plans/${summer()}`)).text;
  assert.match(past, /plan-status--closed">Closed/);
  assert.match(past, /82% of the way/);
  assert.match(past, /Open live chat to customers[\s\S]*?Achieved/);
});

test('the list pages through plans and filters by status', async () => {
  const values = Array.from({ length: 25 }, (_, i) =>
    `('Bulk plan ${String(i).padStart(2, '0')}', '2020-01-01', '2020-02-01', 'draft', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`).join(',');
  sql(stack.db, `INSERT INTO plans (title, period_start, period_end, status, created_at, updated_at) VALUES ${values}`);
  const first = await manager.get('/plans');
  assert.equal((first.text.match(/<td><a href="\/plans\/\d+">/g) ?? []).length, 20);
  assert.match(first.text, /<a rel="next" href="\/plans\?page=2">/);
  const second = await manager.get('/plans?page=2');
  assert.ok((second.text.match(/<td><a href="\/plans\/\d+">/g) ?? []).length >= 5);
  const closed = await manager.get('/plans?status=closed');
  assert.match(closed.text, /Summer service plan/);
  assert.doesNotMatch(closed.text, /Winter peak service plan|Bulk plan/);
  const none = await staff.get('/plans?status=active&page=9');
  assert.equal(none.status, 200);
  assert.equal((await staff.get('/plans?status=nonsense')).status, 400);
});

test('the manager\'s home page lists the running plans and their overdue milestones; staff do not get the panel', async () => {
  const home = await manager.get('/');
  assert.match(home.text, /<h2 id="plans-heading">Service plans running<\/h2>/);
  assert.match(home.text, new RegExp(`<a href="/plans/${winter()}">Winter peak service plan</a> <span class="muted">ends [^<]+</span> <span class="tag tag--warning">1 overdue milestone</span>`));
  assert.doesNotMatch(home.text, /Summer service plan/, 'closed plans are not listed');
  assert.doesNotMatch((await staff.get('/')).text, /plans-heading/);
});

test('an objective measured by a KPI takes its latest result as the current value; an unknown KPI is refused', async () => {
  const id = winter();
  const kpi = Number(sql(stack.db, "SELECT id FROM kpis WHERE name = 'Net Promoter Score'"));
  const latest = Number(sql(stack.db, `SELECT value FROM kpi_results WHERE kpi_id = ${kpi} ORDER BY period DESC LIMIT 1`));
  const fields = { csrf_token: token, statement: 'Lift NPS', measure: 'NPS', baseline: '10', target: '40',
    current_value: '12', deadline: '2099-01-01', kpi: String(kpi) };
  let r = await manager.post(`/plans/${id}/objectives`, { ...fields, kpi: '999999' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'kpi'), 'Choose one of the KPIs listed.');
  assert.match(r.text, /<option value="\d+"[^>]*>Net Promoter Score<\/option>/, 'the KPIs are offered');
  r = await manager.post(`/plans/${id}/objectives`, fields);
  assert.equal(r.status, 303);
  assert.equal(sql(stack.db, "SELECT kpi_id FROM plan_objectives WHERE statement = 'Lift NPS'"), String(kpi));
  const page = (await manager.get(`/plans/${id}`)).text;
  const row = page.slice(page.indexOf('Lift NPS'));
  // The KPI's latest result, not the 12 typed in, and a link to the KPI.
  assert.match(row, new RegExp(`<td>${String(latest).replace('.', '\\.')}<br><span class="muted">from KPI <a href="/kpis/${kpi}">Net Promoter Score</a>`));
});

test('RACI per plan: managers name people, one accountable; staff are refused; shown on the plan, print view and /team', async () => {
  const id = await newPlan('Plan with a RACI');
  const add = (user, letter, client = manager, csrf = token) =>
    client.post(`/plans/${id}/raci`, { csrf_token: csrf, user: String(userId(stack.db, user)), letter });
  const empty = await manager.get(`/plans/${id}`);
  assert.match(empty.text, /<h2 id="raci">Who is responsible \(RACI\)<\/h2>\s*<p class="empty">Nobody has been named yet\.<\/p>/);
  assert.match(empty.text, new RegExp(`<form method="post" action="/plans/${id}/raci"`));
  const r = await add('manager', 'A');
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), `/plans/${id}?done=raci#raci`);
  assert.equal((await add('staff6', 'R')).status, 303);
  const second = await add('staff1', 'A');
  assert.equal(second.status, 400);
  assert.match(fieldError(second.text, 'letter'), /Only one person can be accountable, and Daniel Okafor already is/);
  assert.match(second.text, new RegExp(`<option value="${userId(stack.db, 'staff1')}" selected>`), 'the chosen person is kept');
  const twice = await add('staff6', 'R');
  assert.equal(twice.status, 400);
  assert.equal(fieldError(twice.text, 'letter'), 'That person already has that letter here.');
  const nobody = await manager.post(`/plans/${id}/raci`, { csrf_token: token, user: '99999', letter: 'C' });
  assert.equal(nobody.status, 400);
  assert.equal(fieldError(nobody.text, 'user'), 'Person must be one of the people listed.');
  const badLetter = await manager.post(`/plans/${id}/raci`, { csrf_token: token, user: '1', letter: 'X' });
  assert.equal(badLetter.status, 400);
  assert.equal(fieldError(badLetter.text, 'letter'), 'Role must be one of the options offered.');
  assert.equal((await manager.post('/plans/99999/raci', { csrf_token: token, user: '1', letter: 'C' })).status, 404);
  assert.equal(count('raci', `subject_type = 'plan' AND subject_id = ${id}`), 2);
  assert.equal(count('audit', `action = 'raci.added' AND detail LIKE 'plan ${id} %'`), 2);

  // staff read it without controls and are refused both POSTs; no CSRF token, no change
  const page = await staff.get(`/plans/${id}`);
  assert.match(page.text, /<td><abbr title="Responsible">R<\/abbr> Responsible<\/td><td>Femi Adeyemi<\/td><\/tr>/);
  assert.match(page.text, /<td><abbr title="Accountable">A<\/abbr> Accountable<\/td><td>Daniel Okafor<\/td><\/tr>/);
  assert.doesNotMatch(main(page.text), /\/raci/);
  const raciId = sql(stack.db, `SELECT id FROM raci WHERE subject_type = 'plan' AND subject_id = ${id} AND letter = 'A'`);
  const staffToken = csrfIn(page.text);
  assert.equal((await add('staff2', 'C', staff, staffToken)).status, 403);
  assert.equal((await staff.post(`/plans/${id}/raci/${raciId}/delete`, { csrf_token: staffToken })).status, 403);
  assert.equal((await manager.post(`/plans/${id}/raci`, { user: '1', letter: 'C' })).status, 403);
  assert.equal((await manager.post(`/plans/${id}/raci/${raciId}/delete`, {})).status, 403);
  assert.equal(count('raci', `subject_type = 'plan' AND subject_id = ${id}`), 2);

  // the print view and the team overview show it
  const print = main((await staff.get(`/plans/${id}/print`)).text);
  assert.match(print, /<td><abbr title="Responsible">R<\/abbr> Responsible<\/td><td>Femi Adeyemi<\/td><\/tr>/);
  assert.doesNotMatch(print, /<form/);
  const team = (await staff.get('/team')).text;
  assert.match(team, new RegExp(`<td>Femi Adeyemi</td>[\\s\\S]*?<abbr title="Responsible">R</abbr> \\(Responsible\\) for the plan <a href="/plans/${id}">Plan with a RACI</a>`));

  // removal: once, then 404; an entry of another subject is not this plan's
  assert.equal((await manager.post(`/plans/${winter()}/raci/${raciId}/delete`, { csrf_token: token })).status, 404);
  assert.equal((await manager.post(`/plans/${id}/raci/${raciId}/delete`, { csrf_token: token })).status, 303);
  assert.equal((await manager.post(`/plans/${id}/raci/${raciId}/delete`, { csrf_token: token })).status, 404);
  assert.equal((await add('staff1', 'A')).status, 303, 'now someone else can be accountable');
  assert.equal(count('raci', `subject_type = 'plan' AND subject_id = ${id}`), 2);
});

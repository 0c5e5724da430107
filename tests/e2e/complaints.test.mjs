// complaints.test.mjs: the complaints area through the real stack: the
// queue with its filters and pages, recording (and its refusals), contact
// details for managers only and audited, the handling model's steps with
// the skipped-step warning, acknowledging, pausing with a reason (the
// paused days move the due date), the stage 1 response, escalation to a
// different person (the same handler refused), closing at stage 2
// refused to the stage 1 handler, the letter, the follow-up survey tied
// to the complaint, the CRA remedies, root cause and systemic problems,
// corrective actions, settings (the model set once), analysis and its
// CSV, the KPI computed from complaints, the home panel, and assessors
// refused on every page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, sql } from '../lib/stack.mjs';
import { BrowserClient, signedIn, csrfIn, fieldError, decodeHtml, q, userId, submissionKey } from '../lib/e2e-helpers.mjs';

let stack, manager, staff1, staff2, staff5, assessor;
before(async () => {
  stack = await startStack();
  manager = await signedIn(stack.base, 'manager');
  staff1 = await signedIn(stack.base, 'staff1');
  staff2 = await signedIn(stack.base, 'staff2');
  staff5 = await signedIn(stack.base, 'staff5');
  assessor = await signedIn(stack.base, 'assessor');
});
after(() => stack?.stop());

const one = (s) => sql(stack.db, s);
const idOf = (name) => Number(one(`SELECT id FROM complaints WHERE customer_name = ${q(name)} ORDER BY id DESC LIMIT 1`));

// POSTs with the CSRF token of the client's queue page.
async function post(client, path, fields) {
  const token = csrfIn((await client.get('/complaints')).text);
  return client.post(path, { csrf_token: token, ...fields });
}

// Records a complaint as client; returns its id.
async function record(client, fields = {}) {
  const r = await post(client, '/complaints', {
    channel: 'phone', received: one("SELECT date('now')"), customer_name: 'Test Customer',
    contact_email: 'test.customer@example.org', contact_phone: '', what_happened: 'The engineer never came on the day agreed.',
    what_they_want: 'A new appointment', product: 'Boiler service', category: '2', severity: 'medium',
    vulnerability: '', adjustment: '', owner: String(userId(stack.db, 'staff1')), ...fields,
  });
  assert.equal(r.status, 303, `recording: ${fieldError(r.text, 'customer_name') ?? ''} ${fieldError(r.text, 'category') ?? ''}`);
  const id = Number(r.headers.get('location').match(/\/complaints\/(\d+)\?done=created/)[1]);
  return id;
}

test('the queue lists open complaints by deadline, filters and pages them', async () => {
  const r = await staff1.get('/complaints');
  assert.equal(r.status, 200);
  assert.match(r.text, /Hannah Cole/);
  assert.doesNotMatch(r.text, /Edith Barnes/, 'closed complaints are not in the open queue');
  const all = await staff1.get('/complaints?status=all');
  assert.match(all.text, /Edith Barnes/);
  const overdue = decodeHtml((await manager.get('/complaints?due=overdue')).text);
  assert.match(overdue, /Daniel Wright/);
  assert.doesNotMatch(overdue, /Isla Morgan/);
  assert.doesNotMatch(overdue, /Aisha Rahman/, 'a paused complaint is not overdue');
  const stage2 = decodeHtml((await manager.get('/complaints?stage=2')).text);
  assert.match(stage2, /Patrick O'Neill/);
  assert.doesNotMatch(stage2, /Hannah Cole/);
  const email = await manager.get('/complaints?status=all&channel=email');
  assert.match(email.text, /Tom Reid/);
  assert.doesNotMatch(email.text, /Hannah Cole/);
  // pages of 25
  one(`INSERT INTO complaints (received_at, received_day, channel, customer_name, what_happened, ack_due, response_due, next_due, created_at, updated_at)
       SELECT strftime('%Y-%m-%dT%H:%M:%SZ','now'), date('now'), 'phone', 'Bulk ' || value, 'Bulk complaint text', date('now','+7 days'), date('now','+14 days'), date('now','+7 days'), 'x', 'x'
       FROM generate_series(1, 30)`);
  const p1 = await manager.get('/complaints?status=all');
  assert.match(p1.text, /Page 1 of 2/);
  const p2 = await manager.get('/complaints?status=all&page=2');
  assert.match(p2.text, /Page 2 of 2/);
  one("DELETE FROM complaints WHERE customer_name LIKE 'Bulk %'");
});

test('recording a complaint starts its clocks and seals the contact details', async () => {
  const id = await record(staff2, { customer_name: 'Rec Ord', contact_email: 'rec.ord@example.org' });
  const row = one(`SELECT source, stage, status, ack_due > received_day, response_due > ack_due, next_due = ack_due,
                   contact_email_index <> '', instr(CAST(contact AS TEXT), 'rec.ord') FROM complaints WHERE id = ${id}`);
  assert.equal(row, 'staff|1|open|1|1|1|1|0');
  assert.equal(one(`SELECT count(*) FROM audit WHERE action = 'complaint.create' AND target_id = ${id}`), '1');
  const page = await staff2.get(`/complaints/${id}?done=created`);
  assert.equal(page.status, 200);
  assert.match(page.text, /its clocks have started/);
  assert.match(page.text, /Handling: HEAT/);
  // the queue's cached body escapes what people typed
  await record(staff2, { customer_name: '<b>Bold</b> & "Co"' });
  const queue = await staff2.get('/complaints');
  assert.match(queue.text, /&lt;b&gt;Bold&lt;\/b&gt; &amp; &quot;Co&quot;/);
  assert.doesNotMatch(queue.text, /<b>Bold<\/b>/);
});

test('bad input is refused beside its field with what was typed kept', async () => {
  const r = await post(staff2, '/complaints', {
    channel: 'phone', received: '2100-01-01', customer_name: 'Kept <Name>', what_happened: 'short',
    category: '999', severity: 'medium', owner: String(userId(stack.db, 'staff2')), contact_email: 'not-an-email',
  });
  assert.equal(r.status, 400);
  assert.match(fieldError(r.text, 'what_happened'), /at least 10/);
  assert.equal(fieldError(r.text, 'category'), 'Choose one of the categories listed.');
  assert.equal(fieldError(r.text, 'received'), 'The date received cannot be in the future.');
  assert.ok(fieldError(r.text, 'contact_email'));
  assert.match(r.text, /value="Kept &lt;Name&gt;"/);
  const noToken = await staff2.post('/complaints', { customer_name: 'x' });
  assert.equal(noToken.status, 403);
});

test('a complaint is assigned an owner, a category and a severity; refused for a retired category', async () => {
  const id = await record(staff1, { customer_name: 'Assign Person' });
  let r = await post(staff1, `/complaints/${id}/assign`, { assign_owner: String(userId(stack.db, 'staff2')), assign_category: '999', assign_severity: 'high' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'assign_category'), 'Choose one of the categories listed.');
  r = await post(staff1, `/complaints/${id}/assign`, { assign_owner: String(userId(stack.db, 'assessor')), assign_category: '3', assign_severity: 'high' });
  assert.equal(r.status, 400);
  assert.ok(fieldError(r.text, 'assign_owner'));
  r = await post(staff1, `/complaints/${id}/assign`, { assign_owner: String(userId(stack.db, 'staff2')), assign_category: '3', assign_severity: 'high' });
  assert.equal(r.status, 303);
  assert.equal(one(`SELECT owner_id || '|' || category_id || '|' || severity FROM complaints WHERE id = ${id}`), `${userId(stack.db, 'staff2')}|3|high`);
  assert.equal(one(`SELECT count(*) FROM audit WHERE action = 'complaint.assign' AND target_id = ${id}`), '1');
});

test('contact details: managers only, on request, and every viewing audited', async () => {
  const id = idOf('Tom Reid');
  const staffPage = await staff1.get(`/complaints/${id}?contact=1`);
  assert.equal(staffPage.status, 200);
  assert.doesNotMatch(staffPage.text, /tom\.reid@example\.com/);
  assert.match(staffPage.text, /a manager can see them/);
  const before = Number(one(`SELECT count(*) FROM audit WHERE action = 'complaint.contact_viewed' AND target_id = ${id}`));
  assert.equal(before, 0);
  const plain = await manager.get(`/complaints/${id}`);
  assert.doesNotMatch(plain.text, /tom\.reid@example\.com/);
  assert.match(plain.text, /Show the contact details/);
  const shown = await manager.get(`/complaints/${id}?contact=1`);
  assert.match(shown.text, /<span id="contact-email">tom\.reid@example\.com<\/span>/);
  assert.equal(one(`SELECT count(*) FROM audit WHERE action = 'complaint.contact_viewed' AND target_id = ${id}`), '1');
});

test('the handling model: steps recorded with who and when, a skipped step warned about', async () => {
  const id = await record(staff1, { customer_name: 'Step Person' });
  let r = await post(staff1, `/complaints/${id}/steps`, { step: 'apologise', step_text: 'Said sorry for the missed visit.' });
  assert.equal(r.status, 303);
  const page = await staff1.get(`/complaints/${id}`);
  assert.match(page.text, /A step of the model was skipped/);
  assert.match(page.text, /Hear <span class="tag tag--warning">Skipped<\/span>/);
  assert.match(page.text, /Said sorry for the missed visit\./);
  r = await post(staff1, `/complaints/${id}/steps`, { step: 'solve', step_text: 'Not a HEAT step at all.' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'step'), 'Choose one of the steps of the handling model.');
  r = await post(staff1, `/complaints/${id}/steps`, { step: 'hear', step_text: 'Listened to the whole story.' });
  assert.equal(r.status, 303);
  assert.match((await staff1.get(`/complaints/${id}`)).text, /Empathise <span class="tag tag--warning">Skipped/, 'still skipped between two recorded steps');
  r = await post(staff1, `/complaints/${id}/steps`, { step: 'empathise', step_text: 'Said how frustrating a wasted day is.' });
  assert.equal(r.status, 303);
  assert.doesNotMatch((await staff1.get(`/complaints/${id}`)).text, /A step of the model was skipped/);
  assert.equal(one(`SELECT count(*) FROM complaint_steps WHERE complaint_id = ${id}`), '3');
});

test('pauses only with a reason; the paused working days move the deadline and are shown', async () => {
  const id = await record(staff1, { customer_name: 'Pause Person' });
  let r = await post(staff1, `/complaints/${id}/pause`, { pause_reason: '' });
  assert.equal(r.status, 400);
  assert.ok(fieldError(r.text, 'pause_reason'));
  r = await post(staff1, `/complaints/${id}/pause`, { pause_reason: 'Waiting for the customer to send photos' });
  assert.equal(r.status, 303);
  r = await post(staff1, `/complaints/${id}/pause`, { pause_reason: 'Again while paused' });
  assert.equal(r.status, 409);
  const dueBefore = one(`SELECT response_due FROM complaints WHERE id = ${id}`);
  // the pause began a week ago (three working days at least)
  one(`UPDATE complaint_pauses SET started_day = date('now', '-7 days') WHERE complaint_id = ${id}`);
  one(`UPDATE complaints SET received_day = date('now', '-8 days') WHERE id = ${id}`);
  r = await post(staff1, `/complaints/${id}/resume`, {});
  assert.equal(r.status, 303);
  const [paused, dueAfter] = one(`SELECT paused_days, response_due FROM complaints WHERE id = ${id}`).split('|');
  assert.ok(Number(paused) >= 3, `paused ${paused} working days`);
  const unpaused = one(`SELECT count(*) FROM complaints WHERE id = ${id} AND paused_since IS NULL`);
  assert.equal(unpaused, '1');
  assert.ok(dueAfter > one(`SELECT date('now', '-8 days')`), 'a due date is set');
  assert.notEqual(dueAfter, dueBefore);
  const page = await staff1.get(`/complaints/${id}`);
  assert.match(page.text, new RegExp(`<strong id="paused-days">${paused} working days</strong>`));
  assert.match(page.text, /Waiting for the customer to send photos/);
  r = await post(staff1, `/complaints/${id}/resume`, {});
  assert.equal(r.status, 409);
});

test('stage 2 by someone else: the same handler refused, and the stage 1 handler cannot close stage 2', async () => {
  const id = await record(staff1, { customer_name: 'Escalate Person' });
  let r = await post(staff1, `/complaints/${id}/acknowledge`, {});
  assert.equal(r.status, 303);
  r = await post(staff1, `/complaints/${id}/acknowledge`, {});
  assert.equal(r.status, 409);
  r = await post(staff1, `/complaints/${id}/escalate`, { escalation_reason: 'Not happy', handler: String(userId(stack.db, 'manager')) });
  assert.equal(r.status, 409, 'no escalation before the stage 1 response');
  r = await post(staff1, `/complaints/${id}/respond`, { response_summary: 'We rebooked the visit for Monday.' });
  assert.equal(r.status, 303);
  assert.equal(one(`SELECT stage1_handler_id FROM complaints WHERE id = ${id}`), String(userId(stack.db, 'staff1')));
  r = await post(staff1, `/complaints/${id}/escalate`, { escalation_reason: 'Customer not satisfied', handler: String(userId(stack.db, 'staff1')) });
  assert.equal(r.status, 400);
  assert.match(fieldError(r.text, 'handler'), /someone other than the stage 1 handler/);
  assert.match(r.text, /Customer not satisfied/, 'what was typed is kept');
  assert.equal(one(`SELECT stage FROM complaints WHERE id = ${id}`), '1');
  r = await post(staff1, `/complaints/${id}/escalate`, { escalation_reason: 'Customer not satisfied', handler: String(userId(stack.db, 'manager')) });
  assert.equal(r.status, 303);
  assert.equal(one(`SELECT stage || '|' || (stage2_due IS NOT NULL) || '|' || (next_due = stage2_ack_due) FROM complaints WHERE id = ${id}`), '2|1|1');
  // the stage 1 handler may not give the stage 2 final response
  r = await post(staff1, `/complaints/${id}/close`, { decision: 'upheld', reasons: 'We got it wrong twice.', remedy: '', still_to_do: '' });
  assert.equal(r.status, 400);
  assert.match(fieldError(r.text, 'decision'), /You handled this complaint at stage 1/);
  assert.equal(one(`SELECT status FROM complaints WHERE id = ${id}`), 'open');
  r = await post(manager, `/complaints/${id}/close`, { decision: 'partly_upheld', reasons: 'The visit was missed; the rebooking was fine.', remedy: 'A 30 pound credit.', still_to_do: 'Engineer visit on Monday.' });
  assert.equal(r.status, 303);
  const letter = decodeHtml((await manager.get(`/complaints/${id}/letter`)).text);
  assert.match(letter, /Dear Escalate Person/);
  assert.match(letter, /We have partly upheld your complaint\./);
  assert.match(letter, /A 30 pound credit\./);
  assert.match(letter, /Engineer visit on Monday\./);
  assert.match(letter, /Housing Ombudsman/);
  assert.match(letter, /stage 2 \(final\) response/);
  r = await post(manager, `/complaints/${id}/close`, { decision: 'upheld', reasons: 'Closing it twice over.' });
  assert.equal(r.status, 409);
  const none = await manager.get(`/complaints/${idOf('Hannah Cole')}/letter`);
  assert.equal(none.status, 404);
});

test('the follow-up survey is tied to the complaint and its answer shown', async () => {
  const id = await record(staff1, { customer_name: 'Follow Person' });
  let r = await post(staff1, `/complaints/${id}/close`, { decision: 'upheld', reasons: 'Our mistake, put right.', remedy: '', still_to_do: '' });
  assert.equal(r.status, 303);
  const key = one(`SELECT followup_key FROM complaints WHERE id = ${id}`);
  assert.match(key, /^[0-9a-f]{32}$/);
  let page = await staff1.get(`/complaints/${id}`);
  assert.match(page.text, new RegExp(`/feedback\\?followup=${key}`));
  assert.match(page.text, /No answer yet/);
  const c = new BrowserClient(stack.base);
  const form = await c.get(`/feedback?followup=${key}`);
  assert.match(form.text, new RegExp(`<input type="hidden" name="followup" value="${key}">`));
  r = await c.post('/feedback/how-did-we-do', {
    csrf_token: csrfIn(form.text), submission: submissionKey(), form_version: '1', touchpoint: 'phone', csat: '5', nps: '10',
    comment: '', website: '', followup: key,
  });
  assert.equal(r.status, 303);
  assert.equal(one(`SELECT csat FROM feedback_responses WHERE followup_key = '${key}'`), '5');
  page = await staff1.get(`/complaints/${id}`);
  assert.match(page.text, /Answered: satisfaction 5 of 5/);
  // a key that is not one is dropped
  const bad = await c.get('/feedback?followup=<b>x</b>');
  assert.doesNotMatch(bad.text, /name="followup"/);
});

test('CRA remedies: only those that still apply, and a refund tracked against 14 days', async () => {
  const id = await record(staff1, { customer_name: 'Remedy Person' });
  const delivered = one("SELECT date('now', '-40 days')");
  let r = await post(staff1, `/complaints/${id}/remedy`, { cra_kind: 'goods', cra_delivered: delivered, cra_attempts: '0', cra_remedy: 'short_term_reject', refund_agreed: '', refund_paid: '' });
  assert.equal(r.status, 400);
  assert.match(fieldError(r.text, 'cra_remedy'), /does not apply on these dates/);
  r = await post(staff1, `/complaints/${id}/remedy`, { cra_kind: 'goods', cra_delivered: one("SELECT date('now', '-10 days')"), cra_attempts: '0', cra_remedy: 'short_term_reject', refund_agreed: one("SELECT date('now', '-20 days')"), refund_paid: '' });
  assert.equal(r.status, 303);
  let page = decodeHtml((await staff1.get(`/complaints/${id}`)).text);
  assert.match(page, /Short-term right to reject \(full refund\)<\/li>/);
  assert.match(page, /<span class="complaint-clock complaint-clock--overdue" id="refund-state">Overdue<\/span>/);
  r = await post(staff1, `/complaints/${id}/remedy`, { cra_kind: 'goods', cra_delivered: delivered, cra_attempts: '1', cra_remedy: 'final_reject', refund_agreed: one("SELECT date('now', '-2 days')"), refund_paid: one("SELECT date('now')") });
  assert.equal(r.status, 303);
  page = decodeHtml((await staff1.get(`/complaints/${id}`)).text);
  assert.match(page, /Final right to reject \(refund\)<\/li>/);
  assert.doesNotMatch(page, /One repair or replacement<\/li>/);
  assert.match(page, /id="refund-state">Done in time</);
  r = await post(staff1, `/complaints/${id}/remedy`, { cra_kind: 'service', cra_delivered: '', cra_attempts: '0', cra_remedy: '', refund_agreed: '', refund_paid: '' });
  assert.equal(r.status, 400);
  assert.ok(fieldError(r.text, 'cra_delivered'));
});

test('a shared root cause raises a systemic problem for the manager, answered by an action', async () => {
  const ids = [];
  for (let i = 0; i < 3; i++) ids.push(await record(staff1, { customer_name: `Training Person ${i}` }));
  for (const [i, id] of ids.entries()) {
    const r = await post(staff1, `/complaints/${id}/cause`, { root_cause: 'training', why_1: 'Adviser did not know the process', why_2: 'New starter', why_3: '', why_4: '', why_5: '' });
    assert.equal(r.status, 303);
    assert.equal(one("SELECT count(*) FROM complaint_systemic WHERE root_cause = 'training'"), i < 2 ? '0' : '1');
  }
  const sid = one("SELECT id FROM complaint_systemic WHERE root_cause = 'training'");
  const home = await manager.get('/');
  assert.match(home.text, new RegExp(`<a href="/complaints/systemic/${sid}">3 complaints caused by Training</a>`));
  assert.doesNotMatch((await staff1.get('/')).text, /complaints\/systemic/);
  assert.equal((await staff1.get(`/complaints/systemic/${sid}`)).status, 403);
  const page = await manager.get(`/complaints/systemic/${sid}`);
  assert.equal(page.status, 200);
  assert.match(page.text, /Training Person 2/);
  let r = await post(manager, `/complaints/systemic/${sid}/justify`, { justification: 'too short' });
  assert.equal(r.status, 400);
  assert.ok(fieldError(r.text, 'justification'));
  r = await post(manager, `/complaints/systemic/${sid}/action`, { action_title: 'Train new starters on complaints', action_problem: 'Three complaints', owner: String(userId(stack.db, 'staff1')), due_date: one("SELECT date('now', '+14 days')") });
  assert.equal(r.status, 303);
  const actionId = r.headers.get('location').match(/\/actions\/(\d+)/)[1];
  assert.equal(one(`SELECT state || '|' || action_id FROM complaint_systemic WHERE id = ${sid}`), `action|${actionId}`);
  assert.equal(one(`SELECT source_type FROM actions WHERE id = ${actionId}`), 'complaint');
  r = await post(manager, `/complaints/systemic/${sid}/justify`, { justification: 'A justification that is long enough to count.' });
  assert.equal(r.status, 409);
});

test('a manager raises a corrective action from a complaint; staff cannot', async () => {
  const id = idOf('Hannah Cole');
  const fields = { action_title: 'Key phone readings in at once', action_problem: 'Readings lost', owner: String(userId(stack.db, 'staff2')), due_date: one("SELECT date('now', '+7 days')") };
  let r = await post(staff1, `/complaints/${id}/action`, fields);
  assert.equal(r.status, 403);
  r = await post(manager, `/complaints/${id}/action`, { ...fields, due_date: '2001-01-01' });
  assert.equal(r.status, 400);
  assert.ok(fieldError(r.text, 'due_date'));
  r = await post(manager, `/complaints/${id}/action`, fields);
  assert.equal(r.status, 303);
  assert.equal(one(`SELECT count(*) FROM actions WHERE source_type = 'complaint' AND source_id = ${id}`), '1');
  assert.match((await staff1.get(`/complaints/${id}`)).text, /Key phone readings in at once/);
});

test('settings: the model is set once; profile, N and categories are managed by managers', async () => {
  let page = await manager.get('/complaints/settings');
  assert.match(page.text, /<strong id="model-set">HEAT/);
  let r = await post(manager, '/complaints/settings', { profile: 'financial', model: 'lass', systemic_n: '3' });
  assert.equal(r.status, 400);
  assert.match(r.text, /cannot be changed/);
  r = await post(manager, '/complaints/settings', { profile: 'financial', systemic_n: '1' });
  assert.equal(r.status, 400);
  assert.ok(fieldError(r.text, 'systemic_n'));
  r = await post(manager, '/complaints/settings', { profile: 'financial', systemic_n: '4' });
  assert.equal(r.status, 303);
  assert.equal(one("SELECT value FROM settings WHERE key = 'complaint_profile'"), 'financial');
  const id = await record(staff1, { customer_name: 'Financial Person' });
  assert.equal(one(`SELECT profile || '|' || (julianday(response_due) - julianday(received_day)) FROM complaints WHERE id = ${id}`), 'financial|56.0');
  r = await post(manager, '/complaints/settings', { profile: 'housing', systemic_n: '3' });
  assert.equal(r.status, 303);
  assert.equal((await staff1.get('/complaints/settings')).status, 403);
  r = await post(manager, '/complaints/categories', { name: 'billing and charges' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'name'), 'There is a category with that name already.');
  r = await post(manager, '/complaints/categories', { name: 'Accessibility' });
  assert.equal(r.status, 303);
  const cid = one("SELECT id FROM complaint_categories WHERE name = 'Accessibility'");
  assert.match((await staff1.get('/complaints/new')).text, />Accessibility</);
  r = await post(manager, `/complaints/categories/${cid}`, {});
  assert.equal(r.status, 303);
  assert.doesNotMatch((await staff1.get('/complaints/new')).text, />Accessibility</);
});

test('analysis: charts with tables, clocks met, repeat complainants, root causes, recovery; CSV without names', async () => {
  const page = await manager.get('/complaints/analysis');
  assert.equal(page.status, 200);
  assert.match(page.text, /<svg/);
  assert.match(page.text, /By category, month by month/);
  assert.match(page.text, /<dd id="ack-in-time">\d+(\.\d)?%<\/dd>/);
  assert.match(page.text, /<dd id="answer-in-time">\d+(\.\d)?%<\/dd>/);
  assert.match(page.text, /<ol id="causes"><li>Process: 3<\/li>/);
  assert.match(page.text, /<strong id="recovered-sat">100%<\/strong>/);
  const [customers, repeats] = page.text.match(/<dd id="repeat">(\d+) customers, (\d+) complaints<\/dd>/).slice(1).map(Number);
  assert.ok(customers >= 1 && repeats >= 2 * customers, `${customers} customers, ${repeats} complaints`);
  // the demo's repeat complainant typed her address differently the second time
  assert.equal(one("SELECT count(DISTINCT contact_email_index) || '|' || count(*) FROM complaints WHERE customer_name = 'Margaret Holloway'"), '1|2');
  assert.equal((await staff1.get('/complaints/analysis')).status, 403);
  const csv = await manager.get('/complaints/analysis.csv');
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type'), /^text\/csv/);
  assert.match(csv.text, /^reference,received,channel,category,stage,status/);
  assert.match(csv.text, /C-000001,/);
  assert.doesNotMatch(csv.text, /Holloway/);
});

test('a KPI computed from complaints: answered within 10 working days', async () => {
  const token = csrfIn((await manager.get('/kpis/new')).text);
  let r = await manager.post('/kpis', { csrf_token: token, name: 'Complaints answered in 10 days', description: '', unit: '%', direction: 'higher', target: '90', amber_at: '80', red_at: '70', frequency: 'monthly', source: 'complaints_10_days', owner: '0' });
  assert.equal(r.status, 303, fieldError(r.text, 'source') ?? '');
  const id = r.headers.get('location').match(/\/kpis\/(\d+)/)[1];
  r = await manager.post(`/kpis/${id}/compute`, { csrf_token: csrfIn((await manager.get(`/kpis/${id}`)).text) });
  assert.equal(r.status, 303);
  const results = Number(one(`SELECT count(*) FROM kpi_results WHERE kpi_id = ${id}`));
  assert.ok(results >= 1, 'last month has complaints, so a result');
});

test('the home panel: the owner sees their overdue complaint, the manager every overdue one', async () => {
  const staffHome = decodeHtml((await staff5.get('/')).text);
  assert.match(staffHome, /<ul class="plain-list" id="complaints-mine">.*Daniel Wright/s);
  const managerHome = await manager.get('/');
  const n = Number(managerHome.text.match(/<strong id="complaints-overdue">(\d+)<\/strong>/)?.[1]);
  assert.ok(n >= 1);
  assert.equal(n, Number(one("SELECT count(*) FROM complaints WHERE status = 'open' AND paused_since IS NULL AND next_due < date('now')")));
});

test('assessors get 403 on every complaints page, GET and POST', async () => {
  const id = idOf('Tom Reid');
  for (const path of ['/complaints', '/complaints/new', `/complaints/${id}`, `/complaints/${id}/letter`, '/complaints/analysis',
    '/complaints/analysis.csv', '/complaints/settings', '/complaints/systemic/1']) {
    const r = await assessor.get(path);
    assert.equal(r.status, 403, path);
  }
  const token = csrfIn((await assessor.get('/')).text);
  for (const path of ['/complaints', `/complaints/${id}/acknowledge`, `/complaints/${id}/close`, `/complaints/${id}/cause`, '/complaints/settings']) {
    const r = await assessor.post(path, { csrf_token: token });
    assert.equal(r.status, 403, path);
  }
  assert.doesNotMatch((await assessor.get('/')).text, /href="\/complaints"/);
});

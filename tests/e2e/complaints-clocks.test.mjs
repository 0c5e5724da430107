// complaints-clocks.test.mjs: clocks per complaint type through the real
// stack. A category's page lets managers set its own acknowledgement and
// stage 1 response periods (refused with the messages and the typed values
// kept: outside 1-60, not a number, a response shorter than the
// acknowledgement; staff, assessors and a missing CSRF token refused); a
// complaint recorded in an overridden category gets the shorter due dates
// and its page says the category set them; a category given at triage
// moves the clocks not yet met, and keeps the one met.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, sql } from '../lib/stack.mjs';
import { signedIn, csrfIn, fieldError, decodeHtml, inputValue, userId } from '../lib/e2e-helpers.mjs';

let stack, manager, staff1, assessor;
before(async () => {
  stack = await startStack();
  manager = await signedIn(stack.base, 'manager');
  staff1 = await signedIn(stack.base, 'staff1');
  assessor = await signedIn(stack.base, 'assessor');
});
after(() => stack?.stop());

const one = (s) => sql(stack.db, s);
const BILLING = () => one("SELECT id FROM complaint_categories WHERE name = 'Billing and charges'");
const DELAYS = () => one("SELECT id FROM complaint_categories WHERE name = 'Delays and waiting'");

// POSTs with the CSRF token of the client's queue page.
async function post(client, path, fields) {
  const token = csrfIn((await client.get('/complaints')).text);
  return client.post(path, { csrf_token: token, ...fields });
}

// Records a complaint received today in category; returns its id.
async function record(category, name) {
  const r = await post(staff1, '/complaints', {
    channel: 'phone', received: one("SELECT date('now')"), customer_name: name,
    contact_email: '', contact_phone: '', what_happened: 'We were charged twice for the same month.',
    what_they_want: 'A refund', product: 'Account', category: String(category), severity: 'medium',
    vulnerability: '', adjustment: '', owner: String(userId(stack.db, 'staff1')),
  });
  assert.equal(r.status, 303, `recording: ${fieldError(r.text, 'category') ?? r.status}`);
  return Number(r.headers.get('location').match(/\/complaints\/(\d+)\?done=created/)[1]);
}

const dues = (id) => one(`SELECT ack_due || '|' || response_due FROM complaints WHERE id = ${id}`);

test('a category page is for managers only', async () => {
  const page = await manager.get(`/complaints/categories/${BILLING()}`);
  assert.equal(page.status, 200);
  const text = decodeHtml(page.text);
  assert.match(text, /Complaint category: Billing and charges/);
  assert.match(text, /Acknowledge in 5 working days \(profile: the organisation's\)/);
  assert.equal(inputValue(page.text, 'ack_days'), '');
  assert.equal((await staff1.get(`/complaints/categories/${BILLING()}`)).status, 403);
  assert.equal((await assessor.get(`/complaints/categories/${BILLING()}`)).status, 403);
  assert.equal((await manager.get('/complaints/categories/9999')).status, 404);
  const settings = await manager.get('/complaints/settings');
  assert.match(settings.text, new RegExp(`href="/complaints/categories/${BILLING()}"`));
});

test('bad clock periods are refused with the message beside the field and the typed values kept', async () => {
  const path = `/complaints/categories/${BILLING()}/clock`;
  let r = await post(manager, path, { ack_days: '61', response_days: '10' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'ack_days'), 'Acknowledge within (working days) must be between 1 and 60.');
  assert.equal(inputValue(r.text, 'ack_days'), '61');
  assert.equal(inputValue(r.text, 'response_days'), '10');
  r = await post(manager, path, { ack_days: '0', response_days: '' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'ack_days'), 'Acknowledge within (working days) must be between 1 and 60.');
  r = await post(manager, path, { ack_days: 'two', response_days: '' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'ack_days'), 'Acknowledge within (working days) must be a whole number.');
  r = await post(manager, path, { ack_days: '5', response_days: '3' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'response_days'), 'Stage 1 response within cannot be shorter than the acknowledgement period.');
  assert.equal(inputValue(r.text, 'ack_days'), '5');
  assert.equal(inputValue(r.text, 'response_days'), '3');
  // a response shorter than the profile's acknowledgement (5) is refused too
  r = await post(manager, path, { ack_days: '', response_days: '3' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'response_days'), 'Stage 1 response within cannot be shorter than the acknowledgement period.');
  // an acknowledgement longer than the profile's stage 1 response (10)
  r = await post(manager, path, { ack_days: '12', response_days: '' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'ack_days'), "Acknowledge within cannot be longer than the profile's stage 1 response period.");
  r = await post(staff1, path, { ack_days: '2', response_days: '6' });
  assert.equal(r.status, 403);
  r = await post(assessor, path, { ack_days: '2', response_days: '6' });
  assert.equal(r.status, 403);
  r = await manager.post(path, { ack_days: '2', response_days: '6' });
  assert.equal(r.status, 403, 'no CSRF token');
  assert.equal(one(`SELECT coalesce(ack_days, 'none') || '|' || coalesce(response_days, 'none') FROM complaint_categories WHERE id = ${BILLING()}`), 'none|none');
});

test('a complaint in an overridden category gets the shorter due dates, and its page says so', async () => {
  const r = await post(manager, `/complaints/categories/${BILLING()}/clock`, { ack_days: '2', response_days: '6' });
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), `/complaints/categories/${BILLING()}?done=clock`);
  assert.equal(one(`SELECT ack_days || '|' || response_days FROM complaint_categories WHERE id = ${BILLING()}`), '2|6');
  assert.equal(one(`SELECT count(*) FROM audit WHERE action = 'complaint.category.clock' AND target_id = ${BILLING()}`), '1');
  const page = decodeHtml((await manager.get(`/complaints/categories/${BILLING()}?done=clock`)).text);
  assert.match(page, /Billing and charges: acknowledge in 2 working days \(category\)/);
  assert.match(decodeHtml((await manager.get('/complaints/settings')).text), /Acknowledge in 2 working days, respond in 6 working days/);

  const billed = await record(BILLING(), 'Override Billed');
  const delayed = await record(DELAYS(), 'Profile Delayed');
  const [bAck, bResp] = dues(billed).split('|');
  const [dAck, dResp] = dues(delayed).split('|');
  assert.ok(bAck < dAck, `the category's 2 days (${bAck}) come before the profile's 5 (${dAck})`);
  assert.ok(bResp < dResp, `the category's 6 days (${bResp}) come before the profile's 10 (${dResp})`);
  assert.equal(one(`SELECT ack_days || '|' || response_days || '|' || ack_days_category FROM complaints WHERE id = ${billed}`), `2|6|${BILLING()}`);
  assert.equal(one(`SELECT next_due = ack_due FROM complaints WHERE id = ${billed}`), '1');
  const bPage = decodeHtml((await staff1.get(`/complaints/${billed}`)).text);
  assert.match(bPage, /Billing and charges: acknowledge in 2 working days \(category\)/);
  assert.match(bPage, /Billing and charges: stage 1 response in 6 working days \(category\)/);
  const dPage = decodeHtml((await staff1.get(`/complaints/${delayed}`)).text);
  assert.match(dPage, /Acknowledge in 5 working days \(profile: Housing Ombudsman's code\)/);
  assert.match(dPage, /Stage 1 response in 10 working days \(profile: Housing Ombudsman's code\)/);
});

test('a category given at triage moves the clocks not yet met and keeps the one met', async () => {
  const billedDues = dues(idOfName('Override Billed'));
  const [bAck, bResp] = billedDues.split('|');
  // not acknowledged yet: both clocks follow the new category, counted from receipt
  const fresh = await record(DELAYS(), 'Triage Fresh');
  const [pAck] = dues(fresh).split('|');
  let r = await post(staff1, `/complaints/${fresh}/assign`, { assign_owner: String(userId(stack.db, 'staff1')), assign_category: BILLING(), assign_severity: 'high' });
  assert.equal(r.status, 303);
  assert.equal(dues(fresh), billedDues);
  assert.equal(one(`SELECT next_due FROM complaints WHERE id = ${fresh}`), bAck);
  const page = decodeHtml((await staff1.get(`/complaints/${fresh}?done=assigned`)).text);
  assert.match(page, /the clocks not yet met follow the category's periods/);
  assert.match(page, /Billing and charges: acknowledge in 2 working days \(category\)/);
  // acknowledged first: the acknowledgement keeps the profile's date, the response moves
  const acked = await record(DELAYS(), 'Triage Acked');
  r = await post(staff1, `/complaints/${acked}/acknowledge`, {});
  assert.equal(r.status, 303);
  r = await post(staff1, `/complaints/${acked}/assign`, { assign_owner: String(userId(stack.db, 'staff1')), assign_category: BILLING(), assign_severity: 'medium' });
  assert.equal(r.status, 303);
  assert.equal(dues(acked), `${pAck}|${bResp}`);
  const ackedPage = decodeHtml((await staff1.get(`/complaints/${acked}`)).text);
  assert.match(ackedPage, /Acknowledge in 5 working days \(profile: Housing Ombudsman's code\)/);
  assert.match(ackedPage, /Billing and charges: stage 1 response in 6 working days \(category\)/);
  // moved back to a category without periods: the clock not met returns to the profile's
  r = await post(staff1, `/complaints/${fresh}/assign`, { assign_owner: String(userId(stack.db, 'staff1')), assign_category: DELAYS(), assign_severity: 'high' });
  assert.equal(r.status, 303);
  assert.equal(dues(fresh), dues(idOfName('Profile Delayed')));
  // emptied periods: the category goes back to the profile's
  r = await post(manager, `/complaints/categories/${BILLING()}/clock`, { ack_days: '', response_days: '' });
  assert.equal(r.status, 303);
  assert.equal(one(`SELECT coalesce(ack_days, 'none') || '|' || coalesce(response_days, 'none') FROM complaint_categories WHERE id = ${BILLING()}`), 'none|none');
});

// The newest complaint of a customer name.
function idOfName(name) {
  return Number(one(`SELECT id FROM complaints WHERE customer_name = '${name}' ORDER BY id DESC LIMIT 1`));
}

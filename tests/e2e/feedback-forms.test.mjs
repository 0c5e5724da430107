// feedback-forms.test.mjs: managers create, edit (new versions), close and
// reopen forms; responses keep the version they answered; QR codes and
// printable links; refusals and roles.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, sql } from '../lib/stack.mjs';
import { BrowserClient, signedIn, csrfIn, fieldError, q, submissionIn } from '../lib/e2e-helpers.mjs';

let stack;
let manager;
let token;
before(async () => {
  stack = await startStack();
  manager = await signedIn(stack.base, 'manager');
  token = csrfIn((await manager.get('/customer-feedback/forms/new')).text);
});
after(() => stack?.stop());

const formId = (slug) => Number(sql(stack.db, `SELECT id FROM feedback_forms WHERE slug = ${q(slug)}`));
const base = { title: 'Help desk', intro: 'Two minutes, please.', tp_phone: '1', ask_csat: '1', ask_nps: '1', servqual: 'full', ask_comment: '1' };

// Sends one response to a public form; returns the POST's response.
async function respond(slug, fields) {
  const c = new BrowserClient(stack.base);
  const page = await c.get(`/feedback/${slug}`);
  return c.post(`/feedback/${slug}`, { csrf_token: csrfIn(page.text), submission: submissionIn(page.text), ...fields });
}

test('create a form; it is live at its address with the questions chosen', async () => {
  const res = await manager.post('/customer-feedback/forms', { csrf_token: token, slug: 'help-desk', ...base });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), '/customer-feedback/forms?done=created');
  const id = formId('help-desk');
  assert.equal(sql(stack.db, `SELECT current_version, is_open FROM feedback_forms WHERE id = ${id}`), '1|1');
  assert.equal(sql(stack.db, `SELECT touchpoints, servqual, ask_contact FROM feedback_form_versions WHERE form_id = ${id}`), 'phone|full|0');
  assert.equal(Number(sql(stack.db, `SELECT count(*) FROM audit WHERE action = 'feedback.form_create' AND target_id = ${id}`)), 1);
  const list = await manager.get('/customer-feedback/forms?done=created');
  assert.match(list.text, /The form has been created/);
  assert.match(list.text, /\/feedback\/help-desk/);
  const publicPage = await new BrowserClient(stack.base).get('/feedback/help-desk');
  assert.equal(publicPage.status, 200);
  assert.equal(new Set(publicPage.text.match(/name="f[ep]\d+"/g)).size, 44);
  assert.doesNotMatch(publicPage.text, /id="contact_email"/, 'no contact section when not chosen');
  assert.doesNotMatch(publicPage.text, /id="touchpoint-email"/);
});

test('refused: a bad or taken address, no touchpoint, no question', async () => {
  const before = sql(stack.db, 'SELECT count(*) FROM feedback_forms');
  let res = await manager.post('/customer-feedback/forms', { csrf_token: token, ...base, slug: 'Bad Slug!' });
  assert.equal(res.status, 400);
  assert.match(fieldError(res.text, 'slug'), /only lower-case letters, digits and hyphens/);
  assert.match(res.text, /value="Help desk"/, 'what was typed is kept');
  res = await manager.post('/customer-feedback/forms', { csrf_token: token, ...base, slug: 'how-did-we-do' });
  assert.equal(fieldError(res.text, 'slug'), 'Another form already has this address.');
  res = await manager.post('/customer-feedback/forms', { csrf_token: token, ...base, slug: 'privacy' });
  assert.equal(res.status, 400);
  res = await manager.post('/customer-feedback/forms', { csrf_token: token, slug: 'nothing', title: 'Nothing', servqual: 'none' });
  assert.equal(res.status, 400);
  assert.equal(fieldError(res.text, 'tp_phone'), 'Tick at least one touchpoint customers can choose.');
  assert.equal(fieldError(res.text, 'ask_csat'), 'Ask at least one question.');
  res = await manager.post('/customer-feedback/forms', { csrf_token: token, ...base, slug: 'x', servqual: 'huge' });
  assert.equal(res.status, 400);
  assert.equal(fieldError(res.text, 'servqual'), 'SERVQUAL section must be one of the options offered.');
  assert.equal(sql(stack.db, 'SELECT count(*) FROM feedback_forms'), before);
});

test('editing makes a new version; each response keeps the version it answered', async () => {
  const id = formId('help-desk');
  const v1 = await respond('help-desk', { form_version: '1', touchpoint: 'phone', csat: '3', nps: '6' });
  assert.equal(v1.status, 303);
  const edit = await manager.post(`/customer-feedback/forms/${id}`, { csrf_token: token, ...base, title: 'Help desk (new wording)', servqual: 'short', tp_web: '1' });
  assert.equal(edit.status, 303);
  assert.equal(edit.headers.get('location'), '/customer-feedback/forms?done=saved');
  assert.equal(sql(stack.db, `SELECT current_version FROM feedback_forms WHERE id = ${id}`), '2');
  assert.equal(sql(stack.db, `SELECT group_concat(version || ':' || title || ':' || servqual, ';') FROM feedback_form_versions WHERE form_id = ${id}`),
    '1:Help desk:full;2:Help desk (new wording):short');
  const v2 = await respond('help-desk', { form_version: '2', touchpoint: 'web', csat: '5', nps: '10' });
  assert.equal(v2.status, 303);
  // a customer who opened the old wording before the change still answers it
  const late = await respond('help-desk', { form_version: '1', touchpoint: 'phone', csat: '4', nps: '9' });
  assert.equal(late.status, 303);
  assert.equal(sql(stack.db, `SELECT group_concat(form_version, ',') FROM (SELECT form_version FROM feedback_responses WHERE form_id = ${id} ORDER BY id)`), '1,2,1');
  // saving without a change makes no version
  const same = await manager.post(`/customer-feedback/forms/${id}`, { csrf_token: token, ...base, title: 'Help desk (new wording)', servqual: 'short', tp_web: '1' });
  assert.equal(same.headers.get('location'), '/customer-feedback/forms?done=unchanged');
  assert.equal(sql(stack.db, `SELECT current_version FROM feedback_forms WHERE id = ${id}`), '2');
  const bad = await manager.post(`/customer-feedback/forms/${id}`, { csrf_token: token, ...base, title: '' });
  assert.equal(bad.status, 400);
  assert.equal(fieldError(bad.text, 'title'), 'Title is required.');
  // the analysis offers both versions
  const analysis = await manager.get(`/customer-feedback/analysis?form=${id}`);
  assert.match(analysis.text, /Version 2 \(current\)/);
  assert.match(analysis.text, /<option value="1">Version 1,/);
});

test('close and reopen', async () => {
  const id = formId('help-desk');
  // a customer who opened the form before it closed
  const early = new BrowserClient(stack.base);
  const earlyToken = csrfIn((await early.get('/feedback/help-desk')).text);
  let res = await manager.post(`/customer-feedback/forms/${id}/close`, { csrf_token: token });
  assert.equal(res.status, 303);
  assert.match((await new BrowserClient(stack.base).get('/feedback/help-desk')).text, /This form is closed/);
  const before = sql(stack.db, 'SELECT count(*) FROM feedback_responses');
  const refused = await early.post('/feedback/help-desk', { csrf_token: earlyToken, form_version: '2', touchpoint: 'web', csat: '5', nps: '10' });
  assert.equal(refused.status, 400);
  assert.match(refused.text, /This form is closed/);
  assert.equal(sql(stack.db, 'SELECT count(*) FROM feedback_responses'), before);
  res = await manager.post(`/customer-feedback/forms/${id}/open`, { csrf_token: token });
  assert.equal(res.status, 303);
  assert.equal((await respond('help-desk', { form_version: '2', touchpoint: 'web', csat: '5', nps: '10' })).status, 303);
  assert.equal(sql(stack.db, `SELECT count(*) FROM audit WHERE action IN ('feedback.form_close', 'feedback.form_open') AND target_id = ${id}`), '2');
});

test('a QR code and printable links for each form', async () => {
  const id = formId('help-desk');
  const svg = await manager.get(`/customer-feedback/forms/${id}/qr.svg`);
  assert.equal(svg.status, 200);
  assert.equal(svg.headers.get('content-type'), 'image/svg+xml');
  assert.match(svg.text, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 (\d+) \1"/);
  assert.ok((svg.text.match(/h1v1h-1z/g) ?? []).length > 100, 'a real QR code has hundreds of dark modules');
  const print = await manager.get(`/customer-feedback/forms/${id}/print`);
  assert.equal(print.status, 200);
  assert.ok(print.text.includes(`${stack.base}/feedback/help-desk`));
  assert.ok(print.text.includes(`${stack.base}/feedback/help-desk?touchpoint=phone`));
  assert.ok(print.text.includes(`${stack.base}/feedback/help-desk?touchpoint=web`));
  assert.match(print.text, /<figure><svg /);
  assert.equal((await manager.get('/customer-feedback/forms/9999/qr.svg')).status, 404);
});

test('only managers manage forms', async () => {
  const staff = await signedIn(stack.base, 'staff1');
  const id = formId('help-desk');
  for (const path of ['/customer-feedback/forms', '/customer-feedback/forms/new', `/customer-feedback/forms/${id}`, `/customer-feedback/forms/${id}/print`]) {
    assert.equal((await staff.get(path)).status, 403, path);
  }
  const staffToken = csrfIn((await staff.get('/customer-feedback')).text);
  assert.equal((await staff.post(`/customer-feedback/forms/${id}/close`, { csrf_token: staffToken })).status, 403);
  assert.equal(sql(stack.db, `SELECT is_open FROM feedback_forms WHERE id = ${id}`), '1');
});

// complaints-public.test.mjs: the public complaint form through the real
// stack (no sign-in): the form, a complaint stored with its reference and
// acknowledgement clock, each refusal (no way to reply, honeypot, no
// submission key, no form token, the hourly limit), a form sent twice
// stored once, the authorizer refusing complaint and staff data, and the
// public program serving only /complaint and /feedback.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startStack, sql, ROOT } from '../lib/stack.mjs';
import { BrowserClient, csrfIn, fieldError, decodeHtml, submissionIn, submissionKey } from '../lib/e2e-helpers.mjs';

const LIMIT = 3;
let stack;
before(async () => {
  stack = await startStack({ env: { FRONTLINE_COMPLAINT_LIMIT: String(LIMIT) } });
});
after(() => stack?.stop());
beforeEach(() => sql(stack.db, 'DELETE FROM complaint_rate'));

const count = (where = "source = 'public'") => Number(sql(stack.db, `SELECT count(*) FROM complaints WHERE ${where}`));
const refusal = (html) => decodeHtml(html.match(/<p id="refusal">([^<]*)<\/p>/)?.[1] ?? '');

// A customer with the form open.
async function customer() {
  const c = new BrowserClient(stack.base);
  const page = await c.get('/complaint');
  assert.equal(page.status, 200);
  return { c, token: csrfIn(page.text), page };
}

// A complete complaint.
const complaint = (extra = {}) => ({
  submission: submissionKey(), customer_name: 'Pat Public', contact_email: 'pat.public@example.org', contact_phone: '',
  what_happened: 'My meter was read but the bill was estimated.', what_they_want: 'A corrected bill', product: '',
  adjustment: 'large_print', vulnerability: '', website: '', ...extra,
});

test('the form: labelled fields, the hidden honeypot, a form token, no script', async () => {
  const { c, page } = await customer();
  for (const id of ['customer_name', 'contact_email', 'contact_phone', 'what_happened', 'what_they_want', 'product', 'adjustment', 'vulnerability', 'website'])
    assert.match(page.text, new RegExp(`<label for="${id}">`), id);
  assert.match(page.text, /<div class="complaint-trap" aria-hidden="true">/);
  assert.ok(submissionIn(page.text));
  assert.ok(c.cookies.get('fl_form'));
  assert.doesNotMatch(page.text, /<script/);
  assert.doesNotMatch(page.text, /Sign out/);
});

test('a complaint is stored with its clocks started, and its reference shown', async () => {
  const { c, token } = await customer();
  const fields = complaint();
  const r = await c.post('/complaint', { csrf_token: token, ...fields });
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), `/complaint/thanks?key=${fields.submission}`);
  const row = sql(stack.db, `SELECT id, channel, ack_due, response_due, next_due = ack_due, adjustment, contact_email_index <> '',
                             instr(CAST(contact AS TEXT), 'pat.public') FROM complaints WHERE submission_key = '${fields.submission}'`).split('|');
  const [id, channel, ack] = row;
  assert.equal(channel, 'web');
  assert.deepEqual(row.slice(4), ['1', 'large_print', '1', '0']);
  const thanks = await c.get(r.headers.get('location'));
  assert.equal(thanks.status, 200);
  assert.match(thanks.text, new RegExp(`<strong id="reference">C-${String(id).padStart(6, '0')}</strong>`));
  const words = new Date(`${ack}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).replace(',', '');
  assert.match(decodeHtml(thanks.text), new RegExp(`<strong id="ack-by">${words}</strong>`));
  // 5 working days: at least 7 calendar days away
  const days = Number(sql(stack.db, `SELECT julianday('${ack}') - julianday(date('now'))`));
  assert.ok(days >= 5 && days <= 11, `acknowledge in ${days} days`);
  // staff see it in the queue as a web complaint from the public form
  const unknown = await c.get(`/complaint/thanks?key=${submissionKey()}`);
  assert.equal(unknown.status, 404);
});

test('refused without a way to reply, with everything typed kept', async () => {
  const { c, token } = await customer();
  const before = count();
  const r = await c.post('/complaint', { csrf_token: token, ...complaint({ contact_email: '', customer_name: 'Kept <Me>' }) });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'contact_email'), 'Give an email address or a phone number so we can reply to you.');
  assert.match(r.text, /value="Kept &lt;Me&gt;"/);
  assert.match(r.text, /My meter was read but the bill was estimated\./);
  assert.equal(count(), before);
  const short = await c.post('/complaint', { csrf_token: token, ...complaint({ what_happened: 'bad' }) });
  assert.equal(short.status, 400);
  assert.ok(fieldError(short.text, 'what_happened'));
});

test('the honeypot and a missing submission key refuse the form, saying why', async () => {
  const { c, token } = await customer();
  const before = count();
  let r = await c.post('/complaint', { csrf_token: token, ...complaint({ website: 'http://spam.example' }) });
  assert.equal(r.status, 400);
  assert.match(refusal(r.text), /hidden "website" box was filled in/);
  r = await c.post('/complaint', { csrf_token: token, ...complaint({ submission: '' }) });
  assert.equal(r.status, 400);
  assert.match(refusal(r.text), /no submission number/);
  assert.ok(submissionIn(r.text), 'a new key to send again with');
  assert.equal(count(), before);
});

test('without the form token nothing is stored', async () => {
  const c = new BrowserClient(stack.base);
  const before = count();
  const r = await c.post('/complaint', complaint());
  assert.equal(r.status, 403);
  assert.equal(count(), before);
});

test('a form sent twice is stored once', async () => {
  const { c, token } = await customer();
  const fields = complaint();
  const before = count();
  assert.equal((await c.post('/complaint', { csrf_token: token, ...fields })).status, 303);
  assert.equal((await c.post('/complaint', { csrf_token: token, ...fields })).status, 303);
  assert.equal(count(), before + 1);
});

test(`the hourly limit: ${LIMIT} complaints per address, then 429 with the answers kept`, async () => {
  const { c, token } = await customer();
  for (let i = 0; i < LIMIT; i++)
    assert.equal((await c.post('/complaint', { csrf_token: token, ...complaint() })).status, 303);
  const r = await c.post('/complaint', { csrf_token: token, ...complaint({ customer_name: 'Over Limit' }) });
  assert.equal(r.status, 429);
  assert.match(refusal(r.text), /several complaints from your connection/);
  assert.match(r.text, /value="Over Limit"/);
  assert.equal(count("customer_name = 'Over Limit'"), 0);
});

test('the public program may not read complaints, their customers or staff', async () => {
  const c = new BrowserClient(stack.base);
  const probe = await c.get('/complaint/_probe');
  assert.equal(probe.status, 200);
  const lines = Object.fromEntries(probe.text.trim().split('\n').map((l) => l.split('\t').reverse()));
  assert.equal(lines['SELECT ack_due FROM complaints'], 'allowed');
  for (const statement of ['SELECT customer_name FROM complaints', 'SELECT contact FROM complaints', 'SELECT what_happened FROM complaints',
    'SELECT done_text FROM complaint_steps', "UPDATE complaints SET status = 'closed'", 'DELETE FROM complaints',
    'SELECT password_hash FROM users', 'SELECT title FROM actions'])
    assert.equal(lines[statement], 'denied', statement);
  // the feedback probe still denies everything it did: the union adds only the complaint form's rights
  const fb = await c.get('/feedback/_probe');
  assert.doesNotMatch(fb.text, /^allowed\tSELECT (username|token_hash|detail|contact|comment)/m);
});

test('the public program serves only /complaint and /feedback', async () => {
  const routes = execFileSync(join(ROOT, 'build', 'public'), ['--routes'], { encoding: 'utf8' }).trim().split('\n');
  assert.ok(routes.length >= 8);
  for (const line of routes) assert.match(line, /\t\/(feedback|complaint)(\/|\t|$)/, line);
  // through nginx, the intranet's complaint pages are not the public program's
  const c = new BrowserClient(stack.base);
  const intranet = await c.get('/complaints');
  assert.equal(intranet.status, 303, 'the intranet sends visitors to sign in');
  const nothing = await c.get('/complaint/anything-else');
  assert.equal(nothing.status, 404);
});

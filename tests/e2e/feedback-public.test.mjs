// feedback-public.test.mjs: the public feedback form through the real
// stack: the form, a submission, each refusal (bad score, contact without
// consent, honeypot, rate limit, oversized and invalid text, a half-done
// SERVQUAL section, no form token, a closed form), and the public
// program's database authorizer refusing staff and contact data.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, sql } from '../lib/stack.mjs';
import { BrowserClient, signedIn, csrfIn, fieldError, decodeHtml, submissionKey } from '../lib/e2e-helpers.mjs';

const LIMIT = 4;
let stack;
before(async () => {
  stack = await startStack({ env: { FRONTLINE_FEEDBACK_LIMIT: String(LIMIT) } });
});
after(() => stack?.stop());
// Each test starts with a fresh hour of the rate limit.
beforeEach(() => sql(stack.db, 'DELETE FROM feedback_rate'));

const count = (where = '1') => Number(sql(stack.db, `SELECT count(*) FROM feedback_responses WHERE ${where}`));

// A customer with the form open: returns { c, token }.
async function customer(path = '/feedback/how-did-we-do') {
  const c = new BrowserClient(stack.base);
  const page = await c.get(path);
  assert.equal(page.status, 200);
  return { c, token: csrfIn(page.text), page };
}

// A complete answer to the main form, as sent from a freshly loaded page
// (with its own submission key).
function answers(extra = {}) {
  return {
    submission: submissionKey(), form_version: '1', touchpoint: 'email', csat: '4', nps: '9',
    sq_e1: '6', sq_e2: '7', sq_e3: '6', sq_e4: '5', sq_e5: '6',
    sq_p1: '5', sq_p2: '6', sq_p3: '3', sq_p4: '5', sq_p5: '6',
    comment: 'Helpful and quick', website: '', ...extra,
  };
}

// The refusal sentence at the top of a refused form.
const refusal = (html) => decodeHtml(html.match(/<p id="refusal">([^<]*)<\/p>/)?.[1] ?? '');

test('the form: labelled controls, the standard NPS wording, an unticked consent box', async () => {
  const { c, page } = await customer('/feedback');
  const html = page.text;
  assert.match(html, /<h1>How did we do\?<\/h1>/);
  assert.match(html, /How likely are you to recommend us to a friend or colleague\?/);
  assert.match(html, /Overall, how satisfied are you with the service you received\?/);
  assert.match(html, /<input id="consent" name="consent" type="checkbox" value="1"><label for="consent">/);
  assert.match(html, /<a href="\/feedback\/privacy">privacy notice<\/a>/);
  assert.ok(c.cookies.get('fl_form'), 'the form token cookie is set');
  // every text control has a label
  for (const id of ['comment', 'contact_name', 'contact_email', 'contact_phone', 'website']) {
    assert.match(html, new RegExp(`<label for="${id}">`), `label for ${id}`);
  }
  // 11 NPS choices, 5 CSAT choices, the short SERVQUAL: 10 groups of 7
  assert.equal((html.match(/name="nps"/g) ?? []).length, 11);
  assert.equal((html.match(/name="csat"/g) ?? []).length, 5);
  assert.equal((html.match(/name="sq_[ep][1-5]"/g) ?? []).length, 70);
  assert.doesNotMatch(html, /<script/);
  const privacy = await c.get('/feedback/privacy');
  assert.equal(privacy.status, 200);
  assert.match(privacy.text, /encrypted/);
});

test('the full SERVQUAL form asks the 22 statements twice', async () => {
  const { page } = await customer('/feedback/branch-visit');
  assert.equal(new Set(page.text.match(/name="f[ep]\d+"/g)).size, 44);
  assert.match(page.text, /Staff kept me waiting for service\./);
});

test('a link can fix the touchpoint', async () => {
  const { page } = await customer('/feedback/how-did-we-do?touchpoint=phone');
  assert.match(page.text, /<input type="hidden" name="touchpoint" value="phone">/);
  assert.match(page.text, /by: <strong>Phone<\/strong>/);
  assert.doesNotMatch(page.text, /id="touchpoint-email"/);
  const bad = await customer('/feedback/how-did-we-do?touchpoint=carrier-pigeon');
  assert.match(bad.page.text, /id="touchpoint-email"/, 'an unknown touchpoint is ignored');
});

test('a submission is stored, then 303 to the thank-you page', async () => {
  const { c, token } = await customer();
  const before = count();
  const res = await c.post('/feedback/how-did-we-do', { csrf_token: token, ...answers({ comment: 'Stored one' }) });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), '/feedback/how-did-we-do/thanks');
  assert.equal(count(), before + 1);
  const row = sql(stack.db, `SELECT form_id, form_version, touchpoint, csat, nps, comment, sq_e3, sq_p3,
    contact IS NULL, length(submitted_at), day = date(submitted_at, 'localtime')
    FROM feedback_responses ORDER BY id DESC LIMIT 1`);
  assert.equal(row, '1|1|email|4|9|Stored one|6.0|3.0|1|20|1');
  const thanks = await c.get(res.headers.get('location'));
  assert.equal(thanks.status, 200);
  assert.match(thanks.text, /Thank you for your feedback/);
  // the daily totals moved with it, in the same transaction
  const today = sql(stack.db, 'SELECT day FROM feedback_responses ORDER BY id DESC LIMIT 1');
  assert.equal(Number(sql(stack.db, `SELECT sum(responses) FROM feedback_daily WHERE form_id = 1 AND day = '${today}'`)),
    count(`form_id = 1 AND day = '${today}'`));
});

test('contact details with consent are stored encrypted and readable by a manager only', async () => {
  const { c, token } = await customer();
  const email = `jo.${Date.now()}@example.org`;
  const res = await c.post('/feedback/how-did-we-do', {
    csrf_token: token, ...answers(), contact_name: 'Jo Bloggs', contact_email: email, consent: '1',
  });
  assert.equal(res.status, 303);
  const [id, hex, notice] = sql(stack.db,
    'SELECT id, hex(contact), consent_notice FROM feedback_responses ORDER BY id DESC LIMIT 1').split('|');
  assert.equal(notice, '2026-11');
  assert.ok(hex.length > 80);
  assert.ok(!Buffer.from(hex, 'hex').toString('latin1').includes('example.org'), 'not stored in clear');
  const audits = () => Number(sql(stack.db, `SELECT count(*) FROM audit WHERE action = 'feedback.contact_view' AND target_id = ${id}`));
  const manager = await signedIn(stack.base, 'manager');
  const hidden = await manager.get(`/customer-feedback/${id}`);
  assert.equal(hidden.status, 200);
  assert.ok(!hidden.text.includes(email), 'not shown until asked for');
  assert.equal(audits(), 0);
  const shown = await manager.get(`/customer-feedback/${id}?contact=1`);
  assert.ok(shown.text.includes(email));
  assert.match(shown.text, /Jo Bloggs/);
  assert.equal(audits(), 1, 'the viewing is audited');
  const staff = await signedIn(stack.base, 'staff1');
  const staffView = await staff.get(`/customer-feedback/${id}?contact=1`);
  assert.equal(staffView.status, 200);
  assert.ok(!staffView.text.includes(email), 'staff never see contact details');
  assert.equal(audits(), 1);
  // a sealed value copied to another row does not open
  sql(stack.db, `UPDATE feedback_responses SET contact = (SELECT contact FROM feedback_responses WHERE id = ${id}) WHERE id = 1`);
  const moved = await manager.get('/customer-feedback/1?contact=1');
  assert.ok(!moved.text.includes(email));
  assert.match(moved.text, /could not be decrypted/);
});

test('refused: a score out of range, with the field named and what was typed kept', async () => {
  const { c, token } = await customer();
  const before = count();
  for (const [field, value, message] of [
    ['csat', '9', 'Your satisfaction rating must be between 1 and 5.'],
    ['nps', '11', 'How likely you are to recommend us must be between 0 and 10.'],
    ['nps', 'ten', 'How likely you are to recommend us must be a whole number.'],
    ['sq_p2', '8', 'Your rating of what you got (reliability) must be between 1 and 7.'],
  ]) {
    const res = await c.post('/feedback/how-did-we-do', { csrf_token: token, ...answers({ [field]: value, comment: 'Keep me' }) });
    assert.equal(res.status, 400, `${field}=${value}`);
    assert.equal(fieldError(res.text, field), message);
    assert.match(res.text, /<textarea id="comment"[^>]*>Keep me<\/textarea>/);
    assert.match(res.text, /<a href="#[a-z_0-9]+">/, 'the error summary links to the field');
  }
  // a missing required answer
  const res = await c.post('/feedback/how-did-we-do', { csrf_token: token, ...answers({ csat: '' }) });
  assert.equal(res.status, 400);
  assert.equal(fieldError(res.text, 'csat'), 'Choose a satisfaction rating from 1 to 5.');
  assert.match(res.text, /<input type="radio" name="nps" value="9" checked>/, 'the other answers are kept');
  assert.equal(count(), before);
});

test('refused: contact details without the consent box ticked', async () => {
  const { c, token } = await customer();
  const before = count();
  const res = await c.post('/feedback/how-did-we-do', {
    csrf_token: token, ...answers(), contact_email: 'no.consent@example.org',
  });
  assert.equal(res.status, 400);
  assert.match(fieldError(res.text, 'consent'), /Tick the box to let us contact you/);
  assert.match(res.text, /value="no.consent@example.org"/);
  const ticked = await c.post('/feedback/how-did-we-do', { csrf_token: token, ...answers(), consent: '1' });
  assert.equal(ticked.status, 400, 'consent without a way to contact');
  assert.match(fieldError(ticked.text, 'contact_email'), /Give an email address or a phone number/);
  assert.equal(count(), before);
});

test('refused: the honeypot, saying why and keeping the answers', async () => {
  const { c, token } = await customer();
  const before = count();
  const res = await c.post('/feedback/how-did-we-do', { csrf_token: token, ...answers({ website: 'http://spam.example' }) });
  assert.equal(res.status, 400);
  assert.match(refusal(res.text), /hidden "website" box was filled in/);
  assert.match(res.text, /name="csat" value="4" checked/);
  assert.equal(count(), before);
});

test('refused: oversized and invalid text, and a half-answered SERVQUAL section', async () => {
  const { c, token } = await customer();
  const before = count();
  const long = await c.post('/feedback/how-did-we-do', { csrf_token: token, ...answers({ comment: 'x'.repeat(2001) }) });
  assert.equal(long.status, 400);
  assert.equal(fieldError(long.text, 'comment'), 'Your comments must be at most 2000 characters.');
  const ok = await c.post('/feedback/how-did-we-do', { csrf_token: token, ...answers({ comment: 'é'.repeat(2000) }) });
  assert.equal(ok.status, 303, '2000 characters (4000 bytes) are fine');
  const body = new URLSearchParams({ csrf_token: token, ...answers() }).toString().replace('comment=Helpful', 'comment=%FF%FEHelpful');
  const bad = await c.postRaw('/feedback/how-did-we-do', body);
  assert.equal(bad.status, 400);
  assert.equal(fieldError(bad.text, 'comment'), 'Your comments contains characters that are not valid text.');
  const half = await c.post('/feedback/how-did-we-do', { csrf_token: token, ...answers({ sq_p4: '', sq_e5: '' }) });
  assert.equal(half.status, 400);
  assert.match(fieldError(half.text, 'sq_p4'), /Rate this statement too, or leave the whole section/);
  assert.ok(fieldError(half.text, 'sq_e5'));
  assert.equal(fieldError(half.text, 'sq_e1'), undefined);
  const huge = await c.postRaw('/feedback/how-did-we-do', `csrf_token=${token}&comment=${'y'.repeat(70000)}`);
  assert.equal(huge.status, 413, 'nginx refuses bodies over 64 KiB for the public form');
  assert.equal(count(), before + 1);
});

test('refused: no form token, or a token from another visitor', async () => {
  const { c } = await customer();
  const other = await customer();
  const before = count();
  const none = await c.post('/feedback/how-did-we-do', answers());
  assert.equal(none.status, 403);
  const wrong = await c.post('/feedback/how-did-we-do', { csrf_token: other.token, ...answers() });
  assert.equal(wrong.status, 403);
  assert.equal(count(), before);
});

test('refused: the rate limit per address, saying why and keeping what was typed', async () => {
  const { c, token } = await customer();
  const before = count();
  for (let i = 0; i < LIMIT; i++) {
    const res = await c.post('/feedback/how-did-we-do', { csrf_token: token, ...answers() });
    assert.equal(res.status, 303, `submission ${i + 1} of ${LIMIT}`);
  }
  const res = await c.post('/feedback/how-did-we-do', { csrf_token: token, ...answers({ comment: 'One too many' }) });
  assert.equal(res.status, 429);
  assert.match(refusal(res.text), /a lot of feedback from your connection in the last hour/);
  assert.match(res.text, />One too many<\/textarea>/);
  assert.equal(count(), before + LIMIT);
  assert.ok(!sql(stack.db, 'SELECT addr_hash FROM feedback_rate').includes('127.0.0.1'), 'the address is kept only as a keyed hash');
});

test('a closed form takes no responses; an unknown one is 404', async () => {
  const { c, token } = await customer('/feedback/branch-visit');
  sql(stack.db, "UPDATE feedback_forms SET is_open = 0 WHERE slug = 'branch-visit'");
  try {
    const page = await c.get('/feedback/branch-visit');
    assert.match(page.text, /This form is closed/);
    const before = count();
    const res = await c.post('/feedback/branch-visit', { csrf_token: token, form_version: '1', touchpoint: 'phone', csat: '3', nps: '5' });
    assert.equal(res.status, 400);
    assert.match(res.text, /This form is closed/);
    assert.equal(count(), before);
  } finally {
    sql(stack.db, "UPDATE feedback_forms SET is_open = 1 WHERE slug = 'branch-visit'");
  }
  assert.equal((await c.get('/feedback/no-such-form')).status, 404);
  assert.equal((await c.get('/feedback/Bad_Slug')).status, 404);
});

test('the public program cannot read staff or contact data, even if asked (its authorizer refuses)', async () => {
  const c = new BrowserClient(stack.base);
  const probe = await c.get('/feedback/_probe');
  assert.equal(probe.status, 200);
  const lines = Object.fromEntries(probe.text.trim().split('\n').map((l) => l.split('\t').reverse()));
  assert.equal(lines['SELECT title FROM feedback_form_versions'], 'allowed', 'the form itself is readable');
  assert.equal(lines['SELECT csat FROM feedback_responses'], 'allowed');
  for (const [statement, verdict] of Object.entries(lines)) {
    if (statement.startsWith('SELECT title FROM feedback_form_versions') || statement === 'SELECT csat FROM feedback_responses') continue;
    assert.equal(verdict, 'denied', statement);
  }
  assert.ok(Object.keys(lines).length >= 15);
  // the intranet is not served by the public program: a signed-in
  // manager's cookie changes nothing on /feedback
  const manager = await signedIn(stack.base, 'manager');
  const page = await manager.get('/feedback');
  assert.equal(page.status, 200);
  assert.doesNotMatch(page.text, /Signed in as/);
});

test('the key that seals contact details: made by make run and by admin init, mode 0600, outside the database', async () => {
  const { statSync, mkdtempSync, rmSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const { spawnSync } = await import('node:child_process');
  const { ROOT } = await import('../lib/stack.mjs');
  const key = statSync(`${stack.db}.key`);
  assert.equal(key.mode & 0o777, 0o600);
  assert.equal(key.size, 32);
  const dir = mkdtempSync(join(tmpdir(), 'frontline-init-'));
  try {
    const db = join(dir, 'prod.db');
    const r = spawnSync(join(ROOT, 'build', 'frontline-admin'), ['init', db, 'root'],
      { input: 'a long enough password 42\n', encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(statSync(`${db}.key`).mode & 0o777, 0o600);
    const custom = join(dir, 'elsewhere.key');
    const r2 = spawnSync(join(ROOT, 'build', 'frontline-admin'), ['init', join(dir, 'other.db'), 'root'],
      { input: 'a long enough password 42\n', encoding: 'utf8', env: { ...process.env, FRONTLINE_KEY_FILE: custom } });
    assert.equal(r2.status, 0, r2.stderr);
    assert.equal(statSync(custom).size, 32);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('contact details (and their indexes) are erased 12 months after the consent by the one purge; the answers stay', async () => {
  const { spawnSync } = await import('node:child_process');
  const { join } = await import('node:path');
  const { ROOT } = await import('../lib/stack.mjs');
  const ids = sql(stack.db, 'SELECT id FROM feedback_responses WHERE contact IS NOT NULL ORDER BY id LIMIT 2').split('\n').map(Number);
  assert.equal(ids.length, 2);
  sql(stack.db, `UPDATE feedback_responses SET consent_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-366 days') WHERE id = ${ids[0]}`);
  sql(stack.db, `UPDATE feedback_responses SET consent_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-300 days') WHERE id = ${ids[1]}`);
  const before = sql(stack.db, `SELECT csat, nps, comment FROM feedback_responses WHERE id = ${ids[0]}`);
  const r = spawnSync(join(ROOT, 'build', 'frontline-admin'), ['purge', stack.db], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /feedback_responses\.contact: 1 row\(s\) cleared/);
  assert.equal(sql(stack.db, `SELECT contact IS NULL FROM feedback_responses WHERE id = ${ids[0]}`), '1');
  assert.equal(sql(stack.db, `SELECT contact IS NULL FROM feedback_responses WHERE id = ${ids[1]}`), '0');
  assert.equal(sql(stack.db, `SELECT csat, nps, comment FROM feedback_responses WHERE id = ${ids[0]}`), before);
  assert.equal(sql(stack.db, `SELECT contact_email_index IS NULL FROM feedback_responses WHERE id = ${ids[0]}`), '1');
  assert.match(sql(stack.db, "SELECT detail FROM audit WHERE action = 'privacy.purge' ORDER BY id DESC LIMIT 1"),
    /, 1 cleared$/);
});

test('public pages lead home to the form, never to the intranet at "/"', async () => {
  const form = await fetch(`${stack.base}/feedback`);
  const html = await form.text();
  assert.match(html, /<a class="site-name" href="\/feedback">/);
  assert.doesNotMatch(html, /href="\/"/);
  const missing = await fetch(`${stack.base}/feedback/no-such-form`);
  assert.equal(missing.status, 404);
  assert.match(await missing.text(), /<a href="\/feedback">Go to the home page<\/a>/);
  // The intranet's own pages still lead to "/".
  assert.match(await (await fetch(`${stack.base}/login`)).text(), /<a class="site-name" href="\/">/);
});

// auth.test.mjs: signing in and out, redirects after sign-in, and the
// throttling of failed sign-ins (per account and address, per address).
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, sql, DEMO_PASSWORD } from '../lib/stack.mjs';
import {
  BrowserClient, signedIn, csrfIn, problemMessage, inputValue, sessionCookieLine,
  SESSION_COOKIE, FORM_COOKIE, q,
} from '../lib/e2e-helpers.mjs';

let stack;
before(async () => { stack = await startStack(); });
after(() => stack?.stop());
// Every test starts with no recorded failures (they share one address).
beforeEach(() => { sql(stack.db, 'DELETE FROM login_failures'); });

const THROTTLE_MESSAGE = /too many failed attempts/i;

test('successful sign-in: 303 to /, HttpOnly SameSite=Strict session cookie, form cookie cleared', async () => {
  const c = new BrowserClient(stack.base);
  const r = await c.login('staff1');
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), '/');
  const line = sessionCookieLine(r);
  assert.ok(line, 'a session cookie is set');
  assert.match(line, /^fl_session=[0-9a-f]{64};/);
  assert.match(line, /;\s*HttpOnly/i);
  assert.match(line, /;\s*SameSite=Strict/i);
  assert.match(line, /;\s*Path=\//i);
  const formCleared = r.headers.getSetCookie().find((l) => l.startsWith(`${FORM_COOKIE}=`));
  assert.ok(formCleared && /Max-Age=0/i.test(formCleared), 'the sign-in form cookie is cleared');
  const home = await c.get('/');
  assert.equal(home.status, 200);
  assert.match(home.text, /Hello, Amy Clarke/);
  // The database keeps only a hash of the token.
  const token = c.sessionToken;
  assert.equal(sql(stack.db, `SELECT count(*) FROM sessions WHERE token_hash = ${q(token)}`), '0');
});

test('every sign-in gets a new session token (rotation), even over a planted cookie', async () => {
  const tokens = new Set();
  const c = new BrowserClient(stack.base);
  // A token planted by an attacker before sign-in (session fixation).
  const planted = 'a'.repeat(64);
  c.cookies.set(SESSION_COOKIE, planted);
  for (let i = 0; i < 3; i++) {
    const r = await c.login('staff2');
    assert.equal(r.status, 303);
    const token = c.sessionToken;
    assert.match(token, /^[0-9a-f]{64}$/);
    assert.notEqual(token, planted);
    assert.ok(!tokens.has(token), 'a sign-in must never reuse an earlier token');
    tokens.add(token);
    const csrf = csrfIn((await c.get('/')).text);
    const out = await c.post('/logout', { csrf_token: csrf });
    assert.equal(out.status, 303);
  }
  assert.equal(tokens.size, 3);
});

test('signing in again while signed in gives a new token', async () => {
  const c = await signedIn(stack.base, 'staff3');
  const first = c.sessionToken;
  const csrf = csrfIn((await c.get('/')).text);
  const again = await c.post('/login', { csrf_token: csrf, username: 'staff3', password: DEMO_PASSWORD });
  assert.equal(again.status, 303);
  assert.notEqual(c.sessionToken, first);
  assert.equal((await c.get('/')).status, 200);
});

test('the sign-in page sends a signed-in user home', async () => {
  const c = await signedIn(stack.base, 'staff1');
  const r = await c.get('/login');
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), '/');
});

test('wrong password and unknown user: same status, same message', async () => {
  const a = new BrowserClient(stack.base);
  const wrong = await a.login('staff1', 'not-the-password-at-all');
  const b = new BrowserClient(stack.base);
  const unknown = await b.login('nobody-by-this-name', 'not-the-password-at-all');
  assert.equal(wrong.status, 401);
  assert.equal(unknown.status, wrong.status);
  const m1 = problemMessage(wrong.text);
  const m2 = problemMessage(unknown.text);
  assert.ok(m1, 'a message is shown');
  assert.match(m1, /username or password is not right/i);
  assert.equal(m2, m1);
  assert.equal(a.sessionToken, undefined);
  assert.equal(b.sessionToken, undefined);
});

test('the sign-in form keeps the typed username and never echoes the password', async () => {
  const typedPassword = 'Typed-Secret-Passw0rd-4471';
  const c = new BrowserClient(stack.base);
  const r = await c.login('staff4', typedPassword);
  assert.equal(r.status, 401);
  assert.equal(inputValue(r.text, 'username'), 'staff4');
  assert.ok(!r.text.includes(typedPassword), 'the password must not be in the page');
  assert.equal(inputValue(r.text, 'password'), undefined, 'the password input has no value');
  // A form refused by validation (no password) also keeps the username.
  const token = csrfIn(r.text);
  const r2 = await c.post('/login', { csrf_token: token, username: 'staff4', password: '' });
  assert.equal(r2.status, 400);
  assert.equal(inputValue(r2.text, 'username'), 'staff4');
  assert.match(r2.text, /Password is required/);
  // And one refused with a too-long username keeps the password out.
  const r3 = await c.post('/login', { csrf_token: token, username: 'x'.repeat(80), password: typedPassword });
  assert.equal(r3.status, 400);
  assert.ok(!r3.text.includes(typedPassword));
});

test('logout is POST only: GET /logout is 405 with an Allow header', async () => {
  const c = await signedIn(stack.base, 'staff5');
  const r = await c.get('/logout');
  assert.equal(r.status, 405);
  assert.equal(r.headers.get('allow'), 'POST');
  // ... and did not sign anyone out.
  assert.equal((await c.get('/')).status, 200);
});

test('logout ends the session server-side: a replayed cookie no longer works', async () => {
  const c = await signedIn(stack.base, 'staff6');
  const token = c.sessionToken;
  const before = Number(sql(stack.db, "SELECT count(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.username = 'staff6'"));
  assert.ok(before >= 1);
  const csrf = csrfIn((await c.get('/')).text);
  const out = await c.post('/logout', { csrf_token: csrf });
  assert.equal(out.status, 303);
  assert.equal(out.headers.get('location'), '/login?done=logout');
  const cleared = sessionCookieLine(out);
  assert.ok(cleared && /Max-Age=0/i.test(cleared), 'the cookie is cleared in the browser');
  assert.equal(c.sessionToken, undefined);
  const after = Number(sql(stack.db, "SELECT count(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.username = 'staff6'"));
  assert.equal(after, before - 1, 'the session row is deleted');
  // An attacker who copied the cookie replays it.
  const replay = new BrowserClient(stack.base);
  replay.cookies.set(SESSION_COOKIE, token);
  const r = await replay.get('/account');
  assert.equal(r.status, 303);
  assert.match(r.headers.get('location'), /^\/login/);
  const page = await c.get('/login?done=logout');
  assert.match(page.text, /You have signed out/);
});

test('?next= survives the trip through the sign-in form (browser flow)', async () => {
  const c = new BrowserClient(stack.base);
  const first = await c.get('/account/sessions');
  assert.equal(first.status, 303);
  assert.equal(first.headers.get('location'), '/login?next=/account/sessions');
  const form = await c.get(first.headers.get('location'));
  assert.equal(form.status, 200);
  // The form must carry next as a hidden field, or the browser loses it.
  const next = inputValue(form.text, 'next');
  assert.equal(next, '/account/sessions', 'GET /login?next=/account/sessions must put next in the form');
  const r = await c.post('/login', { csrf_token: csrfIn(form.text), username: 'manager', password: DEMO_PASSWORD, next });
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), '/account/sessions');
});

test('a posted local next is honoured after sign-in', async () => {
  for (const next of ['/account/sessions', '/account?x=1']) {
    const c = new BrowserClient(stack.base);
    const token = await c.csrf('/login');
    const r = await c.post('/login', { csrf_token: token, username: 'manager', password: DEMO_PASSWORD, next });
    assert.equal(r.status, 303);
    assert.equal(r.headers.get('location'), next);
  }
});

test('?next= never leaves the site', async () => {
  const hostile = ['//evil.example', 'http://evil.example', '/\\evil.example', 'https://evil.example/path', 'javascript:alert(1)'];
  for (const next of hostile) {
    const c = new BrowserClient(stack.base);
    const form = await c.get(`/login?next=${encodeURIComponent(next)}`);
    const carried = inputValue(form.text, 'next') ?? '';
    assert.ok(carried === '' || carried === '/', `the form must not carry ${next} (has ${carried})`);
    const r = await c.post('/login', { csrf_token: csrfIn(form.text), username: 'manager', password: DEMO_PASSWORD, next });
    assert.equal(r.status, 303, `sign-in with next=${next}`);
    assert.equal(r.headers.get('location'), '/', `next=${next} must go to /`);
  }
});

test('throttling: 5 failures for one account from one address lock it; the 6th, right password, is 429', async () => {
  const c = new BrowserClient(stack.base);
  for (let i = 0; i < 5; i++) {
    const r = await c.login('staff2', `wrong-password-${i}`);
    assert.equal(r.status, 401, `failure ${i + 1} is an ordinary 401`);
  }
  const sixth = await c.login('staff2', DEMO_PASSWORD);
  assert.equal(sixth.status, 429);
  assert.match(problemMessage(sixth.text) ?? '', THROTTLE_MESSAGE);
  assert.equal(c.sessionToken, undefined, 'no session for a throttled sign-in');
  // Per account: another user from the same address still signs in.
  const other = new BrowserClient(stack.base);
  const ok = await other.login('staff3', DEMO_PASSWORD);
  assert.equal(ok.status, 303, 'a different username from the same address is not blocked');
  // Still locked for staff2 ...
  assert.equal((await c.login('staff2', DEMO_PASSWORD)).status, 429);
  // ... until the failures are older than the window.
  sql(stack.db, "UPDATE login_failures SET at = '2000-01-01T00:00:00Z'");
  const later = await c.login('staff2', DEMO_PASSWORD);
  assert.equal(later.status, 303, 'unlocked once the failures are old');
  assert.equal(later.headers.get('location'), '/');
});

test('throttling per account from anywhere: 10 recent failures elsewhere hold back addresses that failed too, never the real user', async () => {
  const values = Array.from({ length: 10 }, (_, i) =>
    `(strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-1 minutes'), 'staff4', '203.0.113.${i + 1}')`).join(', ');
  sql(stack.db, `INSERT INTO login_failures (at, username, ip) VALUES ${values}`);
  // Whoever keeps failing elsewhere, the real user's right password from an
  // address that has not failed gets in.
  const real = new BrowserClient(stack.base);
  assert.equal((await real.login('staff4', DEMO_PASSWORD)).status, 303, 'the real user is not locked out');
  // A wrong password from this address is checked and counted ...
  const c = new BrowserClient(stack.base);
  assert.equal((await c.login('staff4', 'wrong-password-here')).status, 401);
  // ... and from then on this address is held back for the account, even
  // with the right password, until the account's window has passed.
  const r = await c.login('staff4', DEMO_PASSWORD);
  assert.equal(r.status, 429);
  assert.match(problemMessage(r.text) ?? '', THROTTLE_MESSAGE);
  assert.equal(c.sessionToken, undefined);
  // The account window is short: failures 6 minutes old no longer count.
  sql(stack.db, "UPDATE login_failures SET at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-6 minutes')");
  assert.equal((await c.login('staff4', DEMO_PASSWORD)).status, 303);
});

test('throttling per address: 30 failures across many usernames block even a new username', async () => {
  const staff5Sessions = () => sql(stack.db, "SELECT count(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.username = 'staff5'");
  const sessionsBefore = staff5Sessions();
  const c = new BrowserClient(stack.base);
  const token = await c.csrf('/login');
  for (let i = 0; i < 30; i++) {
    const r = await c.post('/login', { csrf_token: token, username: `guess${i}`, password: 'wrong-password' });
    assert.equal(r.status, 401, `failure ${i + 1} is an ordinary 401`);
  }
  const r = await c.post('/login', { csrf_token: token, username: 'staff5', password: DEMO_PASSWORD });
  assert.equal(r.status, 429, 'a real user with the right password from that address is refused');
  assert.match(problemMessage(r.text) ?? '', THROTTLE_MESSAGE);
  const r2 = await c.post('/login', { csrf_token: token, username: 'never-tried-before', password: 'x' });
  assert.equal(r2.status, 429);
  assert.equal(staff5Sessions(), sessionsBefore, 'no session was created for staff5');
});

// sessions.test.mjs: idle and absolute expiry, the last_seen refresh, the
// sessions page and ending sessions, and a password change ending the
// other sessions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, sql, DEMO_PASSWORD } from '../lib/stack.mjs';
import {
  BrowserClient, signedIn, csrfIn, newestSessionId, sessionIds, isoAgo, userId, SESSION_COOKIE,
} from '../lib/e2e-helpers.mjs';

let stack;
before(async () => { stack = await startStack(); });
after(() => stack?.stop());

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';

const rowExists = (id) => sql(stack.db, `SELECT count(*) FROM sessions WHERE id = ${id}`) === '1';
const lastSeen = (id) => sql(stack.db, `SELECT last_seen FROM sessions WHERE id = ${id}`);

test('idle expiry: 31 minutes without activity ends the session', async () => {
  const c = await signedIn(stack.base, 'staff1');
  const id = newestSessionId(stack.db, 'staff1');
  assert.equal((await c.get('/')).status, 200);
  sql(stack.db, `UPDATE sessions SET last_seen = ${isoAgo(31)} WHERE id = ${id}`);
  const r = await c.get('/');
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), '/login?expired=1');
  assert.equal(rowExists(id), false, 'the expired session row is deleted');
  assert.equal(c.sessionToken, undefined, 'the cookie is cleared');
  const page = await c.get('/login?expired=1');
  assert.equal(page.status, 200);
  assert.match(page.text, /Your session ended after 30 minutes without activity/);
});

test('idle expiry keeps where the user was going', async () => {
  const c = await signedIn(stack.base, 'staff1');
  const id = newestSessionId(stack.db, 'staff1');
  sql(stack.db, `UPDATE sessions SET last_seen = ${isoAgo(31)} WHERE id = ${id}`);
  const r = await c.get('/account/sessions');
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), '/login?expired=1&next=/account/sessions');
  assert.equal(rowExists(id), false);
});

test('29 minutes idle is still within the limit', async () => {
  const c = await signedIn(stack.base, 'staff1');
  const id = newestSessionId(stack.db, 'staff1');
  sql(stack.db, `UPDATE sessions SET last_seen = ${isoAgo(29)} WHERE id = ${id}`);
  assert.equal((await c.get('/')).status, 200);
  assert.equal(rowExists(id), true);
});

test('absolute expiry: 13 hours after sign-in, even when active', async () => {
  const c = await signedIn(stack.base, 'staff2');
  const id = newestSessionId(stack.db, 'staff2');
  const token = c.sessionToken;
  sql(stack.db, `UPDATE sessions SET created_at = ${isoAgo(13 * 60)},
                 last_seen = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ${id}`);
  const r = await c.get('/account');
  assert.equal(r.status, 303);
  assert.match(r.headers.get('location'), /^\/login\?expired=1/);
  assert.equal(rowExists(id), false, 'the session row is deleted');
  // Replaying the old token does not bring it back.
  const replay = new BrowserClient(stack.base);
  replay.cookies.set(SESSION_COOKIE, token);
  const again = await replay.get('/account');
  assert.equal(again.status, 303);
  assert.match(again.headers.get('location'), /^\/login/);
});

test('last_seen is refreshed at most once a minute', async () => {
  const c = await signedIn(stack.base, 'staff3');
  const id = newestSessionId(stack.db, 'staff3');
  const atLogin = lastSeen(id);
  assert.equal((await c.get('/')).status, 200);
  assert.equal((await c.get('/account')).status, 200);
  assert.equal(lastSeen(id), atLogin, 'two quick requests do not write last_seen');
  // 30 seconds ago: still not refreshed.
  sql(stack.db, `UPDATE sessions SET last_seen = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-30 seconds') WHERE id = ${id}`);
  const thirty = lastSeen(id);
  assert.equal((await c.get('/')).status, 200);
  assert.equal(lastSeen(id), thirty, 'not refreshed within the minute');
  // Two minutes ago: the next request refreshes it to now.
  sql(stack.db, `UPDATE sessions SET last_seen = ${isoAgo(2)} WHERE id = ${id}`);
  const old = lastSeen(id);
  assert.equal((await c.get('/')).status, 200);
  const fresh = lastSeen(id);
  assert.ok(fresh > old, `last_seen moved forward (${old} -> ${fresh})`);
  const age = Number(sql(stack.db, `SELECT strftime('%s', 'now') - strftime('%s', last_seen) FROM sessions WHERE id = ${id}`));
  assert.ok(age >= 0 && age <= 5, `last_seen is now (age ${age} s)`);
});

test('the sessions page lists both sessions; ending the other one signs that client out', async () => {
  const a = await signedIn(stack.base, 'staff4', DEMO_PASSWORD, FIREFOX);
  const idA = newestSessionId(stack.db, 'staff4');
  const b = await signedIn(stack.base, 'staff4', DEMO_PASSWORD, CHROME);
  const idB = newestSessionId(stack.db, 'staff4');
  assert.notEqual(idA, idB);
  const page = await a.get('/account/sessions');
  assert.equal(page.status, 200);
  const ids = [...page.text.matchAll(/action="\/account\/sessions\/(\d+)\/end"/g)].map((m) => Number(m[1]));
  assert.deepEqual(ids.sort(), [idA, idB].sort());
  assert.match(page.text, /Firefox/);
  assert.match(page.text, /Chrome or Chromium/);
  assert.match(page.text, /127\.0\.0\.1/);
  assert.equal((page.text.match(/This session/g) ?? []).length, 1, 'exactly one row is marked as this session');
  const end = await a.post(`/account/sessions/${idB}/end`, { csrf_token: csrfIn(page.text) });
  assert.equal(end.status, 303);
  assert.equal(end.headers.get('location'), '/account/sessions?done=session');
  assert.equal(rowExists(idB), false);
  const bHome = await b.get('/');
  assert.equal(bHome.status, 303, 'the other client is signed out');
  assert.match(bHome.headers.get('location'), /^\/login/);
  const aHome = await a.get('/account/sessions?done=session');
  assert.equal(aHome.status, 200, 'this client stays signed in');
  assert.match(aHome.text, /The session has been ended/);
  assert.equal(sql(stack.db, `SELECT count(*) FROM audit WHERE action = 'session.ended' AND target_id = ${idB}`), '1');
});

test('ending one\'s own current session signs out', async () => {
  const a = await signedIn(stack.base, 'staff4');
  const id = newestSessionId(stack.db, 'staff4');
  const csrf = csrfIn((await a.get('/account/sessions')).text);
  const r = await a.post(`/account/sessions/${id}/end`, { csrf_token: csrf });
  assert.equal(r.status, 303);
  assert.match(r.headers.get('location'), /^\/login/);
  assert.equal(rowExists(id), false);
  assert.equal((await a.get('/')).status, 303);
});

test('ending a session of another user is 404 and ends nothing', async () => {
  const mine = await signedIn(stack.base, 'staff5');
  const theirs = await signedIn(stack.base, 'staff6');
  const theirId = newestSessionId(stack.db, 'staff6');
  const csrf = csrfIn((await mine.get('/account/sessions')).text);
  const r = await mine.post(`/account/sessions/${theirId}/end`, { csrf_token: csrf });
  assert.equal(r.status, 404);
  assert.match(r.text, /does not exist or has already ended/);
  assert.equal(rowExists(theirId), true, 'their session still exists');
  assert.equal((await theirs.get('/')).status, 200, 'they are still signed in');
  // A session id that does not exist at all: also 404.
  const missing = await mine.post('/account/sessions/999999/end', { csrf_token: csrf });
  assert.equal(missing.status, 404);
});

test('changing one\'s password ends the other sessions, not this one', async () => {
  const newPassword = 'Quiet-Lantern-Orchard-42';
  const a = await signedIn(stack.base, 'assessor', DEMO_PASSWORD, FIREFOX);
  const idA = newestSessionId(stack.db, 'assessor');
  const b = await signedIn(stack.base, 'assessor', DEMO_PASSWORD, CHROME);
  assert.equal(sessionIds(stack.db, 'assessor').length, 2);
  const csrf = csrfIn((await a.get('/account/password')).text);
  const r = await a.post('/account/password', {
    csrf_token: csrf, current_password: DEMO_PASSWORD, new_password: newPassword, confirm_password: newPassword,
  });
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), '/account?done=password');
  assert.deepEqual(sessionIds(stack.db, 'assessor'), [idA], 'only the current session remains');
  assert.equal((await b.get('/')).status, 303, 'the other browser is signed out');
  const home = await a.get('/account?done=password');
  assert.equal(home.status, 200);
  assert.match(home.text, /Your password has been changed/);
  // The new password works and the old one does not.
  const old = new BrowserClient(stack.base);
  assert.equal((await old.login('assessor', DEMO_PASSWORD)).status, 401);
  await signedIn(stack.base, 'assessor', newPassword);
  assert.equal(sql(stack.db, `SELECT count(*) FROM audit WHERE action = 'password.changed' AND target_id = ${userId(stack.db, 'assessor')}`), '1');
});

test('a wrong current password changes nothing and keeps the other sessions', async () => {
  const a = await signedIn(stack.base, 'manager');
  await signedIn(stack.base, 'manager');
  const before = sessionIds(stack.db, 'manager');
  const hash = sql(stack.db, "SELECT password_hash FROM users WHERE username = 'manager'");
  const csrf = csrfIn((await a.get('/account/password')).text);
  const r = await a.post('/account/password', {
    csrf_token: csrf, current_password: 'not-my-password', new_password: 'Granite-Meadow-Violin-3', confirm_password: 'Granite-Meadow-Violin-3',
  });
  assert.equal(r.status, 400);
  assert.match(r.text, /Current password is not right/);
  assert.deepEqual(sessionIds(stack.db, 'manager'), before);
  assert.equal(sql(stack.db, "SELECT password_hash FROM users WHERE username = 'manager'"), hash);
});

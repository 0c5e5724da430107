// status-lines.test.mjs: the reason phrase of the status line the browser
// receives. nginx passes the workers' FastCGI "Status: 409 Conflict" line to
// the client as it is, so what core/server.c's status_reason() says is what
// the browser gets: each status the pages send is provoked for real here
// and its phrase checked (the unit test test_status covers the full list;
// the 503 of a database that cannot be read is checked in health.test.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, sql, DEMO_PASSWORD } from '../lib/stack.mjs';
import { BrowserClient, signedIn, csrfIn } from '../lib/e2e-helpers.mjs';

let stack;
let manager;
before(async () => {
  stack = await startStack({ workers: 1 });
  manager = await signedIn(stack.base, 'manager');
});
after(() => stack?.stop());

// Asserts a response's status and the reason phrase it arrived with.
function assertStatusLine(r, status, reason, label) {
  assert.equal(r.status, status, `${label}: status`);
  assert.equal(r.statusText, reason, `${label}: "${status} ${reason}" in the status line`);
}

test('a 409 reaches the browser as "409 Conflict": closing an action that has no review', async () => {
  const id = sql(stack.db, "SELECT id FROM actions WHERE title LIKE 'Publish a plain-English guide%'");
  assert.equal(sql(stack.db, `SELECT coalesce(reviewed_at, '-') FROM actions WHERE id = ${id}`), '-');
  const token = csrfIn((await manager.get(`/actions/${id}`)).text);
  const r = await manager.post(`/actions/${id}/close`, { csrf_token: token });
  assertStatusLine(r, 409, 'Conflict', 'closing without a review');
  assert.equal(sql(stack.db, `SELECT status FROM actions WHERE id = ${id}`), 'open');
});

test('each status the pages send arrives with its own reason phrase', async () => {
  const v = new BrowserClient(stack.base);
  const staff = await signedIn(stack.base, 'staff1');
  const token = await v.csrf('/login');
  const cases = [
    ['a page', await manager.get('/'), 200, 'OK'],
    ['a redirect to sign in', await v.get('/account'), 303, 'See Other'],
    ['a bad percent-encoding', await v.postRaw('/login', 'username=%zz'), 400, 'Bad Request'],
    ['a wrong password', await v.post('/login', { csrf_token: token, username: 'staff2', password: 'not-the-password-1' }),
      401, 'Unauthorized'],
    ['a role refused', await staff.get('/admin/users'), 403, 'Forbidden'],
    ['no such page', await v.get('/no-such-page'), 404, 'Not Found'],
    ['the wrong method', await v.get('/logout'), 405, 'Method Not Allowed'],
    ['a body the programs refuse as too large', await v.postRaw('/login', 'a='.padEnd(1.2 * 1024 * 1024, 'a')),
      413, 'Content Too Large'],
    ['a body of a type not read', await v.postRaw('/login', 'hello', 'text/plain'), 415, 'Unsupported Media Type'],
    ['a handler failure', await v.get('/_fault/500'), 500, 'Internal Server Error'],
  ];
  for (const [label, r, status, reason] of cases) assertStatusLine(r, status, reason, label);
});

test('a throttled sign-in arrives as "429 Too Many Requests"', async () => {
  const v = new BrowserClient(stack.base);
  for (let i = 0; i < 5; i++)
    assert.equal((await v.login('staff3', 'not-the-password-1')).status, 401);
  assertStatusLine(await v.login('staff3', DEMO_PASSWORD), 429, 'Too Many Requests', 'the sixth attempt');
});

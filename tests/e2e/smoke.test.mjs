// smoke.test.mjs: the stack starts, signs a demo user in and out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, Client } from '../lib/stack.mjs';

let stack;
before(async () => { stack = await startStack(); });
after(() => stack?.stop());

test('manager signs in, sees the dashboard, signs out', async () => {
  const c = new Client(stack.base);
  const login = await c.login('manager');
  assert.equal(login.status, 303);
  assert.equal(login.headers.get('location'), '/');
  const home = await c.get('/');
  assert.equal(home.status, 200);
  assert.match(home.text, /Hello, Daniel Okafor/);
  const token = home.text.match(/name="csrf_token" value="([0-9a-f]{64})"/)[1];
  const out = await c.post('/logout', { csrf_token: token });
  assert.equal(out.status, 303);
  const after = await c.get('/');
  assert.equal(after.status, 303);
  assert.match(after.headers.get('location'), /^\/login/);
});

// roles.test.mjs: who may reach which page: visitors are sent to sign in,
// non-admins are refused the admin pages, the assessor cannot change
// anything but their own account, the admin can; unknown paths and wrong
// methods.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, sql } from '../lib/stack.mjs';
import { BrowserClient, signedIn, csrfIn, userId, dbSnapshot } from '../lib/e2e-helpers.mjs';

let stack;
const clients = {};
before(async () => {
  stack = await startStack();
  for (const name of ['admin', 'manager', 'staff1', 'assessor']) clients[name] = await signedIn(stack.base, name);
});
after(() => stack?.stop());

const NO_ROLE = /does not have the role this page needs/;
const LAYOUT = /<header class="site-header">[\s\S]*<main id="main"[\s\S]*<footer class="site-footer">/;

test('visitors are sent to sign in, remembering the page', async () => {
  const v = new BrowserClient(stack.base);
  const cases = [
    ['/', '/login'],
    ['/account', '/login?next=/account'],
    ['/account/sessions', '/login?next=/account/sessions'],
    ['/admin/users', '/login?next=/admin/users'],
    ['/admin/users/1', '/login?next=/admin/users/1'],
    ['/admin/audit', '/login?next=/admin/audit'],
  ];
  for (const [path, location] of cases) {
    const r = await v.get(path);
    assert.equal(r.status, 303, `${path}: status`);
    assert.equal(r.headers.get('location'), location, `${path}: location`);
  }
  // A POST is not remembered (it cannot be replayed), but still refused.
  const token = await v.csrf('/login');
  const before = dbSnapshot(stack.db);
  const r = await v.post('/admin/users', { csrf_token: token, username: 'sneaky', display_name: 'Sneaky', role_admin: '1', password: 'Sneaky-Passphrase-Orbit-8' });
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), '/login');
  assert.equal(dbSnapshot(stack.db), before);
});

for (const who of ['staff1', 'manager', 'assessor']) {
  test(`${who} is refused the admin pages (403) and creates nothing`, async () => {
    const c = clients[who];
    for (const path of ['/admin/users', '/admin/audit', '/admin/users/1', '/admin/users/new', '/admin/users?q=a&page=1']) {
      const r = await c.get(path);
      assert.equal(r.status, 403, `${who} GET ${path}`);
      assert.match(r.text, NO_ROLE);
      assert.match(r.text, LAYOUT, 'the 403 page has the layout');
    }
    const token = csrfIn((await c.get('/')).text);
    assert.ok(token);
    const before = dbSnapshot(stack.db);
    const r = await c.post('/admin/users', {
      csrf_token: token, username: `made-by-${who}`, display_name: 'Should Not Exist', role_admin: '1', password: 'Long-Enough-Passphrase-71',
    });
    assert.equal(r.status, 403);
    assert.match(r.text, NO_ROLE);
    assert.equal(sql(stack.db, `SELECT count(*) FROM users WHERE username = 'made-by-${who}'`), '0');
    assert.equal(dbSnapshot(stack.db), before, 'nothing changed');
    // The navigation does not offer the admin pages either.
    const home = await c.get('/');
    assert.equal(home.status, 200);
    assert.doesNotMatch(home.text, /href="\/admin\/users"/);
  });
}

test('the assessor cannot change anything but their own account', async () => {
  const c = clients.assessor;
  const token = csrfIn((await c.get('/')).text);
  const staff2 = userId(stack.db, 'staff2');
  // Every POST route of the table except /login (public: signing in),
  // /logout, /account/password and ending one's own session.
  const forbidden = [
    ['/admin/users', { username: 'assessor-made', display_name: 'X', role_staff: '1', password: 'Long-Enough-Passphrase-71' }],
    [`/admin/users/${staff2}`, { display_name: 'Changed By Assessor', role_staff: '1', disabled: '1' }],
    [`/admin/users/${staff2}/password`, { new_password: 'Assessor-Chosen-Passphrase-5' }],
    [`/admin/users/${userId(stack.db, 'assessor')}`, { display_name: 'Self Promoted', role_admin: '1', role_assessor: '1' }],
  ];
  for (const [path, fields] of forbidden) {
    const before = dbSnapshot(stack.db);
    const r = await c.post(path, { ...fields, csrf_token: token });
    assert.equal(r.status, 403, `assessor POST ${path}`);
    assert.equal(dbSnapshot(stack.db), before, `assessor POST ${path} changed nothing`);
  }
  // The allowed ones are reached (not 403): a wrong current password is a
  // 400 form, not a refusal.
  const pw = await c.post('/account/password', { csrf_token: token, current_password: 'wrong', new_password: 'Whatever-Passphrase-12', confirm_password: 'Whatever-Passphrase-12' });
  assert.equal(pw.status, 400);
  assert.match(pw.text, /Current password is not right/);
  const end = await c.post('/account/sessions/999999/end', { csrf_token: token });
  assert.equal(end.status, 404);
  assert.equal((await c.get('/')).status, 200, 'still signed in');
  const out = await c.post('/logout', { csrf_token: token });
  assert.equal(out.status, 303, 'the assessor may sign out');
  assert.equal((await c.get('/')).status, 303);
});

test('the admin can reach and use the admin pages', async () => {
  const c = clients.admin;
  const users = await c.get('/admin/users');
  assert.equal(users.status, 200);
  assert.match(users.text, /Daniel Okafor/);
  const audit = await c.get('/admin/audit');
  assert.equal(audit.status, 200);
  assert.match(audit.text, /<h1>Audit log<\/h1>/);
  const one = await c.get('/admin/users/1');
  assert.equal(one.status, 200);
  assert.match(one.text, /Edit user/);
  const token = csrfIn(users.text);
  const r = await c.post('/admin/users', { csrf_token: token, username: 'made-by-admin', display_name: 'Made By Admin', role_staff: '1', password: 'Long-Enough-Passphrase-71' });
  assert.equal(r.status, 303);
  const id = userId(stack.db, 'made-by-admin');
  assert.equal(r.headers.get('location'), `/admin/users/${id}?done=created`);
  const home = await c.get('/');
  assert.match(home.text, /href="\/admin\/users"/, 'the navigation offers Users');
});

test('a role taken away applies at the holder\'s next request', async () => {
  const admin = clients.admin;
  const token = await admin.csrf('/admin/users/new');
  const password = 'Second-Admin-Passphrase-31';
  const made = await admin.post('/admin/users', { csrf_token: token, username: 'second.admin', display_name: 'Second Admin', role_admin: '1', password });
  assert.equal(made.status, 303);
  const id = userId(stack.db, 'second.admin');
  const second = await signedIn(stack.base, 'second.admin', password);
  assert.equal((await second.get('/admin/users')).status, 200);
  const t2 = await admin.csrf(`/admin/users/${id}`);
  const demote = await admin.post(`/admin/users/${id}`, { csrf_token: t2, display_name: 'Second Admin', role_staff: '1' });
  assert.equal(demote.status, 303);
  assert.equal(sql(stack.db, `SELECT roles FROM users WHERE id = ${id}`), '4');
  const after = await second.get('/admin/users');
  assert.equal(after.status, 403, 'no longer an admin, without signing in again');
  assert.equal((await second.get('/')).status, 200, 'still signed in as staff');
});

test('an unknown path is 404 in the layout, signed in or not', async () => {
  for (const c of [new BrowserClient(stack.base), clients.staff1]) {
    for (const path of ['/no/such/page', '/admin/users/0', '/admin/users/abc', '/admin/users/1/extra', '/account/sessions/01/end']) {
      const r = await c.get(path);
      assert.equal(r.status, 404, `GET ${path}`);
      assert.match(r.text, /Page not found/);
      assert.match(r.text, LAYOUT);
    }
  }
});

test('a user id that does not exist is 404 for the admin', async () => {
  const r = await clients.admin.get('/admin/users/999999');
  assert.equal(r.status, 404);
  assert.match(r.text, /no user with that number/);
});

test('a wrong method is 405 with Allow', async () => {
  const c = clients.staff1;
  const cases = [
    ['GET', '/logout', 'POST'],
    ['POST', '/', 'GET, HEAD'],
    ['POST', '/healthz', 'GET, HEAD'],
    ['GET', '/account/sessions/1/end', 'POST'],
    ['PUT', '/admin/users', 'GET, HEAD, POST'],
    ['DELETE', '/admin/users/1', 'GET, HEAD, POST'],
  ];
  const token = csrfIn((await c.get('/')).text);
  for (const [method, path, allow] of cases) {
    const r = method === 'POST'
      ? await c.post(path, { csrf_token: token })
      : await c.request(method, path);
    assert.equal(r.status, 405, `${method} ${path}`);
    assert.equal(r.headers.get('allow'), allow, `${method} ${path}: Allow`);
    assert.match(r.text, /not allowed here/);
  }
});

test('HEAD is answered like GET, without a body', async () => {
  const r = await clients.staff1.request('HEAD', '/account');
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type'), /text\/html/);
  const v = await new BrowserClient(stack.base).request('HEAD', '/admin/users');
  assert.equal(v.status, 303);
});

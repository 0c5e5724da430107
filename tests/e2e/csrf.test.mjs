// csrf.test.mjs: every state-changing route refuses a forged POST (no
// token, a wrong token, another user's token, a foreign Origin or Referer)
// with 403 and changes nothing in the database; a correct token with no
// Origin is accepted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, sql, DEMO_PASSWORD } from '../lib/stack.mjs';
import {
  BrowserClient, signedIn, csrfIn, newestSessionId, userId, dbSnapshot, FORM_COOKIE,
} from '../lib/e2e-helpers.mjs';

let stack;
let admin;        // the victim, an administrator with two sessions
let adminOther;   // the admin's second browser
let otherSessionId;
let staff;        // another user, whose token must not work for the admin
let visitor;      // not signed in, holding the sign-in form cookie
let staff6;

const FORGED = /did not come from this site/;

before(async () => {
  stack = await startStack();
  admin = await signedIn(stack.base, 'admin');
  adminOther = await signedIn(stack.base, 'admin');
  otherSessionId = newestSessionId(stack.db, 'admin');
  staff = await signedIn(stack.base, 'staff1');
  visitor = new BrowserClient(stack.base);
  await visitor.csrf('/login');
  staff6 = userId(stack.db, 'staff6');
});
after(() => stack?.stop());

// The state-changing routes, each with fields that would change something
// if the request were accepted, and the client whose request it is.
function routes() {
  return [
    { name: 'POST /login', client: visitor, page: '/login', path: '/login',
      fields: { username: 'staff2', password: DEMO_PASSWORD } },
    { name: 'POST /logout', client: admin, page: '/', path: '/logout', fields: {} },
    { name: 'POST /account/password', client: admin, page: '/account/password', path: '/account/password',
      fields: { current_password: DEMO_PASSWORD, new_password: 'Brand-New-Passphrase-77', confirm_password: 'Brand-New-Passphrase-77' } },
    { name: 'POST /account/sessions/{id}/end', client: admin, page: '/account/sessions',
      path: `/account/sessions/${otherSessionId}/end`, fields: {} },
    { name: 'POST /admin/users', client: admin, page: '/admin/users/new', path: '/admin/users',
      fields: { username: 'forged', display_name: 'Forged User', role_admin: '1', password: 'Unrelated-Quill-Passphrase-1' } },
    { name: 'POST /admin/users/{id}', client: admin, page: `/admin/users/${staff6}`, path: `/admin/users/${staff6}`,
      fields: { display_name: 'Hacked Name', role_admin: '1', disabled: '1' } },
    { name: 'POST /admin/users/{id}/password', client: admin, page: `/admin/users/${staff6}`,
      path: `/admin/users/${staff6}/password`, fields: { new_password: 'Attacker-Chosen-Passphrase-9' } },
  ];
}

// Sends one forged variant and checks it was refused with nothing changed.
async function assertRefused(route, label, fields, options = {}) {
  const snapshot = dbSnapshot(stack.db);
  const r = await route.client.post(route.path, fields, options);
  assert.equal(r.status, 403, `${route.name} ${label}: status`);
  assert.match(r.text, FORGED, `${route.name} ${label}: message`);
  assert.equal(dbSnapshot(stack.db), snapshot, `${route.name} ${label}: the database changed`);
}

const ROUTE_NAMES = [
  'POST /login', 'POST /logout', 'POST /account/password', 'POST /account/sessions/{id}/end',
  'POST /admin/users', 'POST /admin/users/{id}', 'POST /admin/users/{id}/password',
];

for (const name of ROUTE_NAMES) {
  test(`${name} refuses forged requests and changes nothing`, async () => {
    const route = routes().find((r) => r.name === name);
    assert.ok(route, name);
    const right = await route.client.csrf(route.page);
    const othersToken = csrfIn((await staff.get('/')).text);
    assert.notEqual(othersToken, right);
    await assertRefused(route, 'without csrf_token', route.fields);
    await assertRefused(route, 'with an empty csrf_token', { ...route.fields, csrf_token: '' });
    await assertRefused(route, 'with a wrong token', { ...route.fields, csrf_token: 'f'.repeat(64) });
    await assertRefused(route, 'with a truncated token', { ...route.fields, csrf_token: right.slice(0, 63) });
    await assertRefused(route, "with another user's session token", { ...route.fields, csrf_token: othersToken });
    await assertRefused(route, 'with a foreign Origin', { ...route.fields, csrf_token: right }, { origin: 'http://evil.example' });
    await assertRefused(route, 'with Origin null', { ...route.fields, csrf_token: right }, { origin: 'null' });
    await assertRefused(route, 'with a foreign Referer and no Origin', { ...route.fields, csrf_token: right },
      { origin: null, headers: { referer: 'http://evil.example/page' } });
    await assertRefused(route, 'with a look-alike Referer and no Origin', { ...route.fields, csrf_token: right },
      { origin: null, headers: { referer: `${stack.base}.evil.example/page` } });
    await assertRefused(route, 'with the token sent twice', [...Object.entries(route.fields), ['csrf_token', right], ['csrf_token', right]]);
  });
}

test('the sign-in form is refused without the fl_form cookie, or with another visitor\'s', async () => {
  const c = new BrowserClient(stack.base);
  const token = await c.csrf('/login');
  assert.ok(c.cookies.has(FORM_COOKIE), 'the sign-in page sets the form cookie');
  const before = dbSnapshot(stack.db);
  c.cookies.delete(FORM_COOKIE);
  const r = await c.post('/login', { csrf_token: token, username: 'staff2', password: DEMO_PASSWORD });
  assert.equal(r.status, 403);
  assert.equal(c.sessionToken, undefined);
  const other = new BrowserClient(stack.base);
  await other.csrf('/login');
  c.cookies.set(FORM_COOKIE, other.cookies.get(FORM_COOKIE));
  const r2 = await c.post('/login', { csrf_token: token, username: 'staff2', password: DEMO_PASSWORD });
  assert.equal(r2.status, 403);
  assert.equal(dbSnapshot(stack.db), before, 'no session, failure or audit row was written');
});

test('a correct token with no Origin (and no Referer) is accepted', async () => {
  const token = await admin.csrf(`/admin/users/${staff6}`);
  const r = await admin.post(`/admin/users/${staff6}`, { csrf_token: token, display_name: 'Renamed Without Origin', role_staff: '1' }, { origin: null });
  assert.equal(r.status, 303);
  assert.equal(sql(stack.db, `SELECT display_name FROM users WHERE id = ${staff6}`), 'Renamed Without Origin');
});

test('a correct token with a same-site Referer and no Origin is accepted', async () => {
  const token = await admin.csrf(`/admin/users/${staff6}`);
  const r = await admin.post(`/admin/users/${staff6}`, { csrf_token: token, display_name: 'Renamed With Referer', role_staff: '1' },
    { origin: null, headers: { referer: `${stack.base}/admin/users/${staff6}` } });
  assert.equal(r.status, 303);
  assert.equal(sql(stack.db, `SELECT display_name FROM users WHERE id = ${staff6}`), 'Renamed With Referer');
});

test('control: with the right token every route does change something', async () => {
  // In an order that keeps the admin signed in until the last step.
  const steps = routes();
  const byName = (n) => steps.find((r) => r.name === n);
  const order = [
    'POST /account/sessions/{id}/end', 'POST /admin/users', 'POST /admin/users/{id}',
    'POST /admin/users/{id}/password', 'POST /login', 'POST /account/password', 'POST /logout',
  ];
  for (const name of order) {
    const route = byName(name);
    const before = dbSnapshot(stack.db);
    const token = await route.client.csrf(route.page);
    const r = await route.client.post(route.path, { ...route.fields, csrf_token: token });
    assert.equal(r.status, 303, `${name} with the right token: status`);
    assert.notEqual(dbSnapshot(stack.db), before, `${name} with the right token changes the database`);
  }
  assert.equal((await adminOther.get('/')).status, 303, 'the admin\'s other session was ended');
  assert.equal(sql(stack.db, "SELECT count(*) FROM users WHERE username = 'forged'"), '1');
  assert.equal(sql(stack.db, `SELECT disabled FROM users WHERE id = ${staff6}`), '1');
});

// admin.test.mjs: account administration (create, validation, disable,
// password reset), the audit trail and the users list's paging and search.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStack, sql, DEMO_PASSWORD } from '../lib/stack.mjs';
import {
  BrowserClient, signedIn, csrfIn, fieldError, inputValue, problemMessage, userId, decodeHtml, q,
} from '../lib/e2e-helpers.mjs';

let stack;
let admin;
before(async () => {
  stack = await startStack();
  admin = await signedIn(stack.base, 'admin');
});
after(() => stack?.stop());

const teamId = (name) => Number(sql(stack.db, `SELECT id FROM teams WHERE name = ${q(name)}`));
const userCount = () => Number(sql(stack.db, 'SELECT count(*) FROM users'));

// POSTs the new-user form with the given fields (csrf added).
async function createUser(fields) {
  const token = await admin.csrf('/admin/users/new');
  return admin.post('/admin/users', { csrf_token: token, ...fields });
}

// POSTs the edit form of a user.
async function updateUser(id, fields) {
  const token = await admin.csrf(`/admin/users/${id}`);
  return admin.post(`/admin/users/${id}`, { csrf_token: token, ...fields });
}

async function resetPassword(id, password) {
  const token = await admin.csrf(`/admin/users/${id}`);
  return admin.post(`/admin/users/${id}/password`, { csrf_token: token, new_password: password });
}

// The ids of the users listed on a users page.
const listedIds = (html) => [...html.matchAll(/<td><a href="\/admin\/users\/(\d+)">/g)].map((m) => Number(m[1]));

test('the admin creates a user, who can then sign in', async () => {
  const password = 'Orchard-Lantern-Quiet-9';
  const r = await createUser({
    username: 'nia.hire', display_name: 'Nia Hire', email: 'nia.hire@example.org', job_title: 'Customer Adviser',
    team: String(teamId('Phones')), role_staff: '1', password,
  });
  assert.equal(r.status, 303);
  const id = userId(stack.db, 'nia.hire');
  assert.equal(r.headers.get('location'), `/admin/users/${id}?done=created`);
  const row = sql(stack.db, `SELECT display_name, email, job_title, team_id, roles, disabled FROM users WHERE id = ${id}`);
  assert.equal(row, `Nia Hire|nia.hire@example.org|Customer Adviser|${teamId('Phones')}|4|0`);
  assert.doesNotMatch(sql(stack.db, `SELECT password_hash FROM users WHERE id = ${id}`), new RegExp(password));
  const page = await admin.get(r.headers.get('location'));
  assert.match(page.text, /The account has been created/);
  const nia = await signedIn(stack.base, 'nia.hire', password);
  const home = await nia.get('/');
  assert.equal(home.status, 200);
  assert.match(home.text, /Hello, Nia Hire/);
});

test('a duplicate username is refused next to the field, keeping what was typed', async () => {
  const before = userCount();
  const password = 'Typed-Passphrase-For-Dup-3';
  const r = await createUser({
    username: 'staff1', display_name: 'Someone Else', email: 'someone.else@example.org', job_title: 'Typist',
    team: String(teamId('Email and Chat')), role_manager: '1', password,
  });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'username'), 'That username is already taken.');
  assert.match(r.text, /<a href="#username">That username is already taken\.<\/a>/, 'listed in the error summary');
  assert.equal(inputValue(r.text, 'username'), 'staff1');
  assert.equal(inputValue(r.text, 'display_name'), 'Someone Else');
  assert.equal(inputValue(r.text, 'email'), 'someone.else@example.org');
  assert.equal(inputValue(r.text, 'job_title'), 'Typist');
  assert.match(r.text, /id="role_manager" name="role_manager" type="checkbox" value="1" checked/);
  assert.match(r.text, new RegExp(`<option value="${teamId('Email and Chat')}" selected>`));
  assert.ok(!r.text.includes(password), 'the password is not echoed');
  assert.equal(userCount(), before);
  assert.equal(sql(stack.db, "SELECT display_name FROM users WHERE username = 'staff1'"), 'Amy Clarke');
});

test('weak and short passwords are refused with a reason', async () => {
  const before = userCount();
  const cases = [
    ['short', /at least 12 characters/],
    ['password1234', /too common/],
    ['aaaaaaaaaaaaaaaa', /too common/],
    ['Password123456!', /too common/],
    ['xweakuser-long-enough', /must not contain your username/],
    ['x'.repeat(129) + 'Yz1', /at most 128 characters/],
  ];
  for (const [password, reason] of cases) {
    const r = await createUser({ username: 'xweakuser', display_name: 'Weak User', role_staff: '1', password });
    assert.equal(r.status, 400, `password ${password.slice(0, 20)}: status`);
    assert.match(fieldError(r.text, 'password') ?? '', reason, `password ${password.slice(0, 20)}: reason`);
    assert.equal(inputValue(r.text, 'username'), 'xweakuser');
  }
  assert.equal(userCount(), before, 'no account was created');
});

test('a bad email is refused with the field named', async () => {
  const before = userCount();
  for (const email of ['not-an-email', 'a@b', 'two@@example.org', 'sp ace@example.org', '@example.org']) {
    const r = await createUser({ username: 'bademail', display_name: 'Bad Email', email, role_staff: '1', password: 'Fine-Passphrase-Kettle-8' });
    assert.equal(r.status, 400, `email ${email}`);
    assert.match(fieldError(r.text, 'email') ?? '', /^Email must be an email address/, `email ${email}: message`);
    assert.match(r.text, /<a href="#email">Email must be/);
    assert.equal(inputValue(r.text, 'email'), email.trim());
  }
  assert.equal(userCount(), before);
});

test('other field errors: bad username, no role, unknown team, missing name', async () => {
  const before = userCount();
  const base = { username: 'okname', display_name: 'Ok Name', role_staff: '1', password: 'Fine-Passphrase-Kettle-8' };
  const cases = [
    [{ username: 'Bad Name' }, 'username', /lower-case letters/],
    [{ username: '' }, 'username', /required/],
    [{ role_staff: undefined }, 'role_staff', /at least one role/],
    [{ team: '999' }, 'team', /one of the teams listed/],
    [{ team: 'abc' }, 'team', /whole number/],
    [{ display_name: '   ' }, 'display_name', /required/],
  ];
  for (const [change, field, reason] of cases) {
    const fields = { ...base, ...change };
    for (const k of Object.keys(fields)) if (fields[k] === undefined) delete fields[k];
    const r = await createUser(fields);
    assert.equal(r.status, 400, `${JSON.stringify(change)}: status`);
    assert.match(fieldError(r.text, field) ?? '', reason, `${JSON.stringify(change)}: message for ${field}`);
  }
  assert.equal(userCount(), before);
});

test('disabling a user ends their sessions at once, and they cannot sign in', async () => {
  const s = await signedIn(stack.base, 'staff5');
  const id = userId(stack.db, 'staff5');
  assert.equal((await s.get('/')).status, 200);
  const r = await updateUser(id, { display_name: 'Ellie Murphy', job_title: 'Senior Adviser', role_staff: '1', disabled: '1' });
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), `/admin/users/${id}?done=saved`);
  assert.equal(sql(stack.db, `SELECT disabled FROM users WHERE id = ${id}`), '1');
  assert.equal(sql(stack.db, `SELECT count(*) FROM sessions WHERE user_id = ${id}`), '0');
  const next = await s.get('/account');
  assert.equal(next.status, 303, 'their next request is sent to sign in');
  assert.match(next.headers.get('location'), /^\/login/);
  const again = new BrowserClient(stack.base);
  const login = await again.login('staff5');
  assert.equal(login.status, 401, 'a disabled account cannot sign in');
  assert.match(problemMessage(login.text) ?? '', /username or password is not right/);
  assert.equal(again.sessionToken, undefined);
  const list = await admin.get('/admin/users?q=Ellie');
  assert.match(list.text, /Disabled/);
});

test('re-enabling a disabled user lets them sign in again', async () => {
  const id = userId(stack.db, 'staff6');
  assert.equal((await updateUser(id, { display_name: 'Femi Adeyemi', role_staff: '1', disabled: '1' })).status, 303);
  assert.equal((await new BrowserClient(stack.base).login('staff6')).status, 401);
  assert.equal((await updateUser(id, { display_name: 'Femi Adeyemi', role_staff: '1' })).status, 303);
  assert.equal(sql(stack.db, `SELECT disabled FROM users WHERE id = ${id}`), '0');
  await signedIn(stack.base, 'staff6');
  sql(stack.db, 'DELETE FROM login_failures');
});

test('editing a user that does not exist is 404 and creates nothing', async () => {
  const before = userCount();
  const token = await admin.csrf('/admin/users');
  const r = await admin.post('/admin/users/999999', { csrf_token: token, display_name: 'Ghost', role_staff: '1' });
  assert.equal(r.status, 404);
  assert.match(r.text, /no user with that number/);
  assert.equal(userCount(), before);
});

test('an admin cannot disable themselves or drop their own admin role', async () => {
  const id = userId(stack.db, 'admin');
  const r = await updateUser(id, { display_name: 'Priya Shah', role_admin: '1', disabled: '1' });
  assert.equal(r.status, 400);
  assert.equal(fieldError(r.text, 'disabled'), 'You cannot disable your own account.');
  const r2 = await updateUser(id, { display_name: 'Priya Shah', role_staff: '1' });
  assert.equal(r2.status, 400);
  assert.equal(fieldError(r2.text, 'role_admin'), 'You cannot remove your own admin role.');
  assert.equal(sql(stack.db, `SELECT disabled, roles FROM users WHERE id = ${id}`), '0|1');
  assert.equal((await admin.get('/admin/users')).status, 200, 'the admin is still signed in and still admin');
});

test('a password reset by the admin works and ends the user\'s sessions', async () => {
  const newPassword = 'Granite-Meadow-Violin-3';
  const s = await signedIn(stack.base, 'staff4');
  const id = userId(stack.db, 'staff4');
  const weak = await resetPassword(id, 'short');
  assert.equal(weak.status, 400);
  assert.match(weak.text, /id="new_password-error">The password must be at least 12 characters/,
    'the reason stands beside the field on the user\'s page');
  assert.match(weak.text, /<a href="#new_password">/, 'the error summary links to the field');
  assert.match(weak.text, /Username: <strong>staff4<\/strong>/, 'the rest of the page is the user\'s');
  assert.equal((await s.get('/')).status, 200, 'a refused reset ends nothing');
  const r = await resetPassword(id, newPassword);
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), `/admin/users/${id}?done=reset`);
  assert.match((await admin.get(r.headers.get('location'))).text, /The password has been reset/);
  assert.equal(sql(stack.db, `SELECT count(*) FROM sessions WHERE user_id = ${id}`), '0');
  assert.equal((await s.get('/')).status, 303, 'their session ended');
  assert.equal((await new BrowserClient(stack.base).login('staff4', DEMO_PASSWORD)).status, 401, 'the old password no longer works');
  await signedIn(stack.base, 'staff4', newPassword);
  const missing = await resetPassword(999999, newPassword);
  assert.equal(missing.status, 404);
});

test('the audit trail records who did what from where, and never secrets', async () => {
  const secrets = [DEMO_PASSWORD];
  const tokens = [admin.sessionToken];
  // login.failed, login and logout by staff6.
  const wrong = 'Distinctive-Wrong-Passw0rd-913';
  secrets.push(wrong);
  const failed = new BrowserClient(stack.base);
  assert.equal((await failed.login('staff6', wrong)).status, 401);
  const s6 = await signedIn(stack.base, 'staff6');
  tokens.push(s6.sessionToken);
  const csrf6 = csrfIn((await s6.get('/')).text);
  tokens.push(csrf6);
  assert.equal((await s6.post('/logout', { csrf_token: csrf6 })).status, 303);
  // user.created, user.password_reset, user.disabled by the admin.
  const first = 'Lime-Harbour-Tablet-27';
  const reset = 'Copper-Willow-Signal-64';
  secrets.push(first, reset);
  assert.equal((await createUser({ username: 'auditee', display_name: 'Audit Ee', role_staff: '1', password: first })).status, 303);
  const auditee = userId(stack.db, 'auditee');
  const a = await signedIn(stack.base, 'auditee', first);
  tokens.push(a.sessionToken);
  assert.equal((await resetPassword(auditee, reset)).status, 303);
  assert.equal((await updateUser(auditee, { display_name: 'Audit Ee', role_staff: '1', disabled: '1' })).status, 303);
  tokens.push(csrfIn((await admin.get('/')).text));

  const last = (action) => sql(stack.db, `SELECT username, ip, coalesce(target_id, ''), detail FROM audit
                                           WHERE action = ${q(action)} ORDER BY id DESC LIMIT 1`);
  const staff6 = userId(stack.db, 'staff6');
  assert.equal(last('login.failed'), '|127.0.0.1||username=staff6');
  assert.equal(sql(stack.db, "SELECT username, ip FROM audit WHERE action = 'login' AND username = 'staff6' ORDER BY id DESC LIMIT 1"), 'staff6|127.0.0.1');
  assert.equal(last('logout'), `staff6|127.0.0.1|${staff6}|`);
  assert.equal(last('user.created'), `admin|127.0.0.1|${auditee}|username=auditee roles=4`);
  assert.equal(last('user.password_reset'), `admin|127.0.0.1|${auditee}|`);
  assert.match(last('user.disabled'), new RegExp(`^admin\\|127\\.0\\.0\\.1\\|${auditee}\\|`));
  // The audit page shows them, newest first, with who and where.
  const page = await admin.get('/admin/audit');
  assert.equal(page.status, 200);
  for (const action of ['login', 'login.failed', 'logout', 'user.created', 'user.password_reset', 'user.disabled']) {
    assert.match(page.text, new RegExp(`<td>${action.replace('.', '\\.')}</td>`), `the audit page shows ${action}`);
  }
  const order = ['user.disabled', 'user.password_reset', 'user.created'].map((x) => page.text.indexOf(`<td>${x}</td>`));
  assert.ok(order[0] < order[1] && order[1] < order[2], 'newest first');
  assert.match(page.text, /<td>admin<\/td><td>user\.disabled<\/td>/);
  assert.match(page.text, /<td>127\.0\.0\.1<\/td>/);
  // Filtered by user: only their rows.
  const mine = await admin.get('/admin/audit?user=staff6');
  const who = [...mine.text.matchAll(/<tr><td>[^<]*<\/td><td>([^<]*)<\/td>/g)].map((m) => m[1]);
  assert.ok(who.length >= 2);
  assert.ok(who.every((w) => w === 'staff6'), `only staff6 rows: ${who}`);
  // No secret anywhere: the whole table, every audit page, the worker log.
  const dump = sql(stack.db, 'SELECT * FROM audit') + sql(stack.db, "SELECT quote(detail) FROM audit");
  const pages = [];
  const total = Math.ceil(Number(sql(stack.db, 'SELECT count(*) FROM audit')) / 50);
  for (let p = 1; p <= Math.min(total, 10); p++) pages.push((await admin.get(`/admin/audit?page=${p}`)).text);
  const log = readFileSync(join(stack.runDir, 'logs', 'intranet.log'), 'utf8');
  for (const secret of [...secrets, ...tokens]) {
    assert.ok(secret && secret.length >= 12);
    assert.ok(!dump.includes(secret), `the audit table contains ${secret.slice(0, 6)}...`);
    assert.ok(!log.includes(secret), `the worker log contains ${secret.slice(0, 6)}...`);
  }
  for (const secret of [...secrets, ...tokens.filter((t) => t !== tokens[tokens.length - 1])]) {
    for (const html of pages) assert.ok(!html.includes(secret), `an audit page shows ${secret.slice(0, 6)}...`);
  }
});

test('the users list pages by 25 and search filters it', async () => {
  const existing = userCount();
  const want = 40;
  assert.ok(existing < want, `fewer than ${want} users to begin with (${existing})`);
  const n = want - existing;
  sql(stack.db, `WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ${n})
    INSERT INTO users (username, display_name, email, job_title, roles, password_hash, created_at, updated_at, password_changed_at)
    SELECT printf('bulk%02d', i), printf('Bulk Person %02d', i), '', 'Temp', 4,
           (SELECT password_hash FROM users WHERE username = 'staff1'),
           strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    FROM k`);
  assert.equal(userCount(), want);
  const p1 = await admin.get('/admin/users');
  assert.equal(p1.status, 200);
  assert.match(p1.text, new RegExp(`${want} account\\(s\\)`));
  assert.match(p1.text, /Page 1 of 2/);
  const next = p1.text.match(/<a rel="next" href="([^"]+)">/);
  assert.ok(next, 'a next link');
  assert.equal(decodeHtml(next[1]), '/admin/users?page=2');
  assert.doesNotMatch(p1.text, /rel="prev"/);
  const ids1 = listedIds(p1.text);
  assert.equal(ids1.length, 25);
  const p2 = await admin.get(decodeHtml(next[1]));
  assert.match(p2.text, /Page 2 of 2/);
  assert.match(p2.text, /<a rel="prev" href="\/admin\/users\?page=1">/);
  assert.doesNotMatch(p2.text, /rel="next"/);
  const ids2 = listedIds(p2.text);
  assert.equal(ids2.length, want - 25);
  assert.equal(new Set([...ids1, ...ids2]).size, want, 'every user on exactly one page');
  // A bulk user inserted directly can sign in (same hash as staff1).
  await signedIn(stack.base, 'bulk01');
  // Search.
  const one = await admin.get('/admin/users?q=Okafor');
  assert.match(one.text, /1 account\(s\)/);
  assert.match(one.text, /Daniel Okafor/);
  assert.doesNotMatch(one.text, /Amy Clarke|Bulk Person/);
  assert.equal(inputValue(one.text, 'q'), 'Okafor');
  assert.doesNotMatch(one.text, /Page 1 of/);
  const byUsername = await admin.get('/admin/users?q=staff3');
  assert.deepEqual(listedIds(byUsername.text), [userId(stack.db, 'staff3')]);
  const none = await admin.get('/admin/users?q=zz-nobody-zz');
  assert.match(none.text, /No accounts match/);
  assert.deepEqual(listedIds(none.text), []);
  const bulk = await admin.get('/admin/users?q=bulk');
  assert.match(bulk.text, new RegExp(`${n} account\\(s\\)`));
  if (n > 25) {
    assert.match(bulk.text, /Page 1 of 2/);
    const more = decodeHtml(bulk.text.match(/<a rel="next" href="([^"]+)">/)[1]);
    assert.equal(more, '/admin/users?q=bulk&page=2');
    const bulk2 = await admin.get(more);
    assert.ok(listedIds(bulk2.text).length === n - 25);
    assert.doesNotMatch(bulk2.text, /Daniel Okafor/);
  }
});

test('paging through search results keeps the search, whatever it contains', async (t) => {
  // 30 people whose names contain characters that are special in a URL.
  sql(stack.db, `WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 30)
    INSERT INTO users (username, display_name, email, job_title, roles, password_hash, created_at, updated_at, password_changed_at)
    SELECT printf('rnd%02d', i), printf('R&D 100%% #%02d', i), '', '', 4, 'x',
           strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    FROM k`);
  for (const term of ['D 100', 'R&D', '100%']) {
    await t.test(`search ${JSON.stringify(term)}`, async () => {
      const p1 = await admin.get(`/admin/users?q=${encodeURIComponent(term)}`);
      assert.equal(p1.status, 200);
      assert.match(p1.text, /30 account\(s\)/);
      const href = p1.text.match(/<a rel="next" href="([^"]+)">/);
      assert.ok(href, 'a next link');
      // Follow the link as a browser would.
      const url = new URL(decodeHtml(href[1]), stack.base);
      const p2 = await admin.get(url.pathname + url.search);
      assert.equal(p2.status, 200, `the next link ${url.pathname + url.search} works`);
      assert.match(p2.text, /30 account\(s\)/, `the next link ${url.pathname + url.search} keeps the search`);
      assert.match(p2.text, /Page 2 of 2/);
      assert.equal(listedIds(p2.text).length, 5, 'the 5 remaining matches');
      assert.equal(inputValue(p2.text, 'q'), term, 'the search box still holds the term');
    });
  }
});

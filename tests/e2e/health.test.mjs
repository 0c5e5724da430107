// health.test.mjs: /healthz answers "ok" while the database answers, and
// 503 while it does not.
//
// How the database is made unavailable here: a schema it cannot read
// (faults-start.test.mjs moves, deletes and replaces the file; `chmod 000`
// does nothing when the tests run as root). With writable_schema we
// replace the SQL of one table with a syntax error and bump schema_version,
// so every connection must reload the schema and fails ("malformed
// database schema"), exactly as with a corrupted file. Putting the SQL
// back (and bumping the version again) makes the database healthy again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, sql, DEMO_PASSWORD } from '../lib/stack.mjs';
import { BrowserClient, signedIn, assertSecurityHeaders } from '../lib/e2e-helpers.mjs';

let stack;
let original;  // the teams table's SQL
before(async () => {
  stack = await startStack({ workers: 2 });
  original = sql(stack.db, "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'teams'");
});
after(() => stack?.stop());

function setTeamsSql(text) {
  const version = Number(sql(stack.db, 'PRAGMA schema_version'));
  sql(stack.db, `PRAGMA writable_schema = ON;
    UPDATE sqlite_schema SET sql = '${text.replace(/'/g, "''")}' WHERE type = 'table' AND name = 'teams';
    PRAGMA schema_version = ${version + 1};`);
}
const breakDatabase = () => setTeamsSql('CREATE TABLE teams (');
const repairDatabase = () => setTeamsSql(original);

// Several requests, so that every worker answers at least once (bounded).
async function healthAnswers(count = 8) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const r = await fetch(`${stack.base}/healthz`);
    out.push({ status: r.status, text: await r.text(), res: r });
  }
  return out;
}

test('/healthz answers 200 "ok" as plain text, not cached', async () => {
  for (const { status, text, res } of await healthAnswers()) {
    assert.equal(status, 200);
    assert.equal(text, 'ok\n');
    assert.match(res.headers.get('content-type'), /^text\/plain/);
    assert.match(res.headers.get('cache-control'), /no-store/);
    assertSecurityHeaders(res, 'healthz');
  }
  const head = await fetch(`${stack.base}/healthz`, { method: 'HEAD' });
  assert.equal(head.status, 200);
});

test('/healthz is 503 while the database cannot be read, and 200 once it can', async () => {
  const user = await signedIn(stack.base, 'staff1');
  breakDatabase();
  try {
    for (const { status, text, res } of await healthAnswers()) {
      assert.equal(status, 503, 'every worker reports the database unavailable');
      assert.equal(res.statusText, 'Service Unavailable');
      assert.match(text, /^database unavailable: the database cannot be read \(malformed database schema/);
      assertSecurityHeaders(res, 'healthz 503');
    }
    // Signing in cannot work and must fail cleanly, with an error page.
    const v = new BrowserClient(stack.base);
    const token = await v.csrf('/login');
    const r = await v.post('/login', { csrf_token: token, username: 'staff2', password: DEMO_PASSWORD });
    assert.ok(r.status >= 500, `sign-in during the outage: ${r.status}`);
    assert.match(r.text, /error id/i);
    assert.equal(v.sessionToken, undefined);
    // A signed-in user is not shown another page's data.
    const page = await user.get('/account');
    assert.notEqual(page.status, 200, 'no page is served from a broken database');
  } finally {
    repairDatabase();
  }
  for (const { status, text } of await healthAnswers()) {
    assert.equal(status, 200, 'healthy again once the database is readable');
    assert.equal(text, 'ok\n');
  }
  // Sessions were not lost and signing in works again.
  assert.equal((await user.get('/account')).status, 200, 'the session survived the outage');
  await signedIn(stack.base, 'staff2');
});

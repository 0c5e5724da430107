// faults-replay.test.mjs: no response is stored twice. Every public form
// carries a submission key (unique in the table):
//   - the same form sent twice (a customer pressing Send again after an
//     error) is stored once, and a form without a key is refused;
//   - a group-commit leader killed right after its COMMIT (a test fault:
//     FRONTLINE_TEST_FAULTS and a marked comment) leaves its batch to the
//     next leader, which stores it again: the keys keep every response
//     once, every waiting customer is thanked, the killed one gets a 502
//     and their resubmission stores nothing new;
//   - kill -9 of every public worker in the middle of concurrent
//     submissions, with customers resubmitting after an error: every
//     thanked response is stored, none twice (KILL9_ROUNDS rounds, 3 by
//     default; the figures are printed as test diagnostics).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, sql } from '../lib/stack.mjs';
import { BrowserClient, csrfIn, submissionIn, submissionKey, decodeHtml, waitFor, workersOf } from '../lib/e2e-helpers.mjs';

const LEADER_DIES = 'fault: the leader dies after its commit';
let stack;
before(async () => {
  stack = await startStack({ workers: 4, env: { FRONTLINE_FEEDBACK_LIMIT: '100000' } });
});
after(() => stack?.stop());

// A customer with the form open: { c, fields(comment) }, the fields being
// what the browser would send (the page's token and submission key).
async function customer() {
  const c = new BrowserClient(stack.base);
  const page = await c.get('/feedback/how-did-we-do');
  assert.equal(page.status, 200);
  const token = csrfIn(page.text);
  const key = submissionIn(page.text);
  assert.match(key ?? '', /^[0-9a-f]{32}$/, 'the form carries a submission key');
  return {
    c, key,
    fields: (comment) => ({ csrf_token: token, submission: key, form_version: '1', touchpoint: 'phone', csat: '5', nps: '9', comment }),
  };
}

const withKey = (key) => Number(sql(stack.db, `SELECT count(*) FROM feedback_responses WHERE submission_key = '${key}'`));
const withComment = (comment) => Number(sql(stack.db, `SELECT count(*) FROM feedback_responses WHERE comment = '${comment}'`));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Waits (bounded) until the public program has its four workers again.
const fourWorkers = () => waitFor(() => workersOf(stack.runDir, 'public').length === 4,
  { attempts: 60, intervalMs: 100, timeoutMs: 8000 });

test('the same form sent twice is stored once; a form without a key is refused and given one', async () => {
  const a = await customer();
  const first = await a.c.post('/feedback/how-did-we-do', a.fields(`twice ${a.key}`));
  const again = await a.c.post('/feedback/how-did-we-do', a.fields(`twice ${a.key}`));
  assert.equal(first.status, 303);
  assert.equal(again.status, 303, 'the second sending is thanked too');
  assert.equal(again.headers.get('location'), first.headers.get('location'));
  assert.equal(withKey(a.key), 1, 'stored once');
  const b = await customer();
  const { submission, ...keyless } = b.fields('no key at all');
  const refused = await b.c.post('/feedback/how-did-we-do', keyless);
  assert.equal(refused.status, 400);
  assert.match(decodeHtml(refused.text), /the form was incomplete/);
  assert.ok(refused.text.includes('no key at all'), 'the answers are kept');
  assert.match(submissionIn(refused.text) ?? '', /^[0-9a-f]{32}$/, 'the form shown again has a key');
  const bad = await b.c.post('/feedback/how-did-we-do', { ...keyless, submission: 'not-a-key' });
  assert.equal(bad.status, 400);
  assert.equal(withComment('no key at all'), 0);
});

test('a leader killed after its COMMIT: nothing stored twice, the others thanked, the resubmission stores once', async () => {
  assert.ok(await fourWorkers());
  const before = Number(sql(stack.db, 'SELECT count(*) FROM feedback_responses'));
  const leader = await customer();
  const others = await Promise.all([customer(), customer(), customer()]);
  // The marked response makes its worker lead, wait 300 ms with the lock
  // (the others queue their responses behind it), commit them all, and die.
  const led = leader.c.post('/feedback/how-did-we-do', leader.fields(LEADER_DIES)).catch((e) => ({ status: 'error', e }));
  await sleep(80);
  const waiting = others.map((o, i) => o.c.post('/feedback/how-did-we-do', o.fields(`queued behind ${i} ${o.key}`)));
  const answers = await Promise.all(waiting);
  const killed = await led;
  assert.equal(killed.status, 502, 'the customer whose worker died is told to try again');
  for (const a of answers) assert.equal(a.status, 303, 'the others are thanked');
  for (const o of [leader, ...others]) assert.equal(withKey(o.key), 1, 'each response stored exactly once');
  assert.equal(Number(sql(stack.db, 'SELECT count(*) FROM feedback_responses')), before + 4);
  // The customer sends the same form again: thanked, nothing new stored.
  assert.ok(await fourWorkers(), 'the killed worker was replaced');
  const resent = await leader.c.post('/feedback/how-did-we-do', leader.fields(LEADER_DIES));
  assert.equal(resent.status, 303);
  assert.equal(withKey(leader.key), 1);
  assert.equal(sql(stack.db, 'SELECT sum(responses) FROM feedback_daily'), sql(stack.db, 'SELECT count(*) FROM feedback_responses'));
  assert.equal(sql(stack.db, 'PRAGMA integrity_check'), 'ok');
});

// A customer opening the form while workers may be dying: reloads after
// an error, at most 4 times.
let reloads = 0;
async function customerReloading() {
  for (let attempt = 1; ; attempt++) {
    try {
      return await customer();
    } catch (e) {
      if (attempt === 4) throw e;
      reloads++;
      await fourWorkers();
    }
  }
}

// One customer's submission: sends, and after an error (502, 503 or a
// broken connection) sends the same form again, as a person would, at
// most 4 times. Returns { acknowledged, attempts, marker, key }.
async function submitLikeACustomer(marker) {
  const who = await customerReloading();
  for (let attempt = 1; attempt <= 4; attempt++) {
    let status;
    try {
      status = (await who.c.post('/feedback/how-did-we-do', who.fields(marker))).status;
    } catch {
      status = 'broken';
    }
    if (status === 303) return { acknowledged: true, attempts: attempt, marker, key: who.key };
    await fourWorkers();
  }
  return { acknowledged: false, attempts: 4, marker, key: who.key };
}

test('kill -9 rounds: every thanked response stored, none twice', async (t) => {
  const rounds = Number(process.env.KILL9_ROUNDS ?? 3);
  const clients = 8;
  const each = 8;                 // responses per client and round, one after another
  const stamp = Date.now();
  const deadline = Date.now() + 90000;
  let sent = 0;
  let acknowledged = 0;
  let resubmitted = 0;
  let killed = 0;
  for (let round = 0; round < rounds && Date.now() < deadline; round++) {
    assert.ok(await fourWorkers());
    const streams = [];
    for (let i = 0; i < clients; i++) {
      streams.push((async () => {
        const out = [];
        for (let n = 0; n < each; n++) out.push(await submitLikeACustomer(`kill9 ${stamp} ${round} ${i} ${n}`));
        return out;
      })());
    }
    // Every public worker killed at once, three times, while the
    // responses stream in.
    let streaming = true;
    const all = Promise.all(streams).finally(() => { streaming = false; });
    for (let k = 0; k < 3 && streaming; k++) {
      await sleep(20 + ((round + k) * 37) % 50);
      const victims = workersOf(stack.runDir, 'public');
      for (const pid of victims) process.kill(pid, 'SIGKILL');
      killed += victims.length;
      await fourWorkers();
    }
    const results = (await all).flat();
    sent += results.length;
    for (const r of results) {
      if (r.acknowledged) acknowledged++;
      resubmitted += r.attempts - 1;
      assert.ok(withKey(r.key) <= 1, 'a key is never stored twice');
      if (r.acknowledged) assert.equal(withComment(r.marker), 1, `thanked ${r.marker} is stored once`);
    }
  }
  const stored = Number(sql(stack.db, `SELECT count(*) FROM feedback_responses WHERE comment LIKE 'kill9 ${stamp} %'`));
  const duplicated = Number(sql(stack.db, `SELECT count(*) FROM (SELECT comment FROM feedback_responses
    WHERE comment LIKE 'kill9 ${stamp} %' GROUP BY comment HAVING count(*) > 1)`));
  t.diagnostic(`kill -9 rounds: ${rounds}, workers killed: ${killed}, submissions: ${sent}, ` +
    `forms reloaded after an error: ${reloads}, sent again after an error: ${resubmitted}, acknowledged: ${acknowledged}, stored: ${stored}, duplicated: ${duplicated}`);
  assert.equal(duplicated, 0);
  assert.ok(stored >= acknowledged, 'every acknowledged response is stored');
  assert.equal(acknowledged, sent, 'every customer got their response in within four tries');
  assert.equal(sql(stack.db, 'SELECT sum(responses) FROM feedback_daily'), sql(stack.db, 'SELECT count(*) FROM feedback_responses'));
  assert.equal(sql(stack.db, 'PRAGMA integrity_check'), 'ok');
});

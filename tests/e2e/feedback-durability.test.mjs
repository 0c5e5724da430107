// feedback-durability.test.mjs: a submission the customer was told
// succeeded is never lost: submit, kill every public worker with SIGKILL
// the instant the 303 arrives, and find the row (and its daily totals).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, sql } from '../lib/stack.mjs';
import { BrowserClient, csrfIn, waitFor, submissionKey, workersOf } from '../lib/e2e-helpers.mjs';

let stack;
before(async () => {
  stack = await startStack({ env: { FRONTLINE_FEEDBACK_LIMIT: '1000' } });
});
after(() => stack?.stop());

const publicWorkers = () => workersOf(stack.runDir, 'public');

test('kill -9 of the workers right after the 303 loses nothing', async () => {
  const c = new BrowserClient(stack.base);
  const before = publicWorkers();
  assert.ok(before.length >= 1, 'public workers are running');
  for (let round = 0; round < 3; round++) {
    const token = csrfIn((await c.get('/feedback/how-did-we-do')).text);
    const marker = `durable ${round} ${Date.now()}`;
    const res = await c.post('/feedback/how-did-we-do', {
      csrf_token: token, submission: submissionKey(), form_version: '1', touchpoint: 'web', csat: '5', nps: '10', comment: marker,
    });
    assert.equal(res.status, 303);
    for (const pid of publicWorkers()) process.kill(pid, 'SIGKILL');
    const row = sql(stack.db, `SELECT csat, nps, touchpoint FROM feedback_responses WHERE comment = '${marker}'`);
    assert.equal(row, '5|10|web', `round ${round}: the acknowledged response is in the database`);
    // multiwatch starts new workers, and the form works again
    const back = await waitFor(async () => {
      try { return (await c.get('/feedback/how-did-we-do')).status === 200; } catch { return false; }
    }, { attempts: 60, intervalMs: 100, timeoutMs: 8000 });
    assert.ok(back, 'the public form answers again after the workers were killed');
  }
  const after = publicWorkers();
  assert.ok(after.every((pid) => !before.includes(pid)), 'the workers were really replaced');
  // the daily totals agree with the rows, so no half-written transaction
  assert.equal(sql(stack.db, 'SELECT sum(responses) FROM feedback_daily'),
    sql(stack.db, 'SELECT count(*) FROM feedback_responses'));
  assert.equal(sql(stack.db, 'PRAGMA integrity_check'), 'ok');
});

test('submissions sent at the same moment are all stored once (group commit)', async () => {
  const clients = [];
  for (let i = 0; i < 12; i++) {
    const c = new BrowserClient(stack.base);
    clients.push({ c, token: csrfIn((await c.get('/feedback/how-did-we-do')).text) });
  }
  const before = Number(sql(stack.db, 'SELECT count(*) FROM feedback_responses'));
  const stamp = Date.now();
  const sends = [];
  for (let round = 0; round < 4; round++) {
    clients.forEach(({ c, token }, i) => sends.push(c.post('/feedback/how-did-we-do', {
      csrf_token: token, submission: submissionKey(), form_version: '1', touchpoint: 'phone', csat: String(1 + (i % 5)), nps: '7',
      comment: `together ${stamp} ${round} ${i}`,
      ...(i === 3 ? { contact_email: `c${round}@example.org`, consent: '1' } : {}),
    })));
  }
  const results = await Promise.all(sends);
  assert.deepEqual([...new Set(results.map((r) => r.status))], [303]);
  assert.equal(Number(sql(stack.db, 'SELECT count(*) FROM feedback_responses')), before + 48);
  assert.equal(Number(sql(stack.db, `SELECT count(DISTINCT comment) FROM feedback_responses WHERE comment LIKE 'together ${stamp} %'`)), 48);
  assert.equal(Number(sql(stack.db, `SELECT count(*) FROM feedback_responses WHERE comment LIKE 'together ${stamp} % 3' AND contact IS NOT NULL`)), 4);
  assert.equal(sql(stack.db, 'SELECT sum(responses) FROM feedback_daily'), sql(stack.db, 'SELECT count(*) FROM feedback_responses'));
});

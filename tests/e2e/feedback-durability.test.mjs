// feedback-durability.test.mjs: a submission the customer was told
// succeeded is never lost: submit, kill every public worker with SIGKILL
// the instant the 303 arrives, and find the row (and its daily totals).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { startStack, sql } from '../lib/stack.mjs';
import { BrowserClient, csrfIn, waitFor } from '../lib/e2e-helpers.mjs';

let stack;
before(async () => {
  stack = await startStack();
});
after(() => stack?.stop());

// The pids of the running public workers: children of this stack's
// multiwatch processes whose command is "public".
function publicWorkers() {
  const pids = readFileSync(join(stack.runDir, 'pids'), 'utf8').trim().split(/\s+/);
  const workers = [];
  for (const pid of pids) {
    let comm = '';
    try { comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim(); } catch { continue; }
    if (comm !== 'multiwatch') continue;
    let children = '';
    try { children = execFileSync('pgrep', ['-P', pid], { encoding: 'utf8' }); } catch { continue; }
    for (const child of children.trim().split(/\s+/).filter(Boolean)) {
      try {
        if (readFileSync(`/proc/${child}/comm`, 'utf8').trim() === 'public') workers.push(Number(child));
      } catch { /* gone */ }
    }
  }
  return workers;
}

test('kill -9 of the workers right after the 303 loses nothing', async () => {
  const c = new BrowserClient(stack.base);
  const before = publicWorkers();
  assert.ok(before.length >= 1, 'public workers are running');
  for (let round = 0; round < 3; round++) {
    const token = csrfIn((await c.get('/feedback/how-did-we-do')).text);
    const marker = `durable ${round} ${Date.now()}`;
    const res = await c.post('/feedback/how-did-we-do', {
      csrf_token: token, form_version: '1', touchpoint: 'web', csat: '5', nps: '10', comment: marker,
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

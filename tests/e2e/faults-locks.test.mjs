// faults-locks.test.mjs: the database's write lock held by someone else
// (a BEGIN IMMEDIATE in the sqlite3 tool, as a long backup or a stuck
// script would). The stack runs with a write budget of 1.5 s
// (FRONTLINE_WAIT_BUDGET_MS; the real one is 20 s, inside nginx's 30 s
// read timeout, which tests/unit/test_waiting.c checks) and two workers
// per program, so one waiting seat each.
//   - a write blocked past the budget answers 503 in time, saying nothing
//     was saved and keeping what was typed, and never commits afterwards;
//   - a write blocked for less waits and is saved;
//   - while writers are blocked, /healthz, signed-in pages (whose
//     last-seen update is due) and the public form are served at once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { startStack, sql } from '../lib/stack.mjs';
import { BrowserClient, signedIn, csrfIn, submissionIn, decodeHtml } from '../lib/e2e-helpers.mjs';

const BUDGET_MS = 1500;
let stack;
let manager;
before(async () => {
  stack = await startStack({ workers: 2, env: { FRONTLINE_WAIT_BUDGET_MS: String(BUDGET_MS) } });
  manager = await signedIn(stack.base, 'manager');
});
after(() => stack?.stop());

// Holds the write lock with the sqlite3 tool; resolves once it is held,
// with release() (which resolves when the tool has ended).
async function holdWriteLock() {
  const tool = spawn('sqlite3', [stack.db], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  const held = new Promise((resolve, reject) => {
    tool.stdout.on('data', (d) => { out += d; if (out.includes('held')) resolve(); });
    tool.once('exit', () => reject(new Error(`sqlite3 ended: ${out}`)));
  });
  tool.stdin.write(".timeout 5000\nBEGIN IMMEDIATE;\nSELECT 'held';\n");
  await held;
  return {
    release() {
      const ended = new Promise((resolve) => tool.once('exit', resolve));
      tool.stdin.write('ROLLBACK;\n.quit\n');
      return ended;
    },
  };
}

// Posts new minutes of a meeting as the manager; returns { res, ms }.
async function postMinutes(title) {
  const token = csrfIn((await manager.get('/team/meetings/new')).text);
  const staff1 = sql(stack.db, "SELECT id FROM users WHERE username = 'staff1'");
  const start = Date.now();
  const res = await manager.post('/team/meetings', {
    csrf_token: token, held_on: '2026-01-05', title, minutes: `Minutes of ${title}`, decisions: '',
    [`attendee_${staff1}`]: '1',
  });
  return { res, ms: Date.now() - start };
}

const meetings = (title) => Number(sql(stack.db, `SELECT count(*) FROM meetings WHERE title = '${title}'`));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Times one GET; returns { status, ms }.
async function timed(client, path) {
  const start = Date.now();
  const r = client ? await client.get(path) : await fetch(`${stack.base}${path}`);
  return { status: r.status, ms: Date.now() - start };
}

test('a write blocked past the budget: 503 within it, nothing saved, what was typed kept, no commit later', async () => {
  const lock = await holdWriteLock();
  let result;
  try {
    result = await postMinutes('Blocked too long');
  } finally {
    await lock.release();
  }
  const { res, ms } = result;
  assert.equal(res.status, 503);
  assert.ok(ms >= BUDGET_MS - 200 && ms < BUDGET_MS + 1500, `answered after ${ms} ms, within the budget`);
  const html = decodeHtml(res.text);
  assert.match(html, /Nothing was saved: the database was busy for too long/);
  assert.ok(html.includes('Blocked too long') && html.includes('Minutes of Blocked too long'), 'what was typed is kept');
  assert.match(res.text, /class="error-id">[0-9a-f]{8}</);
  await sleep(500);
  assert.equal(meetings('Blocked too long'), 0, 'the refused write never committed');
});

test('a write blocked for less than the budget waits and is saved', async () => {
  const lock = await holdWriteLock();
  const pending = postMinutes('Blocked a moment');
  await sleep(500);
  await lock.release();
  const { res, ms } = await pending;
  assert.equal(res.status, 303);
  assert.ok(ms >= 400, `it waited (${ms} ms)`);
  assert.equal(meetings('Blocked a moment'), 1);
});

test('blocked writers starve neither /healthz nor signed-in pages nor the public form', async () => {
  // The staff member's last-seen time is due for its once-a-minute update.
  const staff = await signedIn(stack.base, 'staff2');
  sql(stack.db, "UPDATE sessions SET last_seen = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-2 minutes')");
  const customer = new BrowserClient(stack.base);
  const form = await customer.get('/feedback/how-did-we-do');
  const lock = await holdWriteLock();
  let reads;
  let writes;
  try {
    // Two intranet writers and a public one, all blocked behind the lock.
    writes = [
      postMinutes('Starving one'), postMinutes('Starving two'),
      customer.post('/feedback/how-did-we-do', {
        csrf_token: csrfIn(form.text), submission: submissionIn(form.text), form_version: '1',
        touchpoint: 'web', csat: '3', nps: '5', comment: 'blocked customer',
      }),
    ];
    await sleep(100);
    reads = [];
    for (let i = 0; i < 4; i++) {
      reads.push(await timed(null, '/healthz'));
      reads.push(await timed(staff, '/account'));
      reads.push(await timed(new BrowserClient(stack.base), '/feedback/how-did-we-do'));
    }
  } finally {
    await lock.release();
  }
  const done = await Promise.all(writes);
  for (const { status, ms } of reads) {
    assert.equal(status, 200);
    assert.ok(ms < 1000, `a read waited ${ms} ms behind blocked writers`);
  }
  // Every writer was told the truth: saved (303) or nothing saved (503).
  const statuses = done.map((w) => w.res?.status ?? w.status);
  for (const s of statuses) assert.ok([303, 503].includes(s), `writer answered ${s}`);
  await sleep(300);
  assert.equal(meetings('Starving one') + meetings('Starving two'), statuses.slice(0, 2).filter((s) => s === 303).length);
  const stored = Number(sql(stack.db, "SELECT count(*) FROM feedback_responses WHERE comment = 'blocked customer'"));
  assert.equal(stored, statuses[2] === 303 ? 1 : 0, 'the customer was told the truth');
});

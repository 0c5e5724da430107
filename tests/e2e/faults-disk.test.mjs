// faults-disk.test.mjs: a full disk. Every customer is either thanked
// (and the response is stored) or told with a 503 that nothing was sent,
// their answers still on the page; no worker dies (the group-commit file
// is reserved with posix_fallocate, so no SIGBUS); an intranet write says
// nothing was saved, keeps what was typed and shows the error id that is
// in the log.
//
// Two ways to fill the disk: a database that may grow by 4 pages at most
// (FRONTLINE_TEST_MAX_PAGES, SQLite's max_page_count: works without root),
// and, as root only, a real full filesystem (a small tmpfs holding the
// database, filled up with a file); without root that part is skipped,
// and counted as skipped, not passed.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeSync, openSync, closeSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, sql } from '../lib/stack.mjs';
import {
  BrowserClient, signedIn, csrfIn, submissionIn, decodeHtml, workersOf, assertSecurityHeaders,
} from '../lib/e2e-helpers.mjs';

const REFUSED = /We could not save your feedback just now, so nothing was sent/;
const isRoot = process.getuid?.() === 0;

// A customer with the main form open: { c, token, key }.
async function customer(stack) {
  const c = new BrowserClient(stack.base);
  const page = await c.get('/feedback/how-did-we-do');
  assert.equal(page.status, 200);
  return { c, token: csrfIn(page.text), key: submissionIn(page.text) };
}

// Sends one response with the comment; returns the response.
async function send(stack, comment) {
  const { c, token, key } = await customer(stack);
  return c.post('/feedback/how-did-we-do', {
    csrf_token: token, submission: key, form_version: '1', touchpoint: 'web', csat: '4', nps: '8', comment,
  });
}

// How many responses carry exactly this comment.
const storedWith = (stack, comment) =>
  Number(sql(stack.db, `SELECT count(*) FROM feedback_responses WHERE comment = '${comment.replace(/'/g, "''")}'`));

// Posts minutes of a meeting as the manager; returns the response.
async function postMinutes(stack, manager, title, minutes) {
  const token = csrfIn((await manager.get('/team/meetings/new')).text);
  const staff1 = sql(stack.db, "SELECT id FROM users WHERE username = 'staff1'");
  return manager.post('/team/meetings', {
    csrf_token: token, held_on: '2026-01-05', title, minutes, decisions: '', [`attendee_${staff1}`]: '1',
  });
}

// Checks an intranet "nothing was saved" page: 503, the banner, what was
// typed, and an error id that the worker's log has with the failure.
function assertNotSaved(stack, res, typed) {
  assert.equal(res.status, 503);
  const html = decodeHtml(res.text);
  assert.match(html, /Nothing was saved/);
  assert.match(html, /run out of disk space/);
  for (const value of typed) assert.ok(html.includes(value), `what was typed is kept: ${value.slice(0, 20)}`);
  const id = res.text.match(/class="error-id">([0-9a-f]{8})</)?.[1];
  assert.ok(id, 'the page shows an error id');
  const log = readFileSync(join(stack.runDir, 'logs', 'intranet.log'), 'utf8');
  assert.match(log, new RegExp(`error ${id}: write transaction failed: database or disk is full`));
  assertSecurityHeaders(res, 'not saved');
}

// Sends responses (at most max) until `refusals` have been refused; checks
// each answer is a 303 stored once or a 503 with the answers kept and
// nothing stored. Returns { acknowledged, refused }.
async function sendUntilRefused(stack, stamp, { max, refusals }) {
  let acknowledged = 0;
  let refused = 0;
  for (let i = 0; i < max && refused < refusals; i++) {
    const comment = `disk ${stamp} ${i} ${'x'.repeat(1500)}`;
    const res = await send(stack, comment);
    assert.ok([303, 503].includes(res.status), `response ${i}: ${res.status} (a worker died?)`);
    if (res.status === 303) {
      acknowledged++;
      assert.equal(storedWith(stack, comment), 1, `thanked response ${i} is stored once`);
    } else {
      refused++;
      assert.match(decodeHtml(res.text), REFUSED);
      assert.ok(res.text.includes(comment), 'the comment is still in the form');
      assert.match(res.text, /name="csat" value="4" checked/);
      assert.equal(storedWith(stack, comment), 0, 'a refused response is not stored');
    }
  }
  return { acknowledged, refused };
}

describe('a database that may not grow (max_page_count)', () => {
  let stack;
  let manager;
  before(async () => {
    stack = await startStack({ workers: 2, env: { FRONTLINE_TEST_MAX_PAGES: '+4', FRONTLINE_FEEDBACK_LIMIT: '1000' } });
    manager = await signedIn(stack.base, 'manager');
  });
  after(() => stack?.stop());

  test('an intranet write that does not fit: 503, nothing saved, the minutes kept, the log\'s error id', async () => {
    const minutes = `Minutes that do not fit ${'é'.repeat(19000)}`;
    const res = await postMinutes(stack, manager, 'No room for this', minutes);
    assertNotSaved(stack, res, ['No room for this', minutes]);
    assert.equal(sql(stack.db, "SELECT count(*) FROM meetings WHERE title = 'No room for this'"), '0');
    // a page that only reads still works
    assert.equal((await manager.get('/team/meetings')).status, 200);
  });

  test('public responses until the database is full: thanked and stored, or 503 with the answers kept; no worker dies', async () => {
    const workers = workersOf(stack.runDir, 'public');
    const { refused } = await sendUntilRefused(stack, Date.now(), { max: 120, refusals: 3 });
    assert.equal(refused, 3, 'the database filled up within 120 responses');
    assert.deepEqual(workersOf(stack.runDir, 'public'), workers, 'the same public workers: none died');
    assert.equal(sql(stack.db, 'SELECT sum(responses) FROM feedback_daily'), sql(stack.db, 'SELECT count(*) FROM feedback_responses'));
  });
});

describe('a real full disk (a small tmpfs holding the database)', { skip: !isRoot && 'mounting a tmpfs needs root' }, () => {
  let stack;
  let mount;
  let manager;
  let filler;
  before(async () => {
    mount = mkdtempSync(join(tmpdir(), 'frontline-full-'));
    const m = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=24m,mode=0700', 'tmpfs', mount], { encoding: 'utf8' });
    assert.equal(m.status, 0, `mount: ${m.stderr}`);
    stack = await startStack({ workers: 2, env: { FRONTLINE_DB: join(mount, 'frontline.db'), FRONTLINE_FEEDBACK_LIMIT: '1000' } });
    manager = await signedIn(stack.base, 'manager');
    // An empty WAL, so that the next commit has to grow it; then fill the
    // filesystem to the last block.
    sql(stack.db, 'PRAGMA wal_checkpoint(TRUNCATE)');
    filler = join(mount, 'filler');
    const fd = openSync(filler, 'w');
    const chunk = Buffer.alloc(64 * 1024, 1);
    try {
      for (let i = 0; i < 24 * 16 + 16; i++) writeSync(fd, chunk);
      assert.fail('the tmpfs did not fill up');
    } catch (e) {
      if (e.code !== 'ENOSPC') throw e;
    }
    try { for (;;) writeSync(fd, Buffer.alloc(512, 1)); } catch (e) { if (e.code !== 'ENOSPC') throw e; }
    closeSync(fd);
  });
  after(() => {
    stack?.stop();
    if (mount) {
      spawnSync('umount', [mount]);
      rmSync(mount, { recursive: true, force: true });
    }
  });

  test('public: every response refused with a 503 and its answers kept, no SIGBUS, no worker lost', async () => {
    const workers = workersOf(stack.runDir, 'public');
    const stamp = Date.now();
    const { acknowledged, refused } = await sendUntilRefused(stack, stamp, { max: 10, refusals: 10 });
    assert.equal(refused + acknowledged, 10);
    assert.ok(refused >= 8, `the full disk refused the responses (${refused} of 10)`);
    assert.deepEqual(workersOf(stack.runDir, 'public'), workers, 'the same public workers: none died');
    const log = readFileSync(join(stack.runDir, 'logs', 'public.log'), 'utf8');
    assert.doesNotMatch(log, /SIGBUS|Bus error/);
  });

  test('intranet: a write on the full disk says nothing was saved and keeps what was typed', async () => {
    const res = await postMinutes(stack, manager, 'Written on a full disk', 'These minutes find no room.');
    assertNotSaved(stack, res, ['Written on a full disk', 'These minutes find no room.']);
    assert.equal((await fetch(`${stack.base}/healthz`)).status, 200, 'reading still works');
  });

  test('once there is room again, responses and minutes are stored', async () => {
    unlinkSync(filler);
    const comment = `room again ${Date.now()}`;
    const res = await send(stack, comment);
    assert.equal(res.status, 303);
    assert.equal(storedWith(stack, comment), 1);
    assert.equal((await postMinutes(stack, manager, 'Room again', 'Saved now.')).status, 303);
    assert.equal(sql(stack.db, "SELECT count(*) FROM meetings WHERE title = 'Room again'"), '1');
    assert.equal(sql(stack.db, 'PRAGMA integrity_check'), 'ok');
  });
});

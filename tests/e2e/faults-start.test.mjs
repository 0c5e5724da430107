// faults-start.test.mjs: a database that is moved away, deleted or
// replaced by something that is not a database. /healthz says so (503 and
// the reason), the public form answers 503 (not 404) and pages 503;
// workers killed meanwhile come back and stay up (no crash loop, so
// multiwatch never gives up); once the file is back, everything works
// again without a restart. Also: run.sh in the foreground reports a part
// of the stack that stops, and the systemd units restart on any exit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync, rmSync, mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, freePort, ROOT } from '../lib/stack.mjs';
import { signedIn, waitFor, workersOf } from '../lib/e2e-helpers.mjs';

let stack;
let staff;
before(async () => {
  stack = await startStack({ workers: 2 });
  staff = await signedIn(stack.base, 'staff1');
});
after(() => stack?.stop());

// Several /healthz answers, so every worker answers at least once.
async function healthAnswers(count = 6) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const r = await fetch(`${stack.base}/healthz`);
    out.push({ status: r.status, text: await r.text() });
  }
  return out;
}

// The statuses of the public form asked count times (any public worker).
async function publicAnswers(count = 6) {
  const out = [];
  for (let i = 0; i < count; i++) out.push((await fetch(`${stack.base}/feedback/how-did-we-do`)).status);
  return out;
}

// Waits (bounded) until every answer of /healthz is 200 "ok" and the
// public form answers too: each program's workers open the database
// again on their own, at most once a second, when a request comes.
const healthyAgain = () => waitFor(async () => (await healthAnswers()).every((a) => a.status === 200) &&
  (await publicAnswers()).every((status) => status === 200),
  { attempts: 40, intervalMs: 150, timeoutMs: 8000 });

// The pages a customer and a member of staff would ask for: each 503.
async function assertUnavailable(label) {
  for (const { status, text } of await healthAnswers()) {
    assert.equal(status, 503, `${label}: /healthz`);
    assert.match(text, /^database unavailable: the database (cannot be opened|file was moved or deleted|cannot be read)/);
  }
  for (const path of ['/feedback', '/feedback/how-did-we-do']) {
    const r = await fetch(`${stack.base}${path}`);
    assert.equal(r.status, 503, `${label}: ${path} answers 503, not 404`);
    assert.match(await r.text(), /not available just now/);
  }
  assert.equal((await staff.get('/account')).status, 503, `${label}: a signed-in page`);
}

// Kills every worker of both programs; waits until multiwatch has new ones.
async function killAllWorkers() {
  const before = [...workersOf(stack.runDir, 'public'), ...workersOf(stack.runDir, 'intranet')];
  for (const pid of before) process.kill(pid, 'SIGKILL');
  const replaced = await waitFor(() => {
    const now = [...workersOf(stack.runDir, 'public'), ...workersOf(stack.runDir, 'intranet')];
    return now.length === before.length && now.every((p) => !before.includes(p)) ? now : undefined;
  }, { attempts: 50, intervalMs: 100, timeoutMs: 6000 });
  assert.ok(replaced, 'multiwatch started new workers');
  return replaced;
}

test('a database moved away: 503 everywhere with the reason; restarted workers stay up; moved back, healthy again', async () => {
  renameSync(stack.db, `${stack.db}.moved`);
  try {
    await assertUnavailable('moved');
    // Workers that start while the database is missing stay up and answer
    // 503: the same pids after a second of requests (no crash loop).
    const started = await killAllWorkers();
    await assertUnavailable('after the restart');
    await new Promise((r) => setTimeout(r, 1200));
    await assertUnavailable('a second later');
    assert.deepEqual([...workersOf(stack.runDir, 'public'), ...workersOf(stack.runDir, 'intranet')], started,
      'the workers that could not open the database did not exit');
    assert.match(readFileSync(join(stack.runDir, 'logs', 'intranet.log'), 'utf8'), /cannot be opened \(unable to open database file\); answering 503/);
  } finally {
    renameSync(`${stack.db}.moved`, stack.db);
  }
  assert.ok(await healthyAgain(), 'healthy again once the file is back');
  assert.equal((await fetch(`${stack.base}/feedback/how-did-we-do`)).status, 200);
  assert.equal((await staff.get('/account')).status, 200, 'the session survived');
});

test('a file that is not a database in its place: /healthz says so; the real one back, healthy', async () => {
  renameSync(stack.db, `${stack.db}.saved`);
  try {
    writeFileSync(stack.db, 'This is not a database. '.repeat(400));
    await assertUnavailable('not a database');
    assert.match((await healthAnswers(1))[0].text, /file is not a database/);
  } finally {
    renameSync(`${stack.db}.saved`, stack.db);
  }
  assert.ok(await healthyAgain());
});

test('a deleted database: 503 with the reason, and no empty database is made in its place', async () => {
  const saved = `${stack.db}.kept`;
  renameSync(stack.db, saved);
  try {
    await assertUnavailable('deleted');
    assert.ok(!existsSync(stack.db), 'the workers did not create a new, empty database');
  } finally {
    renameSync(saved, stack.db);
  }
  assert.ok(await healthyAgain());
});

test('the systemd units restart on any exit, without giving up, with a umask for personal data', () => {
  for (const unit of ['frontline-intranet.service', 'frontline-public.service']) {
    const text = readFileSync(join(ROOT, 'deploy', unit), 'utf8');
    const service = text.slice(text.indexOf('[Service]'), text.indexOf('[Install]'));
    const unitSection = text.slice(text.indexOf('[Unit]'), text.indexOf('[Service]'));
    assert.match(service, /^Restart=always$/m, `${unit}: Restart=always (multiwatch exits 0 when it gives up)`);
    assert.match(unitSection, /^StartLimitIntervalSec=0$/m, `${unit}: restarts are never given up`);
    assert.match(service, /^UMask=0027$/m, `${unit}: UMask`);
    assert.match(service, /^Environment=FRONTLINE_WORKERS=4$/m, `${unit}: the worker count`);
    assert.match(service, /multiwatch -f 4 /, `${unit}: four workers, as FRONTLINE_WORKERS says`);
  }
});

test('run.sh in the foreground: a part of the stack that stops is reported, the rest stopped, exit status 1', async () => {
  const runDir = mkdtempSync(join(tmpdir(), 'frontline-watch-'));
  const port = await freePort();
  const child = spawn(join(ROOT, 'scripts', 'run.sh'), [], {
    env: { ...process.env, PORT: String(port), RUN_DIR: runDir, WORKERS: '1', QUIET: '1' },
    detached: true,
  });
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const up = await waitFor(async () => {
      try { return (await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200; } catch { return false; }
    }, { attempts: 100, intervalMs: 100, timeoutMs: 20000 });
    assert.ok(up, 'the stack started');
    // The public program's multiwatch stops (as when it gives up on its
    // workers): the script must say so and stop the rest.
    const multiwatch = readFileSync(join(runDir, 'pids'), 'utf8').trim().split(/\s+/)
      .find((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('build/public'));
    assert.ok(multiwatch, 'found the public multiwatch');
    process.kill(Number(multiwatch), 'SIGTERM');
    const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), 20000))]);
    assert.equal(code, 1, 'run.sh exits with status 1');
    assert.match(err, /the public program's supervisor \(multiwatch\) stopped unexpectedly/);
    await assert.rejects(fetch(`http://127.0.0.1:${port}/healthz`), 'nginx was stopped too');
  } finally {
    if (child.exitCode === null) try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    spawnSync(join(ROOT, 'scripts', 'stop.sh'), [runDir]);
    rmSync(runDir, { recursive: true, force: true });
  }
});

// ops.test.mjs: the processes around the application: multiwatch replacing
// killed workers, stopping with requests in flight, the frontline-admin
// command-line tool (init, adduser, passwd, backup, migrate) and starting
// stacks with scripts/run.sh.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT, DEMO_PASSWORD, startStack, freePort, sql, Client } from '../lib/stack.mjs';

const ADMIN = join(ROOT, 'build', 'frontline-admin');
const RUN = join(ROOT, 'scripts', 'run.sh');
const STOP = join(ROOT, 'scripts', 'stop.sh');
const STRONG = 'Quiet-harbour-lantern-73';
const STRONG2 = 'Copper-kettle-meadow-58';

// ---- processes -----------------------------------------------------------

// Is pid alive (a zombie counts as gone)?
function alive(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return !/^State:\s+Z/m.test(status);
  } catch {
    return false;
  }
}

// The children of pid (pgrep -P), as numbers; living ones only.
function childrenOf(pid) {
  const r = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' });
  return r.stdout.split(/\s+/).filter(Boolean).map(Number).filter(alive);
}

// The pids run.sh wrote for runDir.
function stackPids(runDir) {
  return readFileSync(join(runDir, 'pids'), 'utf8').split(/\s+/).filter(Boolean).map(Number);
}

function comm(pid) {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

// The multiwatch process of the intranet program of a stack.
function multiwatchOf(runDir) {
  const mw = stackPids(runDir).filter((pid) => comm(pid) === 'multiwatch');
  assert.ok(mw.length >= 1, `no multiwatch among the pids of ${runDir}`);
  // The intranet one: its children run build/intranet.
  const intranet = mw.find((pid) => childrenOf(pid).some((c) => comm(c) === 'intranet'));
  assert.ok(intranet, 'no multiwatch with intranet workers');
  return intranet;
}

// Every living process whose command line or environment mentions runDir
// (nginx has it on its command line, multiwatch and the workers inherit
// RUN_DIR and FRONTLINE_DB). Returns [{ pid, comm }].
function processesOf(runDir) {
  const found = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    let text = '';
    try {
      text = readFileSync(`/proc/${name}/cmdline`, 'latin1') + '\0' + readFileSync(`/proc/${name}/environ`, 'latin1');
    } catch {
      continue;
    }
    if (text.includes(runDir) && alive(Number(name))) found.push({ pid: Number(name), comm: comm(name) });
  }
  return found;
}

// Polls fn() every 100 ms until it returns a truthy value or ms pass.
async function waitFor(fn, ms, what) {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) assert.fail(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(100);
  }
}

// Runs a command asynchronously (the event loop keeps going, so requests
// in flight in this process still progress); resolves with its result.
function runAsync(cmd, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { ...options, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30000);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

// frontline-admin with args and standard input; returns spawnSync's result.
function admin(args, input = '') {
  return spawnSync(ADMIN, args, { input, encoding: 'utf8', timeout: 30000 });
}

// Starts run.sh --background in runDir on port; returns spawnSync's result.
function runStack(runDir, port, extraEnv = {}) {
  return spawnSync(RUN, ['--background'], {
    encoding: 'utf8',
    timeout: 30000,
    env: { ...process.env, PORT: String(port), RUN_DIR: runDir, WORKERS: '2', QUIET: '1', ...extraEnv },
  });
}

async function healthy(base) {
  try {
    const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(3000) });
    await res.text();
    return res.status === 200;
  } catch {
    return false;
  }
}

// ---- multiwatch ----------------------------------------------------------

describe('workers', () => {
  const WORKERS = 3;
  let stack;
  before(async () => { stack = await startStack({ workers: WORKERS }); });
  after(() => stack?.stop());

  test('a worker killed with SIGKILL is replaced and requests still succeed', async () => {
    const mw = multiwatchOf(stack.runDir);
    const before = childrenOf(mw);
    assert.equal(before.length, WORKERS, `expected ${WORKERS} workers, found ${before}`);
    const victim = before[0];
    process.kill(victim, 'SIGKILL');

    const now = await waitFor(() => {
      const kids = childrenOf(mw);
      return !alive(victim) && kids.length === WORKERS && kids.some((k) => !before.includes(k)) ? kids : null;
    }, 5000, 'multiwatch to replace the killed worker');
    assert.ok(!now.includes(victim));
    assert.equal(now.filter((k) => !before.includes(k)).length, 1, 'exactly one new worker');
    for (const k of now) assert.equal(comm(k), 'intranet');

    // Requests succeed, in parallel (every worker gets some).
    const statuses = await Promise.all(Array.from({ length: 24 }, async () => {
      const res = await fetch(`${stack.base}/healthz`);
      await res.text();
      return res.status;
    }));
    assert.deepEqual(statuses, Array(24).fill(200));
    const c = new Client(stack.base);
    assert.equal((await c.login('manager')).status, 303);
    assert.match((await c.get('/')).text, /Hello, Daniel Okafor/);
  });

  test('all workers killed at once are all replaced', async () => {
    const mw = multiwatchOf(stack.runDir);
    const before = childrenOf(mw);
    assert.equal(before.length, WORKERS);
    for (const pid of before) process.kill(pid, 'SIGKILL');
    await waitFor(() => {
      const kids = childrenOf(mw);
      return kids.length === WORKERS && kids.every((k) => !before.includes(k));
    }, 5000, 'every worker to be replaced');
    await waitFor(() => healthy(stack.base), 5000, '/healthz to answer again');
    const c = new Client(stack.base);
    assert.equal((await c.login('manager')).status, 303);
  });
});

// ---- stopping ------------------------------------------------------------

describe('stopping with stop.sh (SIGTERM) while a request is in flight', () => {
  let stack;
  let all = [];
  let stop;
  let result;
  before(async () => {
    stack = await startStack({ workers: 2, keepRunDir: true });
    const mw = multiwatchOf(stack.runDir);
    const started = stackPids(stack.runDir);
    all = [...started, ...started.flatMap(childrenOf)];
    assert.ok(processesOf(stack.runDir).length >= 4, 'the stack processes can be found');
    assert.equal(childrenOf(mw).length, 2);

    const t0 = Date.now();
    const slow = fetch(`${stack.base}/_fault/slow`, { signal: AbortSignal.timeout(15000) })
      .then(async (res) => ({ status: res.status, text: await res.text(), ms: Date.now() - t0 }))
      .catch((err) => ({ error: String(err), ms: Date.now() - t0 }));
    // Let the request reach a worker (it sleeps 2 s there), then stop.
    await sleep(500);
    stop = await runAsync(STOP, [stack.runDir], { timeoutMs: 20000 });
    result = await slow;
  });
  after(() => {
    stack?.stop();
    if (stack) rmSync(stack.runDir, { recursive: true, force: true });
  });

  test('the in-flight request still completes with 200', () => {
    assert.equal(stop.status, 0, `stop.sh failed: ${stop.stderr}`);
    assert.equal(result.error, undefined, `the slow request failed: ${result.error}`);
    assert.equal(result.status, 200, `the in-flight request got ${result.status} after ${result.ms} ms`);
    assert.equal(result.text, 'slow request finished\n');
  });

  // /_fault/slow takes 2 s so that it is still running when the stop comes;
  // if the stop signal cuts its sleep short, the test above proves less.
  test('the slow request was not cut short by the stop signal', () => {
    assert.ok(result.ms >= 1800, `the slow request answered after ${result.ms} ms, not about 2000`);
  });

  test('afterwards no process of the run directory remains', async () => {
    assert.deepEqual(all.filter(alive), [], 'processes of the stack still alive');
    assert.deepEqual(processesOf(stack.runDir), []);
    assert.ok(!existsSync(join(stack.runDir, 'pids')), 'the pids file is removed');
    assert.equal(await healthy(stack.base), false, 'the port no longer answers');
  });
});

// ---- frontline-admin -----------------------------------------------------

describe('frontline-admin', () => {
  let dir;
  let stack;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'frontline-admin-'));
    stack = await startStack({ workers: 2 });
  });
  after(() => {
    stack?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('init creates a database with exactly one administrator and no demo data', () => {
    const db = join(dir, 'prod.db');
    const r = admin(['init', db, 'boss'], `${STRONG}\n`);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /boss/);
    assert.equal(sql(db, 'SELECT count(*) FROM users'), '1');
    assert.equal(sql(db, 'SELECT username, roles, disabled FROM users'), 'boss|1|0');
    assert.equal(sql(db, "SELECT count(*) FROM users WHERE username IN ('admin','manager','staff1','assessor')"), '0');
    assert.equal(sql(db, 'SELECT count(*) FROM teams'), '0');
    assert.equal(sql(db, 'SELECT count(*) FROM sessions'), '0');
    assert.match(sql(db, 'SELECT password_hash FROM users'), /^\$argon2id\$/);
    assert.equal(sql(db, 'PRAGMA integrity_check'), 'ok');
  });

  test('init refuses a weak password and leaves no database behind', () => {
    for (const weak of ['short', 'password1234', 'bossboss-boss']) {
      const db = join(dir, `weak-${weak.length}.db`);
      const r = admin(['init', db, 'boss'], `${weak}\n`);
      assert.notEqual(r.status, 0, `init accepted the password ${weak}`);
      assert.ok(r.stderr.trim().length > 0, 'says why');
      for (const f of [db, `${db}-wal`, `${db}-shm`, `${db}-journal`]) {
        assert.ok(!existsSync(f), `${f} was left behind`);
      }
    }
    const none = admin(['init', join(dir, 'nopass.db'), 'boss'], '');
    assert.notEqual(none.status, 0, 'init with no password given');
    assert.ok(!existsSync(join(dir, 'nopass.db')));
  });

  test('init refuses to touch an existing file', () => {
    const db = join(dir, 'prod.db');
    const hash = sql(db, 'SELECT password_hash FROM users');
    const r = admin(['init', db, 'other'], `${STRONG2}\n`);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /already exists/);
    assert.equal(sql(db, 'SELECT count(*) FROM users'), '1');
    assert.equal(sql(db, 'SELECT password_hash FROM users'), hash);
  });

  test('adduser adds a user who can sign in through the web stack', async () => {
    const r = admin(['adduser', stack.db, 'newbie', 'Nora Newbie', 'staff'], `${STRONG}\n`);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(sql(stack.db, "SELECT display_name, roles FROM users WHERE username = 'newbie'"), 'Nora Newbie|4');
    const c = new Client(stack.base);
    const login = await c.login('newbie', STRONG);
    assert.equal(login.status, 303);
    assert.match((await c.get('/')).text, /Hello, Nora Newbie/);

    // The same username again, an unknown role, a weak password: refused.
    assert.notEqual(admin(['adduser', stack.db, 'newbie', 'Again', 'staff'], `${STRONG2}\n`).status, 0);
    assert.notEqual(admin(['adduser', stack.db, 'other', 'Other', 'wizard'], `${STRONG2}\n`).status, 0);
    assert.notEqual(admin(['adduser', stack.db, 'other', 'Other', 'staff'], 'weak\n').status, 0);
    assert.equal(sql(stack.db, "SELECT count(*) FROM users WHERE username IN ('newbie','other')"), '1');
  });

  test('passwd sets a new password that signs in and ends the old sessions', async () => {
    const old = new Client(stack.base);
    assert.equal((await old.login('newbie', STRONG)).status, 303);
    assert.equal((await old.get('/')).status, 200);

    const r = admin(['passwd', stack.db, 'newbie'], `${STRONG2}\n`);
    assert.equal(r.status, 0, r.stderr);

    const ended = await old.get('/');
    assert.equal(ended.status, 303, 'the session from before passwd is ended');
    assert.match(ended.headers.get('location'), /^\/login/);
    assert.equal((await new Client(stack.base).login('newbie', STRONG)).status, 401, 'old password');
    const c = new Client(stack.base);
    assert.equal((await c.login('newbie', STRONG2)).status, 303, 'new password');
    assert.match((await c.get('/')).text, /Hello, Nora Newbie/);

    assert.notEqual(admin(['passwd', stack.db, 'nobody'], `${STRONG2}\n`).status, 0, 'unknown user');
    assert.notEqual(admin(['passwd', stack.db, 'newbie'], 'weak\n').status, 0, 'weak password');
  });

  test('backup while serving and signing in and out gives a sound copy', async () => {
    // A bounded loop of sign-ins and sign-outs (at most 150 rounds, 30 s).
    let stop = false;
    const outcomes = [];
    const loop = (async () => {
      const deadline = Date.now() + 30000;
      for (let i = 0; i < 150 && !stop && Date.now() < deadline; i++) {
        const c = new Client(stack.base);
        const login = await c.login(i % 2 ? 'manager' : 'staff1');
        const home = await c.get('/');
        const token = home.text.match(/name="csrf_token" value="([0-9a-f]{64})"/)?.[1] ?? '';
        const out = await c.post('/logout', { csrf_token: token });
        outcomes.push(`${login.status}/${home.status}/${out.status}`);
      }
    })();
    await waitFor(() => outcomes.length >= 3, 15000, 'the sign-in loop to get going');

    const backups = [];
    for (let i = 0; i < 3; i++) {
      const dest = join(dir, `backup-${i}.db`);
      const r = await runAsync(ADMIN, ['backup', stack.db, dest], { timeoutMs: 30000 });
      backups.push({ dest, r });
      await sleep(100);
    }
    stop = true;
    await loop;

    assert.ok(outcomes.length >= 3);
    assert.deepEqual(outcomes.filter((o) => o !== '303/200/303'), [], 'sign-in, dashboard, sign-out all worked');
    const liveUsers = sql(stack.db, 'SELECT username FROM users ORDER BY username');
    for (const { dest, r } of backups) {
      assert.equal(r.status, 0, `backup failed: ${r.stderr}`);
      assert.ok(!existsSync(`${dest}.partial`), 'no .partial left');
      assert.equal(sql(dest, 'PRAGMA integrity_check'), 'ok');
      assert.equal(sql(dest, 'PRAGMA foreign_key_check'), '');
      assert.equal(sql(dest, 'SELECT username FROM users ORDER BY username'), liveUsers);
      assert.match(liveUsers, /\bmanager\b/);
      assert.match(liveUsers, /\bnewbie\b/);
      assert.ok(Number(sql(dest, "SELECT count(*) FROM audit WHERE action = 'login'")) > 0, 'the audit trail is there');
    }
  });

  test('migrate is idempotent and refuses a missing database', () => {
    const db = join(dir, 'prod.db');
    const latest = Math.max(...readdirSync(join(ROOT, 'schema'))
      .filter((f) => /^\d+_.*\.sql$/.test(f)).map((f) => parseInt(f, 10)));
    const schemaBefore = sql(db, '.schema');
    const v0 = sql(db, 'PRAGMA user_version');
    assert.equal(v0, String(latest), 'init left the database at the latest version');
    for (let i = 0; i < 2; i++) {
      const r = admin(['migrate', db]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`schema version ${latest}\\b`));
      assert.equal(sql(db, 'PRAGMA user_version'), v0);
      assert.equal(sql(db, '.schema'), schemaBefore);
      assert.equal(sql(db, 'SELECT count(*) FROM users'), '1');
    }
    const missing = join(dir, 'missing.db');
    const r = admin(['migrate', missing]);
    assert.notEqual(r.status, 0);
    assert.ok(!existsSync(missing), 'migrate must not create a database');
  });
});

// ---- run.sh --------------------------------------------------------------

describe('run.sh', () => {
  test('two stacks one after the other in the same RUN_DIR', async () => {
    const runDir = mkdtempSync(join(tmpdir(), 'frontline-twice-'));
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    try {
      for (let round = 1; round <= 2; round++) {
        const r = runStack(runDir, port);
        assert.equal(r.status, 0, `start ${round} failed: ${r.stderr}`);
        assert.ok(await healthy(base), `round ${round}: /healthz`);
        const c = new Client(base);
        assert.equal((await c.login('manager')).status, 303, `round ${round}: sign-in`);
        assert.match((await c.get('/')).text, /Hello, Daniel Okafor/);
        const stop = spawnSync(STOP, [runDir], { encoding: 'utf8', timeout: 30000 });
        assert.equal(stop.status, 0);
        assert.deepEqual(processesOf(runDir), [], `round ${round}: processes left after stop`);
        assert.equal(await healthy(base), false);
      }
      // The demo database was kept and migrated, not duplicated.
      assert.equal(sql(join(runDir, 'frontline-demo.db'), "SELECT count(*) FROM users WHERE username = 'manager'"), '1');
    } finally {
      spawnSync(STOP, [runDir]);
      rmSync(runDir, { recursive: true, force: true });
    }
  });

  test('a start on a port already in use fails with a clear message', async () => {
    const stack = await startStack({ workers: 1 });
    const runDir = mkdtempSync(join(tmpdir(), 'frontline-busy-'));
    const server = createServer((s) => s.destroy());
    try {
      const pidsBefore = stackPids(stack.runDir);
      const r = runStack(runDir, stack.port);
      assert.notEqual(r.status, 0, 'run.sh started on a port in use');
      assert.match(r.stderr, new RegExp(`127\\.0\\.0\\.1:${stack.port} is already in use`));
      assert.ok(!existsSync(join(runDir, 'pids')), 'nothing was started');
      assert.deepEqual(processesOf(runDir), []);
      // The first stack is untouched.
      assert.deepEqual(stackPids(stack.runDir), pidsBefore);
      assert.ok(pidsBefore.every(alive));
      assert.ok(await healthy(stack.base));

      // A port held by something that is not Frontline: the same.
      const port = await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
      const r2 = runStack(runDir, port);
      assert.notEqual(r2.status, 0);
      assert.match(r2.stderr, /already in use/);
      assert.deepEqual(processesOf(runDir), []);
    } finally {
      server.close();
      spawnSync(STOP, [runDir]);
      rmSync(runDir, { recursive: true, force: true });
      stack.stop();
    }
  });
});

// make-run.test.mjs: `make run` as a person uses it. It serves the demo
// on the chosen port, and Ctrl-C (SIGINT to the terminal's process group) or
// SIGTERM to make alone stops nginx and every worker, leaving nothing behind.
// Run twice in a row, it works both times.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, freePort } from '../lib/stack.mjs';

// Processes whose command line or environment mentions the run directory.
function processesOf(runDir) {
  const found = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      const env = readFileSync(`/proc/${pid}/environ`, 'utf8');
      if (cmd.includes(runDir) || env.includes(`RUN_DIR=${runDir}`)) found.push(`${pid} ${cmd}`);
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

// Polls fn every 100 ms until it is true or ms pass; returns its last value.
async function waitFor(fn, ms) {
  const end = Date.now() + ms;
  let value = await fn();
  while (!value && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    value = await fn();
  }
  return value;
}

// Starts `make run` in its own process group, as a terminal would; resolves
// once /healthz answers. Returns { child, port, output() }.
async function makeRun(runDir) {
  const port = await freePort();
  const child = spawn('make', ['--no-print-directory', 'run'], {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, PORT: String(port), RUN_DIR: runDir },
  });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { out += d; });
  const up = await waitFor(async () => {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      return r.status === 200 && (await r.text()) === 'ok\n';
    } catch {
      return false;
    }
  }, 60000);
  assert.ok(up, `make run did not serve /healthz: ${out}`);
  assert.ok(await waitFor(() => out.includes('Press Ctrl-C'), 10000), `no banner: ${out}`);
  return { child, port, output: () => out };
}

// Ends a `make run` that a failed test left running, and its stack.
function cleanUp(child, runDir) {
  if (child && child.exitCode === null && child.signalCode === null) {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
  }
  spawnSync(join(ROOT, 'scripts', 'stop.sh'), [runDir]);
  rmSync(runDir, { recursive: true, force: true });
}

// Resolves with the exit code once the child has exited (bounded).
function exited(child, ms) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(true);
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => { clearTimeout(timer); resolve(true); });
  });
}

test('Ctrl-C stops everything, and make run works again straight after', async () => {
  const runDir = mkdtempSync(join(tmpdir(), 'frontline-makerun-'));
  let child;
  try {
    for (let round = 1; round <= 2; round++) {
      const started = await makeRun(runDir);
      child = started.child;
      const { port, output } = started;
      assert.match(output(), new RegExp(`running at http://127\\.0\\.0\\.1:${port}/`));
      assert.match(output(), /frontline-demo/);
      const login = await fetch(`http://127.0.0.1:${port}/login`);
      assert.match(await login.text(), /Riverside Energy Customer Service/);
      assert.ok(processesOf(runDir).length >= 3, 'nginx, multiwatch and workers are running');
      process.kill(-child.pid, 'SIGINT');          // what Ctrl-C does
      assert.ok(await exited(child, 20000), 'make run ended after Ctrl-C');
      const left = await waitFor(() => processesOf(runDir).length === 0, 15000);
      assert.ok(left, `round ${round}: processes left behind: ${processesOf(runDir).join('; ')}`);
      await assert.rejects(fetch(`http://127.0.0.1:${port}/healthz`));
    }
  } finally {
    cleanUp(child, runDir);
  }
});

test('SIGTERM to make alone stops nginx and every worker', async () => {
  const runDir = mkdtempSync(join(tmpdir(), 'frontline-makerun-'));
  let child;
  try {
    const started = await makeRun(runDir);
    child = started.child;
    const { port } = started;
    process.kill(child.pid, 'SIGTERM');            // make only, not its group
    assert.ok(await exited(child, 20000), 'make run ended after SIGTERM');
    const left = await waitFor(() => processesOf(runDir).length === 0, 15000);
    assert.ok(left, `processes left behind: ${processesOf(runDir).join('; ')}`);
    await assert.rejects(fetch(`http://127.0.0.1:${port}/healthz`));
  } finally {
    cleanUp(child, runDir);
  }
});

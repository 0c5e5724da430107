// faults-files.test.mjs: what Frontline leaves on disk. The database, its
// WAL and shared-memory files, the key, the group-commit and waiting-seat
// files, and backups are readable by their owner (and group) only, even
// when the tool is run with a permissive umask; the access logs of both
// nginx configurations leave query strings out (the calendar feed's
// secret is one).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, ROOT } from '../lib/stack.mjs';
import { BrowserClient, csrfIn, submissionIn } from '../lib/e2e-helpers.mjs';

const ADMIN = join(ROOT, 'build', 'frontline-admin');
let stack;
let dir;
before(async () => {
  stack = await startStack({ workers: 2 });
  dir = mkdtempSync(join(tmpdir(), 'frontline-modes-'));
});
after(() => {
  stack?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Asserts that nobody but the owner may write the file and that others
// may not read it (at most 0640).
function assertPrivate(path) {
  const mode = statSync(path).mode & 0o777;
  assert.equal(mode & 0o027, 0, `${path} is ${mode.toString(8)}: at most 0640`);
}

// Runs frontline-admin under umask 000, feeding input on stdin.
function adminWithOpenUmask(args, input = '') {
  return spawnSync('sh', ['-c', 'umask 000; exec "$0" "$@"', ADMIN, ...args], { input, encoding: 'utf8' });
}

test('the running stack\'s database files are 0640 at most', async () => {
  const c = new BrowserClient(stack.base);
  const page = await c.get('/feedback/how-did-we-do');
  const sent = await c.post('/feedback/how-did-we-do', {
    csrf_token: csrfIn(page.text), submission: submissionIn(page.text), form_version: '1', touchpoint: 'web', csat: '5', nps: '10',
  });
  assert.equal(sent.status, 303);
  for (const suffix of ['', '-wal', '-shm', '.key', '.writers']) {
    assert.ok(existsSync(stack.db + suffix), `${suffix || 'the database'} exists`);
    assertPrivate(stack.db + suffix);
  }
  for (const suffix of ['.waiting-intranet', '.waiting-public']) {
    if (existsSync(stack.db + suffix)) assertPrivate(stack.db + suffix);
  }
});

test('frontline-admin under umask 000: init and backup still create 0640 files at most', () => {
  const db = join(dir, 'prod.db');
  const init = adminWithOpenUmask(['init', db, 'boss'], 'correct horse battery staple\n');
  assert.equal(init.status, 0, init.stderr);
  assertPrivate(db);
  assertPrivate(`${db}.key`);
  const copy = join(dir, 'copy.db');
  const backup = adminWithOpenUmask(['backup', db, copy]);
  assert.equal(backup.status, 0, backup.stderr);
  assertPrivate(copy);
  const demo = join(dir, 'demo.db');
  assert.equal(adminWithOpenUmask(['demo', demo]).status, 0);
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(demo + suffix)) assertPrivate(demo + suffix);
  }
});

test('the access logs of the dev and production configurations leave query strings out', () => {
  for (const file of ['nginx/frontline.conf.in', 'nginx/production.conf.example']) {
    const conf = readFileSync(join(ROOT, file), 'utf8');
    const format = conf.match(/log_format frontline ([^;]*);/)?.[1];
    assert.ok(format, `${file} defines the frontline log format`);
    assert.doesNotMatch(format, /\$request\b|\$request_uri|\$args|\$query_string|\$http_referer/,
      `${file}: the format logs no query string`);
    const logs = [...conf.matchAll(/^\s*access_log\s+([^;]*);/gm)].map((m) => m[1]);
    assert.ok(logs.length > 0, `${file} has an access log`);
    for (const line of logs) assert.match(line, /\sfrontline(\s|$)/, `${file}: "${line}" uses that format`);
  }
});

// stack.mjs: starts the real Frontline stack (nginx + FastCGI workers) for a
// test file, on a free loopback port with its own run directory and demo
// database, and gives tests a small HTTP client with a cookie jar.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEMO_PASSWORD = 'frontline-demo';

// Finds a free TCP port on 127.0.0.1.
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// Starts a stack; returns { base, port, runDir, db, stop() }.
// options.env adds environment variables (FRONTLINE_TEST_FAULTS is on).
export async function startStack(options = {}) {
  const port = await freePort();
  const runDir = mkdtempSync(join(tmpdir(), 'frontline-test-'));
  const env = {
    ...process.env,
    PORT: String(port),
    RUN_DIR: runDir,
    WORKERS: String(options.workers ?? 2),
    FRONTLINE_TEST_FAULTS: '1',
    QUIET: '1',
    ...(options.env ?? {}),
  };
  const r = spawnSync(join(ROOT, 'scripts', 'run.sh'), ['--background'], { env, encoding: 'utf8' });
  if (r.status !== 0) {
    throw new Error(`stack did not start: ${r.stderr}`);
  }
  const stack = {
    port,
    runDir,
    base: `http://127.0.0.1:${port}`,
    db: env.FRONTLINE_DB ?? join(runDir, 'frontline-demo.db'),
    stop() {
      spawnSync(join(ROOT, 'scripts', 'stop.sh'), [runDir]);
      if (!options.keepRunDir) rmSync(runDir, { recursive: true, force: true });
    },
  };
  return stack;
}

// Runs SQL against a database with the sqlite3 command-line tool; returns
// its output trimmed.
export function sql(db, statement) {
  return execFileSync('sqlite3', ['-cmd', '.timeout 5000', db, statement], { encoding: 'utf8' }).trim();
}

// A browser-like client: keeps cookies, never follows redirects, sends the
// Origin of the stack on POSTs (as browsers do) unless told otherwise.
export class Client {
  constructor(base) {
    this.base = base;
    this.cookies = new Map();
  }

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  remember(res) {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /max-age=0\b/i.test(a.trim()));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  // GET a path; returns { status, statusText, headers, text }.
  async get(path, headers = {}) {
    const res = await fetch(this.base + path, {
      redirect: 'manual',
      headers: { cookie: this.cookieHeader(), ...headers },
    });
    this.remember(res);
    return { status: res.status, statusText: res.statusText, headers: res.headers, text: await res.text() };
  }

  // POST urlencoded fields (an object or array of pairs); options.origin
  // overrides the Origin header (null: none), options.headers adds more.
  async post(path, fields, options = {}) {
    const body = new URLSearchParams(fields).toString();
    const headers = {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: this.cookieHeader(),
      ...(options.headers ?? {}),
    };
    if (options.origin !== null) headers.origin = options.origin ?? this.base;
    const res = await fetch(this.base + path, { method: 'POST', redirect: 'manual', headers, body });
    this.remember(res);
    return { status: res.status, statusText: res.statusText, headers: res.headers, text: await res.text() };
  }

  // The csrf_token hidden field of the page at path (fetching it).
  async csrf(path) {
    const page = await this.get(path);
    const m = page.text.match(/name="csrf_token" value="([0-9a-f]{64})"/);
    if (!m) throw new Error(`no csrf_token on ${path} (status ${page.status})`);
    return m[1];
  }

  // Signs in; returns the POST /login response.
  async login(username, password = DEMO_PASSWORD) {
    const token = await this.csrf('/login');
    return this.post('/login', { csrf_token: token, username, password });
  }
}

// The security headers every response must carry.
export const SECURITY_HEADERS = [
  'content-security-policy',
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
];

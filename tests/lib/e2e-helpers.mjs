// e2e-helpers.mjs: small helpers shared by the end-to-end tests (on top of
// stack.mjs): signed-in clients, raw requests, HTML extraction, database
// look-ups and a bounded wait.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, DEMO_PASSWORD, ROOT, sql } from './stack.mjs';

export const SESSION_COOKIE = 'fl_session';
export const FORM_COOKIE = 'fl_form';

// A Client that sends its own User-Agent on every request (so two clients
// look like two browsers on the sessions page).
export class BrowserClient extends Client {
  constructor(base, userAgent = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0') {
    super(base);
    this.userAgent = userAgent;
  }

  get(path, headers = {}) {
    return super.get(path, { 'user-agent': this.userAgent, ...headers });
  }

  post(path, fields, options = {}) {
    return super.post(path, fields, {
      ...options,
      headers: { 'user-agent': this.userAgent, ...(options.headers ?? {}) },
    });
  }

  // The session token the client holds (undefined when signed out).
  get sessionToken() {
    return this.cookies.get(SESSION_COOKIE);
  }

  // POSTs a raw body (a string or Buffer) with the given content type,
  // the client's cookies and (unless options.origin is null) its Origin.
  async postRaw(path, body, contentType = 'application/x-www-form-urlencoded', options = {}) {
    const headers = {
      'user-agent': this.userAgent,
      cookie: this.cookieHeader(),
      ...(contentType ? { 'content-type': contentType } : {}),
      ...(options.headers ?? {}),
    };
    if (options.origin !== null) headers.origin = options.origin ?? this.base;
    const res = await fetch(this.base + path, { method: 'POST', redirect: 'manual', headers, body });
    this.remember(res);
    return { status: res.status, statusText: res.statusText, headers: res.headers, text: await res.text() };
  }

  // Any method, no body; returns { status, headers, text }.
  async request(method, path, headers = {}) {
    const res = await fetch(this.base + path, {
      method,
      redirect: 'manual',
      headers: { 'user-agent': this.userAgent, cookie: this.cookieHeader(), ...headers },
    });
    this.remember(res);
    return { status: res.status, statusText: res.statusText, headers: res.headers, text: method === 'HEAD' ? '' : await res.text() };
  }
}

// Signs a new client in (asserting it worked) and returns it.
export async function signedIn(base, username, password = DEMO_PASSWORD, userAgent) {
  const c = new BrowserClient(base, userAgent);
  const r = await c.login(username, password);
  assert.equal(r.status, 303, `sign-in of ${username} should succeed, got ${r.status}`);
  assert.ok(c.sessionToken, `sign-in of ${username} should set a session cookie`);
  return c;
}

// The csrf_token hidden field in an HTML page, or undefined.
export function csrfIn(html) {
  return html.match(/name="csrf_token" value="([0-9a-f]{64})"/)?.[1];
}

// The submission key hidden in a public feedback form page, or undefined.
export function submissionIn(html) {
  return html.match(/name="submission" value="([0-9a-f]{32})"/)?.[1];
}

// A new submission key, as a freshly loaded public form would carry.
export function submissionKey() {
  return randomBytes(16).toString('hex');
}

// The session token of a successful sign-in (a Set-Cookie of fl_session).
export function sessionCookieLine(res) {
  return res.headers.getSetCookie().find((l) => l.startsWith(`${SESSION_COOKIE}=`));
}

// Decodes the few HTML entities templates produce.
export function decodeHtml(s) {
  return s
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'").replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
}

// The error shown next to a field (<p class="field-error" id="NAME-error">).
export function fieldError(html, name) {
  const m = html.match(new RegExp(`<p class="field-error" id="${name}-error">([^<]*)</p>`));
  return m ? decodeHtml(m[1]) : undefined;
}

// The message of the sign-in page's problem box.
export function problemMessage(html) {
  const m = html.match(/<div class="error-summary" role="alert"><p>([^<]*)<\/p><\/div>/);
  return m ? decodeHtml(m[1]) : undefined;
}

// The value attribute of the input named name.
export function inputValue(html, name) {
  const re = new RegExp(`<input[^>]*\\bname="${name}"[^>]*>`);
  const tag = html.match(re)?.[0];
  if (!tag) return undefined;
  const v = tag.match(/\bvalue="([^"]*)"/);
  return v ? decodeHtml(v[1]) : undefined;
}

// Quotes a string for SQL.
export function q(s) {
  return `'${String(s).replace(/'/g, "''")}'`;
}

// The id of a user by username.
export function userId(db, username) {
  const id = sql(db, `SELECT id FROM users WHERE username = ${q(username)}`);
  assert.ok(id, `user ${username} should exist`);
  return Number(id);
}

// The ids of a user's sessions, oldest first.
export function sessionIds(db, username) {
  const out = sql(db, `SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id
                       WHERE u.username = ${q(username)} ORDER BY s.id`);
  return out ? out.split('\n').map(Number) : [];
}

// The newest session id of a user (the one a sign-in just made).
export function newestSessionId(db, username) {
  const ids = sessionIds(db, username);
  assert.ok(ids.length > 0, `${username} should have a session`);
  return ids[ids.length - 1];
}

// SQL for "now minus some minutes" in the application's time format.
export function isoAgo(minutes) {
  return `strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-${minutes} minutes')`;
}

// Asserts the response carries the security headers with sane values.
export function assertSecurityHeaders(res, label = '') {
  const h = res.headers;
  const csp = h.get('content-security-policy');
  assert.ok(csp, `${label}: content-security-policy missing`);
  assert.match(csp, /default-src 'self'/, `${label}: CSP default-src`);
  assert.match(csp, /frame-ancestors 'none'/, `${label}: CSP frame-ancestors`);
  assert.equal(h.get('x-content-type-options'), 'nosniff', `${label}: x-content-type-options`);
  assert.match(h.get('x-frame-options') ?? '', /^(DENY|SAMEORIGIN)$/i, `${label}: x-frame-options`);
  assert.ok(h.get('referrer-policy'), `${label}: referrer-policy missing`);
}

// Polls fn (sync or async) until it returns a truthy value; bounded by
// attempts and time. Returns the value or undefined.
export async function waitFor(fn, { attempts = 40, intervalMs = 50, timeoutMs = 4000 } = {}) {
  const end = Date.now() + timeoutMs;
  for (let i = 0; i < attempts && Date.now() <= end; i++) {
    const v = await fn();
    if (v) return v;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  return undefined;
}

// A snapshot of everything a state-changing request could alter (users,
// sessions except last_seen, audit and login failure counts).
export function dbSnapshot(db) {
  return sql(db, [
    'SELECT id, username, display_name, email, job_title, team_id, roles, password_hash, disabled, updated_at, password_changed_at FROM users ORDER BY id',
    "SELECT '--'",
    'SELECT id, token_hash, user_id, csrf_token, created_at FROM sessions ORDER BY id',
    "SELECT '--'",
    'SELECT count(*), coalesce(max(id), 0) FROM audit',
    'SELECT count(*) FROM login_failures',
  ].join('; '));
}

// Reads a program's route table, as the program prints it with --routes:
// [{ area, method, pattern, roles }] (roles null for a public route).
export function routesOf(program) {
  const out = execFileSync(join(ROOT, 'build', program), ['--routes'], { encoding: 'utf8' });
  return out.trim().split('\n').map((line) => {
    const [area, method, pattern, roles, ...rest] = line.split('\t');
    assert.equal(rest.length, 0, `one route per line: ${line}`);
    return { area, method, pattern, roles: roles === 'public' ? null : roles.split('|') };
  });
}

// A concrete address for a route pattern: ids become 1, a slug the demo form.
export function pathFor(pattern) {
  return pattern.replaceAll('{id}', '1').replaceAll('{slug}', 'how-did-we-do');
}

// The pids of a stack's running workers of one program ('public' or
// 'intranet'): children of its multiwatch processes with that command.
export function workersOf(runDir, program) {
  const pids = readFileSync(join(runDir, 'pids'), 'utf8').trim().split(/\s+/);
  const workers = [];
  const comm = (pid) => { try { return readFileSync(`/proc/${pid}/comm`, 'utf8').trim(); } catch { return ''; } };
  for (const pid of pids) {
    if (comm(pid) !== 'multiwatch') continue;
    let children = '';
    try { children = execFileSync('pgrep', ['-P', pid], { encoding: 'utf8' }); } catch { continue; }
    for (const child of children.trim().split(/\s+/).filter(Boolean)) {
      if (comm(child) === program) workers.push(Number(child));
    }
  }
  return workers.sort((a, b) => a - b);
}

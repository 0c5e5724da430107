// step-errors.test.mjs: a step that fails while a page reads its rows is a
// 500 page with an error id (also in the worker log, after the line naming
// the failed statement), never a page with a silently short list.
//
// How the failure is made: workers started with FRONTLINE_TEST_FAULTS=1
// (the test stacks) honour the request header X-Frontline-Step-Fault: N,
// which makes core's db_step_row() report SQLITE_IOERR once, after N rows
// of that request, inside the real handlers. Without FRONTLINE_TEST_FAULTS=1
// the header does nothing (the last test starts such a stack).
//
// One worker per program, so the pages' per-worker caches (the KPI cards,
// the rota grid and cover) are in a known state: a failed build is never
// kept, so a page with a cold cache fails like any other.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStack } from '../lib/stack.mjs';
import { BrowserClient, signedIn, routesOf, pathFor, waitFor } from '../lib/e2e-helpers.mjs';

const FAULT = 'x-frontline-step-fault';
const ERROR_ID = /<code class="error-id">([0-9a-f]{8})<\/code>/;
// The demo accounts that between them hold every role.
const PEOPLE = { manager: ['manager', 'staff'], admin: ['admin'], assessor: ['assessor'], staff1: ['staff'] };
// A list page of each area, and who reads it.
const LIST_PAGES = [
  ['manager', '/'],
  ['manager', '/kpis'],
  ['manager', '/actions'],
  ['manager', '/standards'],
  ['manager', '/slas/holidays'],
  ['manager', '/plans'],
  ['manager', '/team'],
  ['manager', '/team/meetings'],
  ['manager', '/customer-feedback'],
  ['manager', '/customer-feedback/forms'],
  ['manager', '/rota'],
  ['manager', '/rota/leave'],
  ['staff1', '/rota/mine'],
  ['admin', '/admin/users'],
  ['admin', '/admin/audit'],
];

let stack;
const clients = {};
before(async () => {
  stack = await startStack({ workers: 1 });
  clients.visitor = new BrowserClient(stack.base);
  for (const name of Object.keys(PEOPLE)) clients[name] = await signedIn(stack.base, name);
});
after(() => stack?.stop());

// GETs path as who, with the step fault after rows rows (none: no header).
function getWithFault(who, path, rows) {
  return clients[who].get(path, rows === undefined ? {} : { [FAULT]: String(rows) });
}

// The intranet worker's log.
function intranetLog() {
  return readFileSync(join(stack.runDir, 'logs', 'intranet.log'), 'utf8');
}

test('a failed step in a list page of every area is a 500 page whose error id is in the log', async () => {
  for (const [who, path] of LIST_PAGES) {
    const r = await getWithFault(who, path, 0);
    assert.equal(r.status, 500, `${path}: a failed step is a server error`);
    const id = r.text.match(ERROR_ID)?.[1];
    assert.ok(id, `${path}: the 500 page shows an error id`);
    assert.doesNotMatch(r.text, /sqlite|disk I\/O|step failed/i, `${path}: no internal detail in the page`);
    const line = await waitFor(() => intranetLog().split('\n').findIndex((l) => l.includes(`error ${id}: GET ${path}:`)) + 1);
    assert.ok(line, `${path}: error id ${id} is in the worker log`);
    const before = intranetLog().split('\n').slice(0, line - 1).reverse();
    assert.match(before.find((l) => / error [0-9a-f]{8}: /.test(l)) ?? '', /step failed: disk I\/O error \(a test fault\) \(in: SELECT /,
      `${path}: the line before names the failed statement`);
    const again = await getWithFault(who, path);
    assert.equal(again.status, 200, `${path}: the next request, without the fault, is answered`);
  }
});

test('a failure after some rows is a 500 page too, not a short list', async () => {
  // The accounts list: nine demo accounts, read in one loop after the
  // one-row count of them (db_count), so the page reads rows + 1 rows.
  const all = await getWithFault('admin', '/admin/users');
  const rows = all.text.match(/<tr>\s*<td><a href="\/admin\/users\/\d+">/g)?.length ?? 0;
  assert.ok(rows >= 5, `the list has ${rows} accounts`);
  const reads = rows + 1;
  // After the last row, the step that would end the list can fail too.
  for (const after of [1, 3, reads - 1, reads]) {
    const r = await getWithFault('admin', '/admin/users', after);
    assert.equal(r.status, 500, `a failure after ${after} of ${reads} rows`);
    assert.match(r.text, ERROR_ID);
  }
  assert.equal((await getWithFault('admin', '/admin/users', reads + 1)).status, 200,
    'a fault after more rows than the page reads never fires');
});

// Who may read a route: the first demo account holding one of its roles.
function readerOf(route) {
  if (route.roles === null) return 'visitor';
  return Object.keys(PEOPLE).find((who) => route.roles.some((role) => PEOPLE[who].includes(role)));
}

// How many times the fault has fired in a program's log.
function faultsFired(program) {
  const log = readFileSync(join(stack.runDir, 'logs', `${program}.log`), 'utf8');
  return log.split('(a test fault)').length - 1;
}

// Requests path with the fault after 0, 1, 2, ... rows until the answer is
// not a 500: the fault then falls after the page's last row, so every row
// the page reads (and the step that ends each list) has failed once.
// Each 500 must come from a fault that fired, and the last answer from a
// request whose fault never fired: a fault that fired under a good answer
// is a failure swallowed, the page carrying on with a short list. Returns
// a problem in words, or null.
async function scanProblem(program, who, path) {
  const limit = 2000;
  const before = faultsFired(program);
  let rows = 0;
  for (; rows < limit; rows++) {
    const r = await getWithFault(who, path, rows);
    if (r.status !== 500) break;
    if (!ERROR_ID.test(r.text)) return `${path} as ${who}: a 500 without an error id after ${rows} rows`;
  }
  if (rows === limit) return `${path} as ${who}: still failing after ${limit} rows`;
  const fired = faultsFired(program) - before;
  if (fired !== rows)
    return `${path} as ${who}: ${fired} step failures for ${rows} server errors (one was swallowed)`;
  return null;
}

test('every GET page of both programs fails at whichever row the step fails', async () => {
  const routes = [...routesOf('intranet').map((r) => ({ ...r, program: 'intranet' })),
    ...routesOf('public').map((r) => ({ ...r, program: 'public' }))]
    .filter((r) => r.method === 'GET' && !r.pattern.startsWith('/_fault/'));
  assert.ok(routes.length >= 80, `${routes.length} GET routes`);
  const problems = [];
  let failing = 0;
  for (const route of routes) {
    const problem = await scanProblem(route.program, readerOf(route), pathFor(route.pattern));
    if (problem) problems.push(problem);
    failing += (await getWithFault(readerOf(route), pathFor(route.pattern), 0)).status === 500;
  }
  assert.deepEqual(problems, []);
  assert.ok(failing >= 60, `${failing} pages read rows and fail when a step does`);
});

test('without FRONTLINE_TEST_FAULTS=1 the header does nothing', async () => {
  const production = await startStack({ workers: 1, env: { FRONTLINE_TEST_FAULTS: '0' } });
  try {
    const admin = await signedIn(production.base, 'admin');
    for (const rows of ['0', '1', '3']) {
      const r = await admin.get('/admin/users', { [FAULT]: rows });
      assert.equal(r.status, 200, `the header (${rows}) is ignored`);
    }
    assert.doesNotMatch(readFileSync(join(production.runDir, 'logs', 'intranet.log'), 'utf8'), /step failed/);
  } finally {
    production.stop();
  }
});

// route-roles.test.mjs: every route of every area, as printed by the
// programs themselves (`build/intranet --routes`, `build/public --routes`),
// is reachable only by the roles its row names. Each route is requested
// through nginx by a visitor and by each demo role: a visitor is sent to
// sign in, a role the row does not name gets the role refusal (403), and a
// role it names gets past the role check (a POST then stops at the CSRF
// check, so nothing is changed; a GET is answered without a server error).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack } from '../lib/stack.mjs';
import { BrowserClient, signedIn, routesOf, pathFor } from '../lib/e2e-helpers.mjs';

const NO_ROLE = /does not have the role this page needs/;
const CSRF_REFUSED = /This form had expired or did not come from this site/;
// The demo accounts and the roles each holds.
const PEOPLE = {
  staff1: ['staff'],
  manager: ['manager', 'staff'],
  admin: ['admin'],
  assessor: ['assessor'],
  iqa: ['iqa'],
};
// The test-only fault pages (one fails on purpose, one is slow).
const TEST_ONLY = /^\/_fault\//;
// The areas each program must serve (a missing area is a missing table).
const INTRANET_AREAS = ['home', 'rota', 'plans', 'standards', 'kpis', 'feedback', 'complaints', 'checklists', 'team', 'portfolio', 'accounts', 'privacy'];

let stack;
const clients = {};
const intranetRoutes = routesOf('intranet');
const publicRoutes = routesOf('public');

before(async () => {
  stack = await startStack();
  clients.visitor = new BrowserClient(stack.base);
  for (const name of Object.keys(PEOPLE)) clients[name] = await signedIn(stack.base, name);
});
after(() => stack?.stop());

// Requests a route as one client; POSTs carry no CSRF token.
function requestRoute(client, route) {
  const path = pathFor(route.pattern);
  return route.method === 'POST' ? client.postRaw(path, 'x=1') : client.get(path);
}

// Checks one route for one person; returns a problem in words, or null.
async function problemWith(route, who) {
  const r = await requestRoute(clients[who], route);
  const where = `${route.method} ${route.pattern} as ${who}: ${r.status}`;
  const toLogin = r.status === 303 && (r.headers.get('location') ?? '').startsWith('/login');
  if (r.status >= 500) return `${where}, a server error`;
  if (route.roles === null) {
    if (toLogin || NO_ROLE.test(r.text)) return `${where}, but the route is public`;
    return null;
  }
  if (who === 'visitor') return toLogin ? null : `${where}, not sent to sign in`;
  const allowed = route.roles.some((role) => PEOPLE[who].includes(role));
  if (!allowed) return r.status === 403 && NO_ROLE.test(r.text) ? null : `${where}, not refused the role`;
  if (r.status === 403 && NO_ROLE.test(r.text)) return `${where}, refused a role the row names`;
  if (route.method === 'POST' && !(r.status === 403 && CSRF_REFUSED.test(r.text)))
    return `${where}, a POST without a token was not stopped by the CSRF check`;
  if (toLogin) return `${where}, sent to sign in while signed in`;
  return null;
}

test('the route tables name every area, roles only from the known five, no path twice', () => {
  const areas = new Set(intranetRoutes.map((r) => r.area));
  assert.deepEqual([...areas].sort(), [...INTRANET_AREAS].sort());
  assert.deepEqual([...new Set(publicRoutes.map((r) => r.area))], ['feedback-public', 'complaints-public']);
  const seen = new Set();
  for (const r of [...intranetRoutes, ...publicRoutes]) {
    assert.match(r.method, /^(GET|POST)$/);
    for (const role of r.roles ?? []) assert.ok(['admin', 'manager', 'staff', 'assessor', 'iqa'].includes(role), role);
    const key = `${r.method} ${r.pattern}`;
    assert.ok(!seen.has(key), `${key} appears twice`);
    seen.add(key);
  }
  assert.ok(intranetRoutes.length >= 171, `the intranet has ${intranetRoutes.length} routes`);
  // The public program serves the customer forms only: feedback and complaints.
  for (const r of publicRoutes) {
    assert.equal(r.roles, null, `${r.pattern} is public`);
    assert.match(r.pattern, /^\/(feedback|complaint)(\/|$)/);
  }
});

for (const area of INTRANET_AREAS) {
  test(`every route of the ${area} area answers each role as its row says`, async () => {
    const problems = [];
    const routes = intranetRoutes.filter((r) => r.area === area && !TEST_ONLY.test(r.pattern));
    assert.ok(routes.length > 0);
    for (const route of routes)
      for (const who of ['visitor', ...Object.keys(PEOPLE)]) {
        const problem = await problemWith(route, who);
        if (problem) problems.push(problem);
      }
    assert.deepEqual(problems, []);
  });
}

test('every route of the public program is open to visitors and ignores sign-in', async () => {
  const problems = [];
  for (const route of publicRoutes)
    for (const who of ['visitor', 'manager']) {
      const r = await requestRoute(clients[who], route);
      const where = `${route.method} ${route.pattern} as ${who}: ${r.status}`;
      if (r.status >= 500 || r.status === 303 || NO_ROLE.test(r.text)) problems.push(where);
      if (route.method === 'POST' && !CSRF_REFUSED.test(r.text)) problems.push(`${where}, no CSRF refusal`);
    }
  assert.deepEqual(problems, []);
});

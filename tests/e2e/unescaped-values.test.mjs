// unescaped-values.test.mjs: every {{VALUE:none}} in a template (a value
// put on the page without ctemplate escaping it) says why it is safe in a
// comment beside it, and each one is proved with a hostile value: markup
// planted in the database where people can type it (KPI names, a plan's
// milestone, a person's name, a shift's location, a feedback form's
// title) comes out as text on every page that shows it through a :none.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startStack, sql, ROOT } from '../lib/stack.mjs';
import { signedIn } from '../lib/e2e-helpers.mjs';

const HOSTILE = `<x-hostile id="pwned" onfocus="alert(1)">'"&`;
const PLANTED = /<x-hostile/;
const ESCAPED = '&lt;x-hostile';

// Every template file below dir.
function templates(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? templates(path) : path.endsWith('.tpl') ? [path] : [];
  });
}

// The ISO week ("2026-W49") of a date, as the rota's addresses name it.
function isoWeek(d) {
  const t = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const start = new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((t - start) / 86400000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

let stack;
let manager;
const quoted = HOSTILE.replaceAll("'", "''");

before(async () => {
  stack = await startStack();
  manager = await signedIn(stack.base, 'manager');
  sql(stack.db, `UPDATE kpis SET name = 'KPI ${quoted}' WHERE id = (SELECT min(id) FROM kpis);
    UPDATE plan_milestones SET title = 'Milestone ${quoted}' WHERE id = (SELECT min(id) FROM plan_milestones WHERE plan_id = 1);
    UPDATE users SET display_name = 'Person ${quoted}' WHERE username = 'staff2';
    UPDATE shifts SET location = substr('${quoted}', 1, 60)
      WHERE id IN (SELECT id FROM shifts WHERE local_date >= date('now', '-3 days') LIMIT 5);
    UPDATE feedback_form_versions SET title = 'Form ${quoted}' WHERE form_id = 1;
    UPDATE pf_evidence SET title = 'Evidence ${quoted}' WHERE kind = 'reflection';`);
});
after(() => stack?.stop());

test('every :none in a template has a comment beside it saying why the value is safe', () => {
  const bare = [];
  for (const path of templates(join(ROOT, 'templates'))) {
    const lines = readFileSync(path, 'utf8').split('\n');
    lines.forEach((line, i) => {
      for (const m of line.matchAll(/\{\{(\w+):none\}\}/g)) {
        const before = line.slice(0, m.index) + (lines[i - 1] ?? '');
        if (!/\{\{!.*\}\}/.test(before)) bare.push(`${path.slice(ROOT.length + 1)}:${i + 1} ${m[1]}`);
      }
    });
  }
  assert.deepEqual(bare, []);
});

// Pages that show a planted value through a :none: what they are, their
// address, and the :none each proves.
const PAGES = [
  ['the KPI dashboard', () => '/kpis', 'CARDS and TREND (kpis/dashboard.tpl, kpis/cards.tpl)'],
  ['a KPI page', () => `/kpis/${sql(stack.db, 'SELECT min(id) FROM kpis')}`, 'CHART (kpis/detail.tpl)'],
  ['a plan', () => '/plans/1', 'GANTT_SVG (plans/sections.tpl)'],
  ['the rota week', () => `/rota?week=${isoWeek(new Date())}`, 'GRID_HTML and COVER_HTML (rota/week.tpl, rota/cover.tpl)'],
  ["a form's print page", () => '/customer-feedback/forms/1/print', 'QR (feedback/print.tpl)'],
  ['the feedback analysis', () => '/customer-feedback/analysis?form=1&version=1', 'the charts of feedback/analysis.tpl'],
  ['portfolio evidence (a plan)', () => `/portfolio/evidence/${sql(stack.db, "SELECT id FROM pf_evidence WHERE kind = 'plan' AND record_id = 1")}`, 'RENDERED (portfolio/evidence.tpl)'],
  ['a criteria matrix', () => `/portfolio/learners/${sql(stack.db, "SELECT id FROM users WHERE username = 'manager'")}/units/${sql(stack.db, "SELECT id FROM pf_units WHERE code = '000'")}`, 'MATRIX (portfolio/matrix.tpl)'],
  ['the printable portfolio', () => `/portfolio/learners/${sql(stack.db, "SELECT id FROM users WHERE username = 'manager'")}/print`, 'DOCUMENT (portfolio/print.tpl)'],
];

for (const [what, address, proves] of PAGES) {
  test(`${what}: markup typed into the records comes out as text`, async () => {
    const r = await manager.get(address());
    assert.equal(r.status, 200, address());
    assert.doesNotMatch(r.text, PLANTED, `${address()}: ${proves}`);
    assert.ok(r.text.includes(ESCAPED), `${address()}: the planted value is on the page, escaped`);
  });
}

test('the QR code of a form is squares only, whatever the form is called', async () => {
  const r = await manager.get('/customer-feedback/forms/1/print');
  const svg = r.text.match(/<figure><svg[\s\S]*?<\/svg>/)?.[0];
  assert.ok(svg, 'the print page has the QR code');
  const tags = new Set([...svg.matchAll(/<(\w+)/g)].map((m) => m[1]));
  assert.deepEqual([...tags].filter((t) => !['figure', 'svg', 'rect', 'path'].includes(t)), []);
});

test('the rota grid shows the planted name and location escaped in the person rows', async () => {
  const r = await manager.get(`/rota?week=${isoWeek(new Date())}`);
  const grid = r.text.slice(r.text.indexOf('rota-grid'));
  assert.ok(grid.includes(`Person ${ESCAPED}`), 'the person\'s name, escaped, in the grid');
});

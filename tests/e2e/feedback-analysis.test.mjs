// feedback-analysis.test.mjs: the analysis figures on a fixed data set
// worked by hand, the previous period, weekly and monthly trends, form
// versions kept apart, empty periods, the summary CSV and who may see it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, sql } from '../lib/stack.mjs';
import { signedIn, fieldError, decodeHtml } from '../lib/e2e-helpers.mjs';

let stack;
let manager;
const FORM = 3;
before(async () => {
  stack = await startStack();
  manager = await signedIn(stack.base, 'manager');
  // Form 3, version 1 (short SERVQUAL). January 2025 (the period):
  //   6 Jan phone  CSAT 5 NPS 10  E 6 7 6 5 6  P 5 6 3 5 6
  //   7 Jan phone  CSAT 2 NPS 3   E 7 7 7 6 6  P 6 5 4 6 5
  //  14 Jan web    CSAT 4 NPS 8
  //  20 Jan web    CSAT 4 NPS 9
  // December 2024 (the previous period): 10 Dec email CSAT 1 NPS 0,
  // 11 Dec email CSAT 3 NPS 7. Version 2: 15 Jan web CSAT 1 NPS 0.
  sql(stack.db, `
    INSERT INTO feedback_forms (id, slug, is_open, current_version, created_at, updated_at)
      VALUES (${FORM}, 'fixed', 1, 2, '2024-11-01T09:00:00Z', '2025-01-15T09:00:00Z');
    INSERT INTO feedback_form_versions (form_id, version, title, touchpoints, servqual, created_at)
      VALUES (${FORM}, 1, 'Fixed form', 'phone,email,web', 'short', '2024-11-01T09:00:00Z'),
             (${FORM}, 2, 'Fixed form', 'phone,email,web', 'none', '2025-01-15T09:00:00Z');
    INSERT INTO feedback_responses (form_id, form_version, submitted_at, day, touchpoint, csat, nps,
      sq_e1, sq_e2, sq_e3, sq_e4, sq_e5, sq_p1, sq_p2, sq_p3, sq_p4, sq_p5) VALUES
      (${FORM}, 1, '2025-01-06T10:00:00Z', '2025-01-06', 'phone', 5, 10, 6, 7, 6, 5, 6, 5, 6, 3, 5, 6),
      (${FORM}, 1, '2025-01-07T10:00:00Z', '2025-01-07', 'phone', 2, 3, 7, 7, 7, 6, 6, 6, 5, 4, 6, 5),
      (${FORM}, 1, '2025-01-14T10:00:00Z', '2025-01-14', 'web', 4, 8, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
      (${FORM}, 1, '2025-01-20T10:00:00Z', '2025-01-20', 'web', 4, 9, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
      (${FORM}, 1, '2024-12-10T10:00:00Z', '2024-12-10', 'email', 1, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
      (${FORM}, 1, '2024-12-11T10:00:00Z', '2024-12-11', 'email', 3, 7, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
      (${FORM}, 2, '2025-01-15T10:00:00Z', '2025-01-15', 'web', 1, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);`);
});
after(() => stack?.stop());

// The cells of each row of a table (by id), as text.
function table(html, id) {
  const body = html.match(new RegExp(`<table class="table" id="${id}">[\\s\\S]*?<tbody>([\\s\\S]*?)</tbody>`))?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
    [...r[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => decodeHtml(c[1].replace(/<[^>]*>/g, '').trim())));
}
const sentence = (html, id) => decodeHtml(html.match(new RegExp(`<p id="${id}"><strong>([^<]*)</strong>`))?.[1] ?? '');
const january = `/customer-feedback/analysis?form=${FORM}&version=1&from=2025-01-01&to=2025-01-31`;

test('the figures of a fixed data set, with the previous period', async () => {
  const page = await manager.get(`${january}&grain=week`);
  assert.equal(page.status, 200);
  assert.deepEqual(table(page.text, 'figures'), [
    ['Responses', '4', '4', '2', '2', '+2'],
    ['CSAT (% answering 4 or 5)', '75.0%', '4', '0.0%', '2', '+75.0'],
    ['NPS (% promoters minus % detractors)', '25.0', '4', '-50.0', '2', '+75.0'],
    ['SERVQUAL overall gap (perception minus expectation)', '-1.2', '2', 'no data', '0', 'no comparison'],
  ]);
  assert.match(page.text, /<strong>2<\/strong> promoters \(9-10\), <strong>1<\/strong> passives \(7-8\), <strong>1<\/strong> detractors/);
  assert.deepEqual(table(page.text, 'dimensions').map((r) => [r[0], r[1], r[2], r[3], r[5]]), [
    ['Tangibles', '6.5', '5.5', '-1.00', '2'],
    ['Reliability', '7.0', '5.5', '-1.50', '2'],
    ['Responsiveness', '6.5', '3.5', '-3.00', '2'],
    ['Assurance', '5.5', '5.5', '+0.00', '2'],
    ['Empathy', '6.0', '5.5', '-0.50', '2'],
  ]);
  assert.equal(sentence(page.text, 'weakest-dimension'),
    'The widest gap between what customers expect and what they get is in Responsiveness: -3.00 on a 7-point scale (from 2 responses).');
  assert.equal(sentence(page.text, 'weakest-touchpoint'),
    'The touchpoint with the lowest CSAT is Phone: 50.0% satisfied (from 2 responses).');
  assert.deepEqual(table(page.text, 'touchpoints'), [
    ['Phone', '2', '50.0%', '2', '0.0'],
    ['Website', '2', '100.0%', '2', '50.0'],
  ]);
  assert.deepEqual(table(page.text, 'trend'), [
    ['30 Dec 2024', '0', 'no data', 'no data', 'no data'],
    ['6 Jan 2025', '2', '50.0%', '0.0', '-1.20'],
    ['13 Jan 2025', '1', '100.0%', '0.0', 'no data'],
    ['20 Jan 2025', '1', '100.0%', '100.0', 'no data'],
    ['27 Jan 2025', '0', 'no data', 'no data', 'no data'],
  ]);
  assert.equal((page.text.match(/<svg /g) ?? []).length, 4, 'gap bars and three trend charts');
});

test('monthly trend; another version is analysed apart; an empty period says so', async () => {
  const monthly = await manager.get(`${january}&grain=month`);
  assert.deepEqual(table(monthly.text, 'trend'), [['Jan 2025', '4', '75.0%', '25.0', '-1.20']]);
  const v2 = await manager.get(`/customer-feedback/analysis?form=${FORM}&version=2&from=2025-01-01&to=2025-01-31`);
  assert.deepEqual(table(v2.text, 'figures')[0], ['Responses', '1', '1', '0', '0', '+1']);
  assert.equal(table(v2.text, 'figures')[1][1], '0.0%');
  const empty = await manager.get(`/customer-feedback/analysis?form=${FORM}&version=1&from=2020-01-01&to=2020-01-31`);
  assert.equal(empty.status, 200);
  assert.match(empty.text, /No responses to this version of the form in this period/);
  assert.deepEqual(table(empty.text, 'figures')[1], ['CSAT (% answering 4 or 5)', 'no data', '0', 'no data', '0', 'no comparison']);
  assert.equal(sentence(empty.text, 'weakest-dimension'), 'No SERVQUAL answers in this period.');
  assert.equal(sentence(empty.text, 'weakest-touchpoint'), 'No CSAT answers in this period.');
  const backwards = await manager.get(`/customer-feedback/analysis?form=${FORM}&from=2025-02-01&to=2025-01-01`);
  assert.equal(backwards.status, 400);
  assert.equal(fieldError(backwards.text, 'from'), 'From must be on or before To.');
});

test('the summary CSV carries the same figures with their response counts', async () => {
  const csv = await manager.get(`/customer-feedback/summary.csv?form=${FORM}&version=1&from=2025-01-01&to=2025-01-31&grain=week`);
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type'), /^text\/csv/);
  const lines = csv.text.split('\r\n');
  assert.equal(lines[0], 'section,figure,value,responses');
  for (const line of [
    'current 2025-01-01 to 2025-01-31,csat_percent,75.00,4',
    'current 2025-01-01 to 2025-01-31,nps,25.00,4',
    'current 2025-01-01 to 2025-01-31,gap_responsiveness,-3.00,2',
    'current 2025-01-01 to 2025-01-31,gap_overall,-1.20,2',
    'previous 2024-12-01 to 2024-12-31,nps,-50.00,2',
    'previous 2024-12-01 to 2024-12-31,gap_overall,,0',
    'touchpoint phone,csat_percent,50.00,2',
    'week from 2025-01-06,csat_percent,50.00,2',
  ]) assert.ok(lines.includes(line), `summary has: ${line}`);
});

test('only managers analyse', async () => {
  const staff = await signedIn(stack.base, 'staff1');
  assert.equal((await staff.get('/customer-feedback/analysis')).status, 403);
  assert.equal((await staff.get('/customer-feedback/summary.csv')).status, 403);
  const demo = await manager.get('/customer-feedback/analysis');
  assert.equal(demo.status, 200);
  assert.match(sentence(demo.text, 'weakest-dimension'), /Responsiveness/, 'the demo data has a weak dimension');
  // the home page's panel: the last 30 days over every form (feedback_scores)
  const [n, csat, nps] = sql(stack.db, `SELECT sum(responses), printf('%.1f', 100.0 * sum(csat_top) / sum(csat_n)),
    printf('%.1f', 100.0 * (sum(promoters) - sum(detractors)) / sum(nps_n)) FROM feedback_daily
    WHERE day BETWEEN date('now', 'localtime', '-29 days') AND date('now', 'localtime')`).split('|');
  const home = await manager.get('/');
  assert.match(home.text, /Customer feedback, last 30 days/);
  assert.match(home.text, new RegExp(`<dt>Responses</dt><dd>${n}</dd>`));
  assert.match(home.text, new RegExp(`<dt>CSAT \\(% satisfied\\)</dt><dd>${csat}%</dd>`));
  assert.match(home.text, new RegExp(`<dt>NPS</dt><dd>${nps}</dd>`));
  assert.doesNotMatch((await staff.get('/')).text, /Customer feedback, last 30 days/);
});

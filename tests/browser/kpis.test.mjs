// kpis.test.mjs: in headless Chromium (Debian's), a manager sets up a KPI,
// records a red result, raises the action, works it through, records the
// next result, reviews the action and closes it, watching the KPI
// dashboard change at each step. Screenshots go to test-output/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SHOTS, launchChromium, openPage, signInAs } from '../lib/browser.mjs';
import { startStack } from '../lib/stack.mjs';

let stack;
let browser;

before(async () => {
  stack = await startStack();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  stack?.stop();
});

// A new page in its own context, collecting problems (see lib/browser.mjs).
const newPage = (viewport = { width: 1280, height: 900 }) => openPage(browser, stack.base, viewport);

// Clicks a submit button and waits for the page it leads to.
async function submit(page, name) {
  await Promise.all([page.waitForLoadState('load'), page.waitForNavigation(), page.getByRole('button', { name }).click()]);
}

// YYYY-MM of the month `back` months ago.
function month(back) {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - back);
  return d.toISOString().slice(0, 7);
}

// The dashboard card of the KPI.
const card = (page, name) => page.locator('li.kpi-card', { has: page.getByRole('link', { name, exact: true }) });

test('a manager records a red result, raises the action, reviews it and sees the dashboard change', async () => {
  const { context, page, problems } = await newPage();
  const name = 'Complaints resolved within 8 weeks';
  try {
    await signInAs(page, 'manager');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'KPIs' }).click();
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'KPIs');

    // Set the KPI up.
    await page.getByRole('link', { name: 'Add a KPI' }).click();
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Unit (optional)').fill('%');
    await page.getByLabel(/^Higher is better/).check();
    await page.getByLabel('Target').fill('95');
    await page.getByLabel('Amber threshold').fill('90');
    await page.getByLabel('Red threshold').fill('85');
    await page.getByLabel('Owner').selectOption({ label: 'Ellie Murphy' });
    await submit(page, 'Save');
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), name);
    assert.match(await page.getByRole('status').textContent(), /The KPI has been created/);

    // Two results: a green one, then a red one.
    await page.getByLabel('Period').fill(month(3));
    await page.getByLabel('Value').fill('96');
    await submit(page, 'Record the result');
    assert.match(await page.getByRole('status').textContent(), /The result has been recorded/);
    await page.getByLabel('Period').fill(month(2));
    await page.getByLabel('Value').fill('82.5');
    await submit(page, 'Record the result');
    assert.match(new URL(page.url()).pathname, /^\/kpis\/results\/\d+$/);
    assert.match(await page.getByRole('status').first().textContent(), /This result is red/);
    assert.ok(await page.getByRole('heading', { name: 'This red result needs attention' }).isVisible());
    await page.screenshot({ path: join(SHOTS, 'kpi-red-result.png'), fullPage: true });
    const resultUrl = page.url();

    // The dashboard shows it red, needing attention.
    await page.goto('/kpis');
    let c = card(page, name);
    assert.equal(await c.locator('.rag').textContent(), 'Red');
    assert.match(await c.textContent(), /1 red result\(s\) need attention/);
    assert.ok(await page.getByRole('heading', { name: /Red results needing attention/ }).isVisible());
    assert.ok(await c.getByRole('img', { name: `Trend of ${name} over the last 2 results, with the target line` }).isVisible());
    await c.getByText('Figures').click();
    assert.equal(await c.locator('table tbody tr').count(), 2, 'the figures behind the chart');
    await page.screenshot({ path: join(SHOTS, 'kpi-dashboard-red.png'), fullPage: true });

    // Raise the action from the red result.
    await page.goto(resultUrl);
    assert.equal(await page.getByLabel('Title').inputValue(), `Bring ${name} back to target`);
    await page.getByLabel('Owner').selectOption({ label: 'Ellie Murphy' });
    await submit(page, 'Raise the action');
    assert.match(new URL(page.url()).pathname, /^\/actions\/\d+$/);
    assert.match(await page.getByRole('status').textContent(), /The action has been raised/);
    const actionUrl = page.url();

    // The need for attention is answered: gone from the dashboard.
    await page.goto('/kpis');
    c = card(page, name);
    assert.doesNotMatch(await c.textContent(), /need attention/);
    assert.equal(await page.locator('section.attention a', { hasText: name }).count(), 0);

    // Root cause, five whys and steps.
    await page.goto(actionUrl);
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByLabel('Root cause').selectOption({ label: 'Training' });
    await page.getByLabel('1. Why did it happen?').fill('Complaints waited for a specialist to reply.');
    await page.getByLabel('2. Why?').fill('Only one adviser was trained in escalated complaints.');
    await page.getByLabel('Steps').fill('Train three more advisers; review open complaints daily at the huddle.');
    await page.getByLabel('Status').selectOption({ label: 'In progress' });
    await submit(page, 'Save');
    assert.match(await page.getByRole('status').textContent(), /The changes have been saved/);
    assert.equal(await page.locator('ol.whys li').count(), 2);

    // Closing before the review is refused, with the reason.
    await submit(page, 'Close the action');
    assert.match(await page.getByRole('alert').textContent(), /cannot be closed yet: record its review first/);

    // The next month's result is back in the green.
    await page.goto('/kpis');
    await card(page, name).getByRole('link', { name }).click();
    await page.getByLabel('Period').fill(month(1));
    await page.getByLabel('Value').fill('97');
    await submit(page, 'Record the result');
    await page.goto('/kpis');
    c = card(page, name);
    assert.equal(await c.locator('.rag').textContent(), 'Green');
    assert.match(await c.locator('.kpi-card__value').textContent(), /^97%$/);

    // Review: the baseline and the result are suggested from the KPI.
    await page.goto(actionUrl);
    await page.getByRole('link', { name: 'Record the review' }).click();
    assert.match(await page.getByLabel('Baseline before the change').inputValue(), new RegExp(`^${name}: 82.5% in `));
    assert.match(await page.getByLabel('Result after the change').inputValue(), new RegExp(`^${name}: 97% in `));
    await page.getByLabel('What it shows').fill('Resolution within 8 weeks rose from 82.5% to 97% after training three more advisers.');
    await submit(page, 'Save the review');
    assert.match(await page.getByRole('status').textContent(), /The review has been recorded/);
    await submit(page, 'Close the action');
    assert.match(await page.getByRole('status').textContent(), /The action has been closed/);
    assert.match(await page.locator('.summary-list').first().textContent(), /Closed/);
    await page.screenshot({ path: join(SHOTS, 'action-closed.png'), fullPage: true });

    // The KPI's own page: chart with the target line, the result table.
    await page.goto('/kpis');
    await card(page, name).getByRole('link', { name }).click();
    assert.ok(await page.getByRole('img', { name: `${name}: the last 3 results against the target` }).isVisible());
    assert.equal(await page.locator('svg.chart .chart-target').count(), 1);
    assert.match(await page.locator('table.table').last().textContent(), /1 action\(s\)/);
    await page.screenshot({ path: join(SHOTS, 'kpi-page.png'), fullPage: true });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the KPI dashboard and actions list fit a phone, and print without controls', async () => {
  const { context, page, problems } = await newPage({ width: 375, height: 800 });
  try {
    await signInAs(page, 'manager');
    for (const path of ['/kpis', '/actions']) {
      await page.goto(path);
      const w = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      assert.ok(w.scroll <= w.client, `${path} is ${w.scroll}px wide on a ${w.client}px screen`);
    }
    await page.goto('/kpis');
    await page.screenshot({ path: join(SHOTS, 'kpi-dashboard-phone.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    const shown = (selector) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).display !== 'none');
    assert.equal(await shown('a.button'), false, 'the manager\'s buttons are not printed');
    assert.equal(await shown('li.kpi-card svg'), true, 'the charts are printed');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

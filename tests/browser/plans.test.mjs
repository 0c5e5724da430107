// plans.test.mjs: a manager builds a service plan in headless Chromium
// (Debian's), against the real stack: creates the plan, is warned that it
// has no contingency and saves it anyway, adds an objective, adds a risk
// with a contingency (the warning goes), and opens the print view.
// Screenshots go to test-output/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SHOTS, launchChromium, openPage, signInAs } from '../lib/browser.mjs';
import { startStack, sql } from '../lib/stack.mjs';

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

// A new page signed in as username.
async function signedInPage(username) {
  const opened = await openPage(browser, stack.base);
  await signInAs(opened.page, username);
  return opened;
}

// Clicks the Save button and waits for the next page to load.
async function save(page, name = 'Save') {
  await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name, exact: true }).click()]);
  await page.waitForLoadState('load');
}

test('a manager creates a plan, is warned about the missing contingency, adds an objective and a risk, and prints it', async () => {
  const { context, page, problems } = await signedInPage('manager');
  try {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Service plans' }).click();
    assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Service plans');
    await page.getByRole('link', { name: 'New service plan' }).click();
    assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'New service plan');

    await page.getByLabel('Title', { exact: true }).fill('Spring price-change plan');
    await page.getByLabel('Start date', { exact: true }).fill('2027-03-01');
    await page.getByLabel('End date', { exact: true }).fill('2027-05-31');
    await page.getByLabel('Status', { exact: true }).selectOption('active');
    await page.getByLabel('Purpose (optional)').fill('Handle the calls that follow the April price change.');
    await save(page);

    // Warned, not saved: the form is back with what was typed and a box to confirm.
    const warning = page.getByRole('alert');
    assert.match(await warning.textContent(), /Check before saving[\s\S]*no contingency/);
    assert.equal(await page.getByLabel('Title', { exact: true }).inputValue(), 'Spring price-change plan');
    assert.equal(sql(stack.db, "SELECT count(*) FROM plans WHERE title = 'Spring price-change plan'"), '0');
    await page.screenshot({ path: join(SHOTS, 'plan-warning.png'), fullPage: true });
    await page.getByLabel('Save anyway').check();
    await save(page);
    assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Spring price-change plan');
    assert.match(await page.getByRole('status').textContent(), /The plan has been saved/);
    const checks = page.locator('section.plan-checks');
    assert.match(await checks.textContent(), /This plan has no contingency[\s\S]*saved anyway/);

    // An objective.
    await page.getByRole('link', { name: 'Add an objective' }).click();
    await page.getByLabel('Objective', { exact: true }).fill('Answer more calls within 20 seconds');
    await page.getByLabel('Measure (optional)').fill('% of calls answered within 20 seconds');
    await page.getByLabel('Baseline (optional)').fill('72');
    await page.getByLabel('Target value (optional)').fill('80');
    await page.getByLabel('Current value (optional)').fill('74');
    await page.getByLabel('Owner (optional)').selectOption({ label: 'Amy Clarke' });
    await page.getByLabel('Deadline (optional)').fill('2027-05-31');
    await save(page);
    const objectives = page.getByRole('table', { name: 'Objectives with their targets and progress' });
    assert.match(await objectives.textContent(), /Answer more calls within 20 seconds[\s\S]*72[\s\S]*80[\s\S]*74[\s\S]*25%[\s\S]*Amy Clarke/);

    // A risk with its contingency: the plan's warning goes.
    await page.getByRole('link', { name: 'Add a risk' }).click();
    await page.getByLabel('Risk', { exact: true }).fill('Call volume doubles on the day of the announcement');
    await page.getByLabel('Likelihood', { exact: true }).selectOption('4');
    await page.getByLabel('Impact', { exact: true }).selectOption('4');
    await page.getByLabel('Contingency', { exact: true }).fill('Callback option on; Email and Chat advisers move to phones for the day.');
    await save(page);
    assert.match(await page.getByRole('table', { name: 'Risks, highest score first' }).textContent(), /16 severe/);
    assert.doesNotMatch(await checks.textContent(), /no contingency/);
    await page.screenshot({ path: join(SHOTS, 'plan-page.png'), fullPage: true });

    // The print view: the whole plan, no navigation or controls on paper.
    await page.getByRole('link', { name: 'Print view' }).click();
    assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Spring price-change plan');
    const body = await page.locator('main').textContent();
    assert.match(body, /Answer more calls within 20 seconds/);
    assert.match(body, /Callback option on/);
    assert.equal(await page.locator('main a', { hasText: 'Edit' }).count(), 0);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).display !== 'none');
    assert.equal(await shown('nav.site-nav'), false, 'the navigation is not printed');
    assert.equal(await shown('.plan-print .no-print'), false, 'the back link is not printed');
    assert.equal(await shown('table.table'), true, 'the tables are printed');
    await page.pdf({ path: join(SHOTS, 'plan-print.pdf'), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the demo plan page: the Gantt chart is drawn, with its table, and fits a phone', async () => {
  const { context, page, problems } = await signedInPage('staff1');
  try {
    const id = sql(stack.db, "SELECT id FROM plans WHERE title = 'Winter peak service plan'");
    await page.goto(`/plans/${id}`);
    const chart = page.getByRole('img', { name: "Timeline of the plan's milestones" });
    assert.ok(await chart.isVisible());
    const box = await chart.boundingBox();
    assert.ok(box.width > 300 && box.height > 100, `the chart is drawn (${box.width}x${box.height})`);
    assert.equal(await page.locator('svg.gantt rect.gantt-bar').count(), 3);
    assert.ok(await page.getByRole('table', { name: 'Milestones' }).isVisible());
    assert.equal(await page.getByRole('link', { name: 'Edit the plan' }).count(), 0, 'staff have no edit controls');
    await page.screenshot({ path: join(SHOTS, 'plan-demo.png'), fullPage: true });
    await page.setViewportSize({ width: 375, height: 800 });
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    assert.ok(widths.scroll <= widths.client, `the page is ${widths.scroll}px wide on a ${widths.client}px screen`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

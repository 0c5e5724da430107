// feedback.test.mjs: the customer feedback journey in headless Chromium
// (Debian's): a customer on a phone sends feedback through the public
// form, then a manager finds it in the feedback log and in the analysis.
// Screenshots go to test-output/screenshots/feedback-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SHOTS, launchChromium, openPage } from '../lib/browser.mjs';
import { DEMO_PASSWORD, startStack, sql } from '../lib/stack.mjs';

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

// The number in the "Responses" row of the analysis's headline table.
async function analysedResponses(page, day) {
  await page.goto(`/customer-feedback/analysis?form=1&from=${day}&to=${day}`);
  const cell = page.locator('#figures tbody tr').first().locator('td').first();
  return Number((await cell.textContent()).trim());
}

test('a customer sends feedback on a phone; a manager sees it in the log and the analysis', async () => {
  const today = sql(stack.db, "SELECT strftime('%Y-%m-%d', 'now', 'localtime')");
  const day = sql(stack.db, 'SELECT max(day) FROM feedback_responses') > today
    ? sql(stack.db, 'SELECT max(day) FROM feedback_responses') : today;
  const manager = await newPage();
  const customer = await newPage({ width: 375, height: 800 });
  try {
    // The manager signs in and notes today's count first.
    await manager.page.goto('/login');
    await manager.page.getByLabel('Username').fill('manager');
    await manager.page.getByLabel('Password').fill(DEMO_PASSWORD);
    await manager.page.getByRole('button', { name: 'Sign in' }).click();
    await manager.page.waitForURL((u) => u.pathname === '/');

    // The customer: the main form, without JavaScript needed, on a phone.
    const { page } = customer;
    await page.goto('/feedback');
    assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'How did we do?');
    const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: innerWidth }));
    assert.ok(widths.doc <= widths.view, `no sideways scrolling on a phone (${widths.doc} > ${widths.view})`);
    // Sending it empty: errors tied to the fields, nothing lost.
    await page.getByLabel('Anything else you would like to tell us? (optional)').fill('Kept after an error');
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await page.waitForLoadState('load');
    const summary = page.getByRole('alert');
    assert.match(await summary.textContent(), /Choose how you contacted us/);
    assert.equal(await page.locator('#csat').getAttribute('aria-describedby'), 'csat-hint csat-error');
    assert.equal(await page.getByLabel('Anything else you would like to tell us? (optional)').inputValue(),
      'Kept after an error');
    await page.screenshot({ path: join(SHOTS, 'feedback-form-errors-phone.png'), fullPage: true });

    // Fill it in with the keyboard where it matters: the radio groups.
    await page.getByLabel('In person').check();
    await page.locator('input[name="csat"][value="2"]').focus();
    await page.keyboard.press('Space');
    assert.ok(await page.locator('input[name="csat"][value="2"]').isChecked(), 'space chooses a rating');
    await page.locator('input[name="nps"][value="3"]').check();
    const comment = `Browser journey comment ${Date.now()}`;
    await page.getByLabel('Anything else you would like to tell us? (optional)').fill(comment);
    const consent = page.getByLabel(/I agree that you may keep these contact details/);
    assert.equal(await consent.isChecked(), false, 'the consent box starts unticked');
    assert.equal(await page.getByRole('link', { name: 'privacy notice' }).getAttribute('href'), '/feedback/privacy');
    await page.screenshot({ path: join(SHOTS, 'feedback-form-phone.png'), fullPage: true });
    const [post] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Send feedback' }).click(),
    ]);
    assert.equal(post.status(), 303);
    await page.waitForURL(/\/feedback\/how-did-we-do\/thanks$/);
    assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Thank you for your feedback');
    await page.screenshot({ path: join(SHOTS, 'feedback-thanks-phone.png'), fullPage: true });
    assert.deepEqual(customer.problems, []);

    // The manager: the log shows it first, and its page has the answers.
    const m = manager.page;
    await m.goto('/customer-feedback?touchpoint=in_person&band=csat_low&comment=with');
    const firstRow = m.locator('#responses tbody tr').first();
    assert.match(await firstRow.textContent(), new RegExp(comment));
    await m.screenshot({ path: join(SHOTS, 'feedback-log.png'), fullPage: true });
    await firstRow.getByRole('link').first().click();
    await m.waitForLoadState('load');
    assert.match(await m.locator('main').textContent(), new RegExp(comment));
    assert.match(await m.locator('main').textContent(), /In person/);

    // The analysis of the day counts it, with the headline sentences.
    const after = await analysedResponses(m, day);
    const stored = Number(sql(stack.db, `SELECT count(*) FROM feedback_responses WHERE form_id = 1 AND day = '${day}'`));
    assert.equal(after, stored, 'the analysis counts every response of the day, this one included');
    assert.ok(after >= 1);
    assert.match(await m.locator('#weakest-touchpoint').textContent(), /lowest CSAT/);
    assert.ok(await m.locator('#touchpoints').getByRole('rowheader', { name: 'In person' }).isVisible());
    await m.goto('/customer-feedback/analysis');
    assert.match(await m.locator('#weakest-dimension').textContent(), /Responsiveness/);
    assert.equal(await m.locator('figure svg').count() >= 3, true, 'charts drawn');
    assert.ok(await m.locator('#trend tbody tr').count() >= 10, 'a trend table beside the charts');
    await m.screenshot({ path: join(SHOTS, 'feedback-analysis.png'), fullPage: true });
    assert.deepEqual(manager.problems, []);
  } finally {
    await manager.context.close();
    await customer.context.close();
  }
});

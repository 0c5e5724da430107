// privacy.test.mjs: the data protection journey in headless Chromium
// (Debian's): an admin logs a customer's subject access request, produces
// the bundle, refuses a repeated request as manifestly excessive, then
// logs and carries out their erasure; a manager then
// finds the customer gone from the feedback log while the analysis
// totals stay the same. Screenshots go to test-output/screenshots/privacy-*.png.
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

// The number in the "Responses" row of the analysis's headline table for
// one form and day.
async function analysedResponses(page, form, day) {
  await page.goto(`/customer-feedback/analysis?form=${form}&from=${day}&to=${day}`);
  const cell = page.locator('#figures tbody tr').first().locator('td').first();
  return Number((await cell.textContent()).trim());
}

// Logs a request for the customer with this email through the form;
// returns the request's page path.
async function logRequest(page, kind, email, requester) {
  await page.goto('/admin/privacy');
  await page.getByRole('link', { name: 'Log a request' }).click();
  await page.getByLabel('Kind of request').selectOption(kind);
  await page.getByLabel('Whose data').selectOption('customer');
  await page.getByLabel('Email address (a customer)').fill(email);
  await page.getByLabel("Requester's name").fill(requester);
  await Promise.all([page.waitForURL(/\/admin\/privacy\/requests\/\d+\?done=logged$/),
    page.getByRole('button', { name: 'Log the request' }).click()]);
  return new URL(page.url()).pathname;
}

test('an admin answers a subject access request, then erases the customer; the analysis totals stay', async () => {
  const index = sql(stack.db, "SELECT contact_email_index FROM feedback_responses WHERE contact IS NOT NULL "
    + "AND contact_email_index IS NOT NULL ORDER BY id LIMIT 1 OFFSET 2");
  assert.ok(index, 'the demo has indexed contacts');
  const [responseId, form, day] = sql(stack.db, `SELECT id, form_id, day FROM feedback_responses WHERE contact_email_index = '${index}'`).split('|');
  const admin = await openPage(browser, stack.base);
  const manager = await openPage(browser, stack.base);
  try {
    await signInAs(manager.page, 'manager');
    // Which demo customer is it? The manager's contact view tells (and is audited).
    await manager.page.goto(`/customer-feedback/${responseId}?contact=1`);
    const customerEmail = (await manager.page.locator('dt:text-is("Email") + dd').textContent()).trim();
    assert.match(customerEmail, /^[a-z]+@example\.net$/);
    const totalBefore = await analysedResponses(manager.page, form, day);
    assert.ok(totalBefore >= 1);

    const { page } = admin;
    await signInAs(page, 'admin');
    await page.getByRole('link', { name: 'Data protection' }).first().click();
    assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Data protection');
    // A refusal first: no email or phone for a customer, the message tied to the field.
    await page.getByRole('link', { name: 'Log a request' }).click();
    await page.getByLabel('Whose data').selectOption('customer');
    await page.getByLabel("Requester's name").fill('Someone');
    await page.getByRole('button', { name: 'Log the request' }).click();
    assert.match(await page.getByRole('alert').textContent(), /Give the email address or the phone number/);
    assert.equal(await page.getByLabel("Requester's name").inputValue(), 'Someone');

    const access = await logRequest(page, 'access', customerEmail.toUpperCase(), 'The customer');
    assert.match(await page.locator('#due').textContent(), /\d{4}/);
    await page.getByRole('link', { name: 'View the bundle' }).click();
    await page.waitForURL(`**${access}/bundle`);
    const bundle = await page.locator('main').textContent();
    assert.match(bundle, new RegExp(customerEmail.replace('.', '\\.')));
    assert.match(bundle, /feedback_responses/);
    assert.match(await page.locator('#access-log').textContent(), /feedback\.contact_view/);
    await page.screenshot({ path: join(SHOTS, 'privacy-bundle.png'), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download as a zip (HTML and JSON)' }).click()]);
    assert.match(download.suggestedFilename(), /^subject-access-\d+\.zip$/);

    // A repeated request refused as manifestly excessive: the explanation is required.
    const repeat = await logRequest(page, 'access', customerEmail, 'The customer, again');
    await page.getByLabel('Ground for refusing').selectOption('excessive');
    await page.getByRole('button', { name: 'Refuse the request' }).click();
    assert.match(await page.getByRole('alert').textContent(), /Explanation is required/);
    assert.equal(await page.getByLabel('Ground for refusing').inputValue(), 'excessive');
    await page.getByLabel(/Explanation for the requester/).fill('The same records were sent a week ago.');
    await Promise.all([page.waitForURL(`**${repeat}?done=refused`), page.getByRole('button', { name: 'Refuse the request' }).click()]);
    assert.match(await page.locator('#state').textContent(), /Refused/);
    assert.match(await page.locator('#outcome').textContent(), /Manifestly excessive \(UK GDPR Article 12\(5\)\)\.\s+The same records were sent a week ago\./);
    assert.equal(await page.getByRole('button', { name: 'Mark as answered' }).count(), 0);

    // The erasure, confirmed with the keyboard.
    const erasure = await logRequest(page, 'erasure', customerEmail, 'The customer');
    await page.getByRole('button', { name: 'Erase their data' }).click();
    assert.match(await page.getByRole('alert').textContent(), /Tick the box to confirm/);
    await page.getByLabel('The request is valid').focus();
    await page.keyboard.press('Space');
    await Promise.all([page.waitForURL(`**${erasure}?done=erased`), page.getByRole('button', { name: 'Erase their data' }).click()]);
    assert.match(await page.locator('#outcome').textContent(), /feedback_responses: \d+ row\(s\) deleted/);
    assert.match(await page.locator('#state').textContent(), /Answered/);
    await page.screenshot({ path: join(SHOTS, 'privacy-erasure.png'), fullPage: true });

    // The manager: the response has gone from the log, the totals have not.
    const gone = await manager.page.goto(`/customer-feedback/${responseId}`);
    assert.equal(gone.status(), 404);
    await manager.page.goto(`/customer-feedback?from=${day}&to=${day}`);
    assert.equal(await manager.page.locator(`a[href="/customer-feedback/${responseId}"]`).count(), 0);
    assert.equal(await analysedResponses(manager.page, form, day), totalBefore);
    // a download ends its request as "aborted" in Chromium: not a problem
    const problems = [...admin.problems, ...manager.problems].filter((p) => !/^request failed: .*\/bundle\.zip$/.test(p));
    assert.deepEqual(problems, []);
  } finally {
    await admin.context.close();
    await manager.context.close();
  }
});

// complaints.test.mjs: the complaint journey in headless Chromium
// (Debian's): a customer complains on the public form (on a phone) and
// gets a reference; a member of staff acknowledges it, records the
// handling steps and the stage 1 response; the customer is not satisfied
// and it is escalated to the manager, who (not the stage 1 handler)
// closes it with the final response letter (printed as PDF-ready page);
// the customer answers the follow-up survey tied to the complaint.
// Screenshots go to test-output/screenshots/complaints-*.png.
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

const newPage = (viewport) => openPage(browser, stack.base, viewport);

// Clicks a submit button and waits for the page it leads to.
async function submit(page, name, scope = page) {
  await Promise.all([page.waitForLoadState('load'), page.waitForNavigation(), scope.getByRole('button', { name }).click()]);
}

test('complained on the public form, handled, escalated, closed with a letter by another person, followed up', async () => {
  const customer = await newPage({ width: 375, height: 800 });
  const staff = await newPage();
  const manager = await newPage();
  try {
    // The customer, on a phone, with no account.
    const c = customer.page;
    await c.goto('/complaint');
    const widths = await c.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: innerWidth }));
    assert.ok(widths.doc <= widths.view, 'no sideways scrolling on a phone');
    await c.getByLabel('Your name').fill('Journey Customer');
    await c.getByLabel('What happened').fill('The engineer did not come and nobody told me; I waited in all day.');
    await submit(c, 'Send the complaint');
    assert.match(await c.getByRole('alert').textContent(), /Give an email address or a phone number/);
    assert.equal(await c.getByLabel('Your name').inputValue(), 'Journey Customer', 'what was typed is kept');
    await c.getByLabel('Your email address').fill('journey.customer@example.org');
    await c.getByLabel('What you would like us to do').fill('A new date and an apology');
    await c.getByLabel('Do you need us to do anything differently to help you?').selectOption('call_back');
    await c.screenshot({ path: join(SHOTS, 'complaints-public-form-phone.png'), fullPage: true });
    await submit(c, 'Send the complaint');
    const reference = (await c.locator('#reference').textContent()).trim();
    assert.match(reference, /^C-\d{6}$/);
    assert.match(await c.locator('#ack-by').textContent(), /\d{4}$/);
    await c.screenshot({ path: join(SHOTS, 'complaints-public-thanks-phone.png'), fullPage: true });
    const id = Number(reference.slice(2));

    // Staff: the queue, the complaint, the acknowledgement, the steps, the response.
    const s = staff.page;
    await signInAs(s, 'staff1');
    await s.goto('/complaints');
    await Promise.all([s.waitForNavigation(), s.getByRole('link', { name: reference }).click()]);
    assert.match(await s.getByRole('heading', { level: 1 }).textContent(), new RegExp(reference));
    assert.match(await s.locator('.complaint-needs').textContent(), /A call back/);
    // triage: a complaint from the public form has no owner or category yet
    await s.getByText('Change the owner, category or severity').click();
    await s.getByLabel('Owner', { exact: true }).first().selectOption({ label: 'Amy Clarke' });
    await s.getByLabel('Category', { exact: true }).selectOption({ label: 'Delivery and installation' });
    await submit(s, 'Save', s.locator('.complaint-assign'));
    assert.match(await s.getByRole('status').first().textContent(), /owner, category and severity have been saved/);
    await submit(s, 'Record the acknowledgement');
    assert.match(await s.getByRole('status').first().textContent(), /acknowledgement has been recorded/);
    for (const [key, text] of [['hear', 'Heard the whole story on the call back.'], ['empathise', 'Said how frustrating a wasted day is.'],
      ['apologise', 'Apologised for the missed visit.'], ['take_ownership', 'Booked a new visit myself and will call after it.']]) {
      const step = s.locator(`#step-${key}`);
      await step.getByRole('textbox').fill(text);
      await submit(s, 'Record this step', step);
    }
    assert.equal(await s.locator('.tag--warning', { hasText: 'Skipped' }).count(), 0);
    await s.getByLabel('What you told the customer').fill('We are sorry; a new visit is booked for Monday morning.');
    await submit(s, 'Record the stage 1 response');
    // Not satisfied: escalate to the manager (the form offers everyone but the stage 1 handler).
    const options = await s.locator('#handler option').allTextContents();
    assert.ok(!options.includes('Amy Clarke'), 'the stage 1 handler is not offered for stage 2');
    await s.getByLabel('Why the customer is not satisfied').fill('The customer wants compensation for the lost day.');
    await s.getByLabel('Stage 2 handler').selectOption({ label: 'Daniel Okafor' });
    await submit(s, 'Escalate to stage 2');
    assert.match(await s.getByRole('heading', { level: 1 }).textContent(), /stage 2/);
    await s.screenshot({ path: join(SHOTS, 'complaints-stage2.png'), fullPage: true });
    // The stage 1 handler may not close stage 2: refused beside the field.
    await s.getByLabel('Decision', { exact: true }).selectOption('upheld');
    await s.getByLabel('Reasons for the decision').fill('Trying to close my own escalation.');
    await submit(s, 'Close and write the letter');
    assert.match(await s.locator('#decision-error').textContent(), /You handled this complaint at stage 1/);

    // The manager: stage 2 acknowledged and closed with the letter.
    const m = manager.page;
    await signInAs(m, 'manager');
    await m.goto(`/complaints/${id}`);
    await submit(m, 'Record the acknowledgement');
    await m.getByLabel('Decision', { exact: true }).selectOption('partly_upheld');
    await m.getByLabel('Reasons for the decision').fill('The visit was missed and we did not tell you; the new visit went ahead.');
    await m.getByLabel('Remedy offered').fill('A 40 pound credit for the lost day.');
    await m.getByLabel('What is still to do').fill('Nothing further.');
    await submit(m, 'Close and write the letter');
    assert.match(await m.getByRole('status').first().textContent(), /final response letter is kept/);
    await Promise.all([m.waitForNavigation(), m.getByRole('link', { name: 'The final response letter' }).click()]);
    const letter = await m.locator('.complaint-letter-text').textContent();
    assert.match(letter, /Dear Journey Customer/);
    assert.match(letter, /partly upheld/);
    assert.match(letter, /A 40 pound credit for the lost day\./);
    assert.match(letter, /Housing Ombudsman/);
    await m.emulateMedia({ media: 'print' });
    assert.equal(await m.locator('.site-header').isVisible(), false, 'the printed letter has no site header');
    await m.screenshot({ path: join(SHOTS, 'complaints-letter-print.png'), fullPage: true });
    await m.emulateMedia({ media: 'screen' });
    await m.goto(`/complaints/${id}`);
    const link = (await m.locator('#followup-link').textContent()).trim();
    assert.match(link, /^\/feedback\?followup=[0-9a-f]{32}$/);

    // The customer answers the follow-up survey.
    await c.goto(link);
    await c.getByLabel('Phone', { exact: true }).check();
    await c.locator('input[name="csat"][value="5"]').check();
    await c.locator('input[name="nps"][value="9"]').check();
    await submit(c, 'Send feedback');
    assert.equal((await c.getByRole('heading', { level: 1 }).textContent()).trim(), 'Thank you for your feedback');
    await m.goto(`/complaints/${id}`);
    assert.match(await m.locator('#followup-heading').locator('..').textContent(), /Answered: satisfaction 5 of 5/);
    await m.screenshot({ path: join(SHOTS, 'complaints-closed.png'), fullPage: true });
    assert.deepEqual(customer.problems, []);
    assert.deepEqual(staff.problems, []);
    assert.deepEqual(manager.problems, []);
  } finally {
    await customer.context.close();
    await staff.context.close();
    await manager.context.close();
  }
});

// standards.test.mjs (browser): a manager publishes a new version of a
// service standard; a member of staff sees it on their home page and
// acknowledges it from there with the keyboard; the manager then sees who
// has and who has not. Headless Chromium (Debian's), the real stack.
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

// A new page signed in as username.
async function signedInPage(username) {
  const opened = await openPage(browser, stack.base);
  await signInAs(opened.page, username);
  return opened;
}

test('a manager publishes version 3 and a member of staff acknowledges it from their home page', async () => {
  const manager = await signedInPage('manager');
  const staff = await signedInPage('staff1');
  try {
    // staff1 has read version 2 already: nothing waits for them
    await staff.page.goto('/');
    assert.ok(await staff.page.getByText('You have acknowledged every current service standard.').isVisible());

    // the manager publishes version 3 through the pages
    const m = manager.page;
    await m.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Standards' }).click();
    await m.getByRole('link', { name: 'Answering the phone' }).click();
    assert.equal((await m.getByRole('heading', { level: 1 }).textContent()).trim(), 'Answering the phone');
    await m.getByRole('link', { name: 'Publish a new version' }).click();
    assert.match(await m.getByRole('heading', { level: 1 }).textContent(), /Publish version 3/);
    await m.getByLabel('Measurable commitment').fill('Answer 92% of calls within 20 seconds');
    await m.getByLabel('What changed, and why').fill('Raised after two good quarters');
    await m.getByLabel('Next review date').fill('2099-03-31');
    await Promise.all([m.waitForURL(/done=published/), m.getByRole('button', { name: 'Publish version 3' }).click()]);
    assert.match(await m.getByRole('status').textContent(), /new version has been published/);
    assert.ok(await m.getByText('Answer 92% of calls within 20 seconds').first().isVisible());
    const waitingBefore = await m.locator('#not-acknowledged').textContent();
    assert.match(waitingBefore, /Amy Clarke/);
    await m.screenshot({ path: join(SHOTS, 'standard-published.png'), fullPage: true });

    // staff1's home page asks for version 3; they acknowledge with the keyboard
    const s = staff.page;
    await s.goto('/');
    const panel = s.getByRole('region', { name: 'Standards to acknowledge' });
    assert.match(await panel.textContent(), /Answering the phone, version 3/);
    await s.screenshot({ path: join(SHOTS, 'standard-to-acknowledge.png'), fullPage: true });
    const button = panel.getByRole('button', { name: /Answering the phone, version 3/ });
    await button.focus();
    await Promise.all([s.waitForURL(/done=acknowledged/), s.keyboard.press('Enter')]);
    assert.match(await s.getByRole('status').textContent(), /your acknowledgement has been recorded/);
    assert.ok(await s.getByText('You have acknowledged every current service standard.').isVisible());

    // the manager sees Amy under "Acknowledged", Ben still waiting
    await m.reload();
    assert.match(await m.locator('#acknowledged').textContent(), /Amy Clarke/);
    const waiting = await m.locator('#not-acknowledged').textContent();
    assert.doesNotMatch(waiting, /Amy Clarke/);
    assert.match(waiting, /Ben Hughes/);
    await m.screenshot({ path: join(SHOTS, 'standard-acknowledgements.png'), fullPage: true });
    assert.deepEqual(manager.problems, []);
    assert.deepEqual(staff.problems, []);
  } finally {
    await manager.context.close();
    await staff.context.close();
  }
});

test('printed meeting minutes and standards leave out the forms and keep the record', async () => {
  const manager = await signedInPage('manager');
  try {
    const m = manager.page;
    await m.goto('/team/meetings/1');
    await m.emulateMedia({ media: 'print' });
    const shown = (locator) => locator.first().evaluate((el) => el.checkVisibility());
    assert.equal(await shown(m.locator('h3', { hasText: 'Raise an action' })), false, 'the raise-an-action form is not printed');
    assert.equal(await shown(m.getByRole('heading', { name: 'Decisions' })), true);
    assert.equal(await shown(m.locator('#decisions')), true, 'the decisions are printed');
    await m.pdf({ path: join(SHOTS, 'meeting-print.pdf'), format: 'A4' });
    await m.goto('/standards/1');
    assert.equal(await shown(m.locator('.std-raci-form')), false, 'the RACI form is not printed');
    assert.equal(await shown(m.locator('.std-history')), true, 'the version history is printed');
    await m.emulateMedia({ media: 'screen' });
    assert.equal(await shown(m.locator('.std-raci-form')), true);
    assert.deepEqual(manager.problems, []);
  } finally {
    await manager.context.close();
  }
});

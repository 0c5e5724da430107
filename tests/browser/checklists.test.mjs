// checklists.test.mjs (browser): on a phone-sized screen, a member of
// staff runs the check their team has due today from their home page,
// fails an item (with the note it needs) and submits it; the manager,
// also on a phone, raises the corrective action from the failed item and
// signs the run off; the compliance dashboard shows the new run. Every
// answer is saved as it is tapped, without JavaScript. Headless Chromium
// (Debian's), the real stack.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SHOTS, launchChromium, openPage, signInAs } from '../lib/browser.mjs';
import { startStack, sql } from '../lib/stack.mjs';

const PHONE = { width: 390, height: 844 };
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

// A new phone-sized page signed in as username.
async function phoneAs(username) {
  const opened = await openPage(browser, stack.base, PHONE);
  await signInAs(opened.page, username);
  return opened;
}

// Returns 1 when the page is no wider than the screen (no sideways scrolling).
function fitsTheScreen(page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

// The latest-run row of the dashboard for the service policy and Phones.
async function latestPolicyRow(page) {
  await page.goto('/checklists/dashboard');
  return (await page.locator('#latest tr', { hasText: 'Customer service policy' }).filter({ hasText: 'Phones' }).innerHTML());
}

test('staff run a due check on a phone and fail an item; the manager raises the action and signs off', async () => {
  const staff = await phoneAs('staff1');
  const manager = await phoneAs('manager');
  try {
    const m = manager.page;
    const before = await latestPolicyRow(m);
    const waitingBefore = Number(await m.locator('#figure-waiting').textContent());
    const actionsBefore = Number(await m.locator('#figure-actions').textContent());

    // staff: from the home page's panel to the run
    const s = staff.page;
    const panel = s.getByRole('region', { name: 'Compliance checks' });
    assert.match(await panel.textContent(), /Customer service policy: standards and complaints/);
    await Promise.all([s.waitForURL(/\/checklists\/runs\/\d+$/),
      panel.getByRole('button', { name: /Run it now.*Customer service policy/ }).click()]);
    const runId = Number(s.url().match(/\/runs\/(\d+)$/)[1]);
    assert.ok(await fitsTheScreen(s), 'the run fits a phone screen');
    const yes = s.getByRole('button', { name: 'Yes', exact: true }).first();
    const box = await yes.boundingBox();
    assert.ok(box.height >= 44 && box.width >= 44, `a large target: ${box.width}x${box.height}`);

    // fail the mandatory complaints item: without a note it is refused, with one it is saved
    const first = s.locator('.checklist-item').first();
    await Promise.all([s.waitForLoadState('load'), first.getByRole('button', { name: 'No', exact: true }).click()]);
    assert.match(await s.locator('.checklist-item').first().locator('.field-error').textContent(), /Write a note saying what is wrong/);
    await s.locator('.checklist-item').first().getByLabel(/Note/).fill('Three complaints waited four days for an acknowledgement');
    await Promise.all([s.waitForURL(/done=saved/), s.locator('.checklist-item').first().getByRole('button', { name: 'No', exact: true }).click()]);
    assert.match(await s.locator('.checklist-item').first().textContent(), /Answer: No/);

    // the rest pass, each saved as it is answered
    const items = s.locator('.checklist-item');
    const n = await items.count();
    for (let i = 1; i < n; i++) {
      const item = s.locator('.checklist-item').nth(i);
      if (await item.getByRole('button', { name: 'Yes', exact: true }).count()) {
        await Promise.all([s.waitForURL(/done=saved/), item.getByRole('button', { name: 'Yes', exact: true }).click()]);
        continue;
      }
      if (await item.getByRole('group', { name: 'Score' }).count()) await item.locator('label', { hasText: '5' }).click();
      else if (await item.getByLabel('Number').count()) await item.getByLabel('Number').fill('0');
      else if (await item.getByLabel('Date').count()) await item.getByLabel('Date').fill(new Date().toISOString().slice(0, 10));
      else if (await item.getByRole('radio', { name: 'Met on every day' }).count()) await item.getByRole('radio', { name: 'Met on every day' }).check();
      else await item.getByLabel('Answer').fill('Nothing else this week.');
      await Promise.all([s.waitForURL(/done=saved/), item.getByRole('button', { name: 'Save' }).click()]);
    }
    // the records item showed the rota's figure for confirming
    assert.match(await s.locator('.checklist-records__figure').first().textContent(), /working-time warning/);
    assert.equal(await s.locator('#run-rag').textContent(), 'Red');       // a mandatory item failed
    await s.screenshot({ path: join(SHOTS, 'checklist-run-phone.png'), fullPage: true });
    await Promise.all([s.waitForURL(/done=submitted/), s.getByRole('button', { name: 'Submit for sign-off' }).click()]);
    assert.equal(await s.locator('#run-status').textContent(), 'Waiting for sign-off');
    assert.equal(await s.getByRole('button', { name: 'Sign off' }).count(), 0, 'staff cannot sign off');

    // the manager: from the home page to the run, the action, the sign-off
    await m.goto('/');
    await Promise.all([m.waitForURL(new RegExp(`/checklists/runs/${runId}$`)),
      m.locator(`#checklists-waiting a[href="/checklists/runs/${runId}"]`).click()]);
    assert.match(await m.getByRole('region', { name: 'Sign-off' }).textContent(), /1 failed item\(s\)/);
    const failure = m.locator('.checklist-failure').first();
    await failure.getByText('Raise a corrective action').click();
    await failure.getByLabel('Action', { exact: true }).fill('Acknowledge every complaint within two working days');
    await Promise.all([m.waitForURL(/done=raised/), failure.getByRole('button', { name: 'Raise the action' }).click()]);
    assert.match(await m.locator('.checklist-failure').first().textContent(), /Acknowledge every complaint within two working days/);
    assert.ok(await fitsTheScreen(m), 'the manager\'s run page fits a phone screen');
    await Promise.all([m.waitForURL(/done=signed/), m.getByRole('button', { name: 'Sign off' }).click()]);
    assert.match(await m.locator('#signed-off').textContent(), /Signed off by Daniel Okafor on/);
    assert.equal(await m.locator('.checklist-answer-form').count(), 0);
    await m.screenshot({ path: join(SHOTS, 'checklist-signed-off-phone.png'), fullPage: true });

    // the dashboard shows the new run as the latest for the team, red, and the new action
    const after = await latestPolicyRow(m);
    assert.notEqual(after, before);
    assert.match(after, new RegExp(`/checklists/runs/${runId}"`));
    assert.match(after, /rag--red/);
    assert.equal(Number(await m.locator('#figure-waiting').textContent()), waitingBefore);
    assert.equal(Number(await m.locator('#figure-actions').textContent()), actionsBefore + 1);
    assert.equal(sql(stack.db, `SELECT count(*) FROM actions a JOIN checklist_answers x ON x.id = a.source_id
      WHERE a.source_type = 'checklist_item' AND x.run_id = ${runId}`), '1');
    assert.deepEqual(staff.problems, []);
    assert.deepEqual(manager.problems, []);
  } finally {
    await staff.context.close();
    await manager.context.close();
  }
});

// portfolio.test.mjs: the evidence portfolio in headless Chromium (Debian's)
// against the real stack. The demo manager, a learner, adds a real service
// plan and a reflective account as evidence and maps them to unit 003's
// criteria, asks a colleague for a witness testimony (who writes and signs
// it with their own sign-in), and submits the unit; the assessor judges it
// and refers one criterion; the learner resubmits; the IQA reviews the
// sampled decisions; the printable portfolio is saved as a screenshot.
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

// Clicks a button and waits for the page it leads to.
async function press(page, name) {
  await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name, exact: true }).click()]);
  await page.waitForLoadState('load');
}

// The id of unit 003's criterion ref.
const criterion = (ref) => sql(stack.db, `SELECT id FROM pf_criteria WHERE ref = '${ref}'`);

test('a learner builds and submits a unit; the assessor refers a criterion; the learner resubmits; the IQA samples', async () => {
  const learner = await signedInPage('manager');
  const witness = await signedInPage('staff1');
  const assessor = await signedInPage('assessor');
  const iqa = await signedInPage('iqa');
  const all = [learner, witness, assessor, iqa];
  try {
    const page = learner.page;
    const plan = sql(stack.db, 'SELECT id FROM plans ORDER BY id LIMIT 1');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Portfolio' }).click();
    await page.getByRole('link', { name: 'Add evidence' }).first().click();
    assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Add evidence');
    // a real plan, by its address
    await page.getByLabel('Kind of record').selectOption('plan');
    await page.getByLabel(/^The record/).fill(`/plans/${plan}`);
    await press(page, 'Add the record');
    assert.match(await page.getByRole('status').textContent(), /The evidence has been added/);
    assert.match(await page.locator('#suggestions').textContent(), /003\.2/, 'the plan suggests the plan criteria');
    await page.getByLabel('Criterion', { exact: true }).selectOption(criterion('003.2'));
    await page.getByLabel(/How it meets the criterion/).fill('The winter plan sets staffing, training and the resources for the peak.');
    await press(page, 'Map it');
    assert.match(await page.locator('#mappings').textContent(), /003\.2/);
    await page.screenshot({ path: join(SHOTS, 'portfolio-evidence.png'), fullPage: true });

    // a reflective account with the five prompts
    await page.goto('/portfolio/evidence/new');
    await page.getByLabel('Title', { exact: true }).nth(0).fill('Leading the team through the winter peak');
    await page.getByLabel('What happened').fill('Calls rose by a third in the first week of December.');
    await page.getByLabel('What I did', { exact: true }).fill('I moved two advisers from email to phones and briefed the team.');
    await page.getByLabel('Why I did it').fill('The plan named phones as the channel at risk of missing its target.');
    await page.getByLabel('What the result was').fill('We answered 81% of calls within 20 seconds that week.');
    await page.getByLabel('What I would do differently').fill('Agree the move a week earlier with the email team leader.');
    await press(page, 'Add the reflective account');
    await page.getByLabel('Criterion', { exact: true }).selectOption(criterion('003.K5'));
    await page.getByLabel(/How it meets the criterion/).fill('I reflect on my own leadership and what I would change.');
    await press(page, 'Map it');

    // a witness testimony, asked of Amy Clarke
    await page.goto('/portfolio/evidence/new');
    await page.getByLabel('Witness', { exact: true }).selectOption({ label: 'Amy Clarke' });
    await page.getByLabel('Title', { exact: true }).nth(1).fill('Amy Clarke on the winter briefing');
    await page.getByLabel('What you ask them to confirm').fill('Please confirm how I briefed the team on the winter plan.');
    await press(page, 'Ask for the testimony');
    const testimony = page.url().match(/evidence\/(\d+)/)[1];
    await page.getByLabel('Criterion', { exact: true }).selectOption(criterion('003.3'));
    await page.getByLabel(/How it meets the criterion/).fill('My team leader confirms the feedback loop I set up with the team.');
    await press(page, 'Map it');

    // the witness writes and signs it with their own sign-in
    await witness.page.goto('/portfolio');
    await witness.page.getByRole('link', { name: 'Amy Clarke on the winter briefing' }).click();
    assert.match(await witness.page.locator('#asked').textContent(), /briefed the team on the winter plan/);
    await witness.page.getByLabel(/Your testimony/).fill('Daniel briefed us every morning and changed the plan after our feedback on the Monday peak.');
    await witness.page.getByLabel(/Your signature/).fill('Amy Clarke');
    await press(witness.page, 'Sign the testimony');
    assert.match(await witness.page.getByRole('status').textContent(), /your testimony is signed/);
    assert.ok(sql(stack.db, `SELECT signed_at FROM pf_witness WHERE evidence_id = ${testimony}`));

    // the learner submits unit 003
    await page.goto('/portfolio');
    await page.getByRole('link', { name: 'My portfolio' }).click();
    await press(page, 'Submit unit 003');
    assert.match(await page.getByRole('heading', { level: 1 }).textContent(), /Unit 003, submission 1/);
    assert.match(await page.getByRole('heading', { name: /Evidence as submitted \(3\)/ }).textContent(), /3/);

    // the assessor judges from the home panel; one criterion is referred
    await assessor.page.goto('/');
    await assessor.page.locator('#to-assess').getByRole('link', { name: /unit 003, submission 1/ }).click();
    const ids = sql(stack.db, "SELECT group_concat(c.id) FROM pf_criteria c JOIN pf_units u ON u.id = c.unit_id WHERE u.code = '003'").split(',');
    for (const id of ids)
      await assessor.page.locator(`input[name="outcome_${id}"][value="${id === criterion('003.1') ? 'not_yet' : 'met'}"]`).check();
    await assessor.page.locator(`#comment_${criterion('003.1')}`).fill('Name the satisfaction or retention figure the plan moved.');
    await assessor.page.getByLabel('Feedback to the learner').fill('A clear plan and good reflection; 003.1 needs a measured business outcome.');
    await assessor.page.getByLabel(/Your signature/).fill('Margaret Ellis');
    await press(assessor.page, 'Sign the assessment');
    assert.match(await assessor.page.getByRole('status').textContent(), /decisions, feedback and signature have been recorded/);
    assert.match(await assessor.page.locator('#decisions').textContent(), /Not yet met/);

    // the learner sees the referral and resubmits
    await page.goto('/portfolio');
    await page.getByRole('link', { name: 'My portfolio' }).click();
    assert.match(await page.locator('#submissions').textContent(), /Unit 003, submission 1[\s\S]*1 referred/);
    await press(page, 'Submit unit 003');
    assert.match(await page.getByRole('heading', { level: 1 }).textContent(), /Unit 003, submission 2/);
    assert.match(await page.locator('#history').textContent(), /Submission 1: assessed[\s\S]*1 not yet met[\s\S]*Submission 2/);

    // the IQA reviews the sampled decisions (the demo assessor's rate is 100%)
    await iqa.page.goto('/');
    await iqa.page.locator('#to-review').getByRole('link', { name: /unit 003, submission 1/ }).click();
    await iqa.page.getByRole('radio', { name: 'Agree', exact: true }).check();
    await iqa.page.getByLabel('Note').fill('The referral of 003.1 is justified by the evidence.');
    await press(iqa.page, 'Record the review');
    assert.match(await iqa.page.getByRole('status').textContent(), /quality assurance review has been recorded/);
    assert.equal(sql(stack.db, "SELECT verdict FROM pf_iqa_reviews ORDER BY id DESC LIMIT 1"), 'agree');

    // the printable portfolio, as the assessor sees it
    await assessor.page.goto('/');
    await assessor.page.goto(`/portfolio/learners/${sql(stack.db, "SELECT id FROM users WHERE username = 'manager'")}`);
    await assessor.page.getByRole('link', { name: 'Printable portfolio' }).click();
    assert.match(await assessor.page.getByRole('heading', { level: 1 }).first().textContent(), /Evidence portfolio/);
    await assessor.page.emulateMedia({ media: 'print' });
    assert.equal(await assessor.page.locator('.site-header').isVisible(), false, 'print hides the site header');
    await assessor.page.screenshot({ path: join(SHOTS, 'portfolio-print.png'), fullPage: true });
    for (const o of all) assert.deepEqual(o.problems, []);
  } finally {
    for (const o of all) await o.context.close();
  }
});

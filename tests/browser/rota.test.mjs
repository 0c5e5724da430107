// rota.test.mjs: in headless Chromium (Debian's), a manager builds a week
// of the rota from the grid, publishes it, and a member of staff then sees
// it on the grid and on their own rota. Screenshots go to
// test-output/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { SHOTS, launchChromium, openPage, signInAs } from '../lib/browser.mjs';
import { ROOT, startStack, sql } from '../lib/stack.mjs';

const WEEK = '2027-W20';   // 17 to 23 May 2027, empty in the demo data

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

// Adds a shift from the grid's "Add" link of a person, for a date.
async function addFromGrid(page, who, date, start, end, role) {
  await page.getByRole('link', { name: `Add a shift for ${who}` }).click();
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Add a shift');
  assert.equal(await page.getByLabel('Date').inputValue(), '2027-05-17', 'the week\'s Monday to start with');
  await page.getByLabel('Date').fill(date);
  await page.getByLabel('Start (HH:MM)').fill(start);
  await page.getByLabel('End (HH:MM)').fill(end);
  await page.getByLabel('Role').selectOption({ label: role });
  await Promise.all([page.waitForURL(/done=created/), page.getByRole('button', { name: 'Save shift' }).click()]);
  assert.match(await page.getByRole('status').first().textContent(), /The shift has been added/);
}

test('a manager builds and publishes a week; a member of staff sees it', async () => {
  const manager = await newPage();
  try {
    await signInAs(manager.page, 'manager');
    await manager.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rota' }).click();
    assert.match(await manager.page.getByRole('heading', { level: 1 }).textContent(), /^Rota: week \d{4}-W\d{2}$/);
    await manager.page.goto(`/rota?week=${WEEK}`);
    assert.match(await manager.page.locator('main').textContent(), /No shifts this week yet/);
    await addFromGrid(manager.page, 'Amy Clarke', '2027-05-17', '08:00', '16:30', 'Team leader');
    await addFromGrid(manager.page, 'Ben Hughes', '2027-05-17', '09:00', '17:30', 'Phones');
    await addFromGrid(manager.page, 'Ben Hughes', '2027-05-18', '22:00', '06:00', 'Phones');
    const grid = manager.page.locator('table.rota-grid');
    assert.match(await grid.textContent(), /08:00–16:30 Team leader/);
    assert.match(await grid.textContent(), /22:00–06:00 Phones/);
    const benRow = grid.getByRole('row', { name: /Ben Hughes/ });
    assert.equal((await benRow.locator('td').last().textContent()).trim(), '15.50', 'hours net of the 30-minute breaks');
    await manager.page.screenshot({ path: join(SHOTS, 'rota-draft.png'), fullPage: true });
    await Promise.all([
      manager.page.waitForURL(/done=published/),
      manager.page.getByRole('button', { name: `Publish week ${WEEK}` }).click(),
    ]);
    assert.match(await manager.page.getByRole('status').first().textContent(), /staff can now see it/);
    assert.equal(sql(stack.db, `SELECT count(*) FROM rota_weeks WHERE week = '${WEEK}'`), '1');
    await manager.page.goto(`/rota/print?week=${WEEK}`);
    await manager.page.emulateMedia({ media: 'print' });
    await manager.page.screenshot({ path: join(SHOTS, 'rota-print.png'), fullPage: true });
    const pdf = await manager.page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
    assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, 1, 'the week prints on one A4 landscape page');
    assert.deepEqual(manager.problems, []);
  } finally {
    await manager.context.close();
  }
  const staff = await newPage();
  try {
    await signInAs(staff.page, 'staff2');
    await staff.page.goto(`/rota/mine?week=${WEEK}`);
    const mine = staff.page.getByRole('table', { name: `Your shifts in week ${WEEK}` });
    assert.equal(await mine.getByRole('row').count(), 3, 'a header row and two shifts');
    assert.match(await mine.textContent(), /Mon 17 May.*09:00.*17:30.*Phones/s);
    assert.match(await staff.page.locator('main').textContent(), /Hours this week \(net of breaks\): 15\.50/);
    await staff.page.goto(`/rota?week=${WEEK}`);
    assert.match(await staff.page.locator('table.rota-grid').textContent(), /08:00–16:30 Team leader/);
    assert.equal(await staff.page.getByRole('link', { name: /Add a shift/ }).count(), 0, 'staff cannot add shifts');
    await staff.page.screenshot({ path: join(SHOTS, 'rota-staff.png'), fullPage: true });
    assert.deepEqual(staff.problems, []);
  } finally {
    await staff.context.close();
  }
});

test('the print view puts a 50-person team\'s week on one A4 landscape page', async () => {
  const out = execFileSync(join(ROOT, 'scripts', 'rota-bench-data.sh'), [stack.db, '1'], { encoding: 'utf8' });
  const team = out.trim().split('\n').pop();
  const { context, page, problems } = await newPage();
  try {
    await signInAs(page, 'manager');
    await page.goto(`/rota/print?team=${team}`);
    assert.equal(await page.locator('table.rota-print-grid tbody tr').count(), 50);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
    assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, 1);
    await page.screenshot({ path: join(SHOTS, 'rota-print-50.png'), fullPage: true });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

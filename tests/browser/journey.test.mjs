// journey.test.mjs: a person signs in and out in headless Chromium (Debian's,
// never a downloaded one), against the real stack. Screenshots go to
// test-output/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SHOTS, launchChromium, openPage } from '../lib/browser.mjs';
import { DEMO_PASSWORD, startStack } from '../lib/stack.mjs';

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
const newPage = (viewport = { width: 1280, height: 800 }) => openPage(browser, stack.base, viewport);

// Fills the sign-in form and submits it; returns the response of the POST.
async function signIn(page, username, password) {
  await page.goto('/login');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/login') && r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
  await page.waitForLoadState('load');
  return response;
}

test('manager signs in, uses the keyboard, signs out', async () => {
  const { context, page, problems } = await newPage();
  try {
    await page.goto('/login');
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Sign in');

    const post = await signIn(page, 'manager', DEMO_PASSWORD);
    assert.equal(post.status(), 303);
    assert.equal(new URL(page.url()).pathname, '/');
    assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Hello, Daniel Okafor');
    assert.match(await page.title(), /Frontline|Riverside/);
    assert.ok(await page.getByRole('heading', { name: 'Your teams' }).isVisible());

    // Keyboard: from the top of a fresh page, Tab reaches the skip link
    // first, and following it moves the focus to the main content.
    await page.goto('/');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({
      tag: document.activeElement.tagName,
      text: document.activeElement.textContent.trim(),
      href: document.activeElement.getAttribute('href'),
    }));
    assert.deepEqual(first, { tag: 'A', text: 'Skip to main content', href: '#main' });
    assert.ok(await page.getByRole('link', { name: 'Skip to main content' }).isVisible(),
      'the skip link is visible when it has the focus');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'main');

    await page.screenshot({ path: join(SHOTS, 'dashboard.png'), fullPage: true });

    // Sign out with the button in the header.
    await Promise.all([
      page.waitForURL(/\/login\?done=logout$/),
      page.locator('header').getByRole('button', { name: 'Sign out' }).click(),
    ]);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Sign in');
    assert.equal((await page.getByRole('status').textContent()).trim(), 'You have signed out.');
    await page.screenshot({ path: join(SHOTS, 'signed-out.png'), fullPage: true });

    // The dashboard is no longer reachable.
    await page.goto('/');
    assert.equal(new URL(page.url()).pathname, '/login');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a wrong password shows the error and keeps the username', async () => {
  const { context, page, problems } = await newPage();
  try {
    const post = await signIn(page, 'manager', 'not-the-password');
    assert.equal(post.status(), 401);
    assert.equal(new URL(page.url()).pathname, '/login');
    const alert = page.getByRole('alert');
    assert.match(await alert.textContent(), /The username or password is not right/);
    assert.ok(await alert.isVisible());
    assert.equal(await page.getByLabel('Username').inputValue(), 'manager');
    assert.equal(await page.getByLabel('Password').inputValue(), '', 'the password is not sent back');
    await page.screenshot({ path: join(SHOTS, 'login-error.png'), fullPage: true });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the dashboard on a phone (375x800)', async () => {
  const { context, page, problems } = await newPage({ width: 375, height: 800 });
  try {
    const post = await signIn(page, 'manager', DEMO_PASSWORD);
    assert.equal(post.status(), 303);
    assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Hello, Daniel Okafor');
    await page.screenshot({ path: join(SHOTS, 'dashboard-phone.png'), fullPage: true });
    // Nothing wider than the screen: no sideways scrolling.
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    assert.ok(widths.scroll <= widths.client, `the page is ${widths.scroll}px wide on a ${widths.client}px screen`);
    assert.ok(await page.locator('header').getByRole('button', { name: 'Sign out' }).isVisible());
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('printing a page leaves out navigation and controls, and spells out links', async () => {
  const { context, page, problems } = await newPage();
  try {
    await signIn(page, 'admin', DEMO_PASSWORD);
    await page.goto('/admin/users');
    await page.emulateMedia({ media: 'print' });
    const shown = (selector) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).display !== 'none');
    assert.equal(await shown('nav.site-nav'), false, 'the navigation is not printed');
    assert.equal(await shown('header form'), false, 'the sign-out button is not printed');
    assert.equal(await shown('form.search-form'), false, 'the search form is not printed');
    assert.equal(await shown('table.table'), true, 'the list itself is printed');
    const after = await page.locator('table.table a').first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    assert.match(after, /\/admin\/users\/\d+/, 'a link\'s address is printed after it');
    await page.pdf({ path: join(SHOTS, 'users-print.pdf'), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await shown('nav.site-nav'), true, 'on screen the navigation is back');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

// browser.mjs: what every Chromium journey shares: Debian's Chromium
// (never a downloaded browser), a page that collects the problems a user
// would not see, signing in, and where screenshots go.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, DEMO_PASSWORD } from './stack.mjs';

export const SHOTS = join(ROOT, 'test-output', 'screenshots');

// Launches Debian's headless Chromium; returns the browser.
export async function launchChromium() {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    timeout: 30000,
  });
}

// Opens a page in its own context (own cookies) on base; problems collects
// console errors (a CSP violation is one), uncaught exceptions, failed
// requests and error statuses of anything but the pages themselves (whose
// statuses the tests check). Returns { context, page, problems }.
export async function openPage(browser, base, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, baseURL: base });
  context.setDefaultTimeout(10000);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && r.request().resourceType() !== 'document') {
      problems.push(`HTTP ${r.status()} for ${r.request().resourceType()} ${r.url()}`);
    }
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  return { context, page, problems };
}

// Signs the page in as a demo account and waits for the home page.
export async function signInAs(page, username) {
  await page.goto('/login');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await Promise.all([page.waitForURL((u) => u.pathname === '/'), page.getByRole('button', { name: 'Sign in' }).click()]);
}

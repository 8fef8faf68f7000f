// Helpers of the browser journey: assertions that throw, real pointer drags, antd widgets.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

// E2E_SHOTS puts the screenshots elsewhere (outside the repository, say); by default they sit beside the suites.
export const shots = process.env.E2E_SHOTS ?? join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
mkdirSync(shots, { recursive: true });

/**
 * The steps of one suite: each runs, prints ✓ or ✗ with its time, and on a failure saves a full-page
 * screenshot named after `prefix` and throws (later steps build on earlier ones).
 */
export function suiteSteps(prefix) {
  const tally = { passed: 0, failed: 0 };
  async function step(page, name, run) {
    const started = Date.now();
    try {
      await run();
      tally.passed++;
      console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      tally.failed++;
      console.log(`  ✗ ${name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 4).join('\n    ')}`);
      const file = `${prefix}failed-${tally.passed + tally.failed}.png`;
      await page.screenshot({ path: join(shots, file), fullPage: true }).catch(() => {});
      throw error;
    }
  }
  /** Runs the suite's main and prints the last line, "N passed, M failed"; any failure makes the exit code 1. */
  async function finish(main) {
    try {
      await main();
    } catch (error) {
      console.error(error);
      tally.failed++;
    }
    console.log(`${tally.passed} passed, ${tally.failed} failed`);
    process.exitCode = tally.failed > 0 ? 1 : 0;
  }
  return { step, tally, finish };
}

/**
 * Debian's chromium with a fresh profile per run: playwright takes it as the persistent context's user
 * data dir (it refuses a --user-data-dir argument to launch()). Page errors are collected for the suite to
 * check; `close` ends the browser and removes the profile.
 */
export async function openBrowser({ executablePath, headed }) {
  check(existsSync(executablePath), `no browser at ${executablePath} (apt-get install -y chromium)`);
  const profile = mkdtempSync(join(tmpdir(), 'designer-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: !headed,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
    args: [
      ...(headed ? [] : ['--headless']),
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(10_000);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { page, pageErrors, close };
}

export function check(condition, message) {
  if (!condition) throw new Error(message);
}

export async function eventually(read, accept, message, timeout = 10_000) {
  const until = Date.now() + timeout;
  let last;
  while (Date.now() < until) {
    last = await read();
    if (accept(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${message} (last seen: ${JSON.stringify(last)})`);
}

/** Waits for toasts and drop animations to finish, so screenshots show the settled screen. */
export async function snapshot(page, name) {
  await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 6_000 }).catch(() => {});
  await page.evaluate(() => globalThis.scrollTo(0, 0));
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(shots, name) });
}

export const byTestId = (page, id) => page.locator(`[data-testid="${id}"]`);

/** The texts of the records table's rows, once it has stopped loading. */
export async function rowTexts(page) {
  await page.waitForTimeout(100);
  const table = byTestId(page, 'records-table');
  await table.locator('.ant-spin-spinning').waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
  return table.locator('tbody tr.ant-table-row').allInnerTexts();
}

/** A real pointer drag with intermediate moves, so dnd-kit's pointer sensor activates. */
export async function drag(page, source, target, { targetY = 'center' } = {}) {
  await source.scrollIntoViewIfNeeded();
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  check(from && to, 'drag source or target is not visible');
  const startX = from.x + from.width / 2;
  const startY = from.y + from.height / 2;
  const endX = to.x + to.width / 2;
  const endY = targetY === 'bottom' ? to.y + to.height - 20 : targetY === 'top' ? to.y + 6 : to.y + to.height / 2;
  await page.mouse.move(startX, startY);
  await page.mouse.down();
  await page.mouse.move(startX + 8, startY + 8, { steps: 4 });
  await page.mouse.move(endX, endY, { steps: 25 });
  await page.waitForTimeout(150);
  await page.mouse.move(endX, endY + 1, { steps: 2 });
  await page.mouse.up();
}

/** Picks an option of an antd Select by its visible label. */
export async function choose(page, select, label) {
  await select.click();
  const option = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
    hasText: label,
  });
  await option.first().click();
}

export async function fieldOrder(page) {
  const ids = await byTestId(page, 'field-canvas')
    .locator('[data-testid^="field-row-"]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-testid').replace('field-row-', '')));
  return ids;
}

/** Signs in through the login page and waits until the app has left it. */
export async function signIn(page, baseUrl, email, password) {
  await page.goto(`${baseUrl}/login`);
  await byTestId(page, 'login-email').fill(email);
  await byTestId(page, 'login-password').fill(password);
  await byTestId(page, 'login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Waits until no modal, drawer or menu is still zooming, fading or sliding in, as a person waits before clicking in it. */
export async function settled(page) {
  await page.waitForFunction(
    "!document.querySelector('.ant-zoom-appear, .ant-zoom-enter, .ant-fade-appear, .ant-fade-enter, .ant-slide-up-appear, .ant-slide-up-enter')",
  );
}

/** Calls the API with the page's session; any answer but 2xx throws with the status and the body. */
export function apiCaller(page, baseUrl) {
  return async (method, path, data) => {
    const response = await page.request.fetch(`${baseUrl}${path}`, { method, data });
    check(response.ok(), `${method} ${path} answered ${response.status()}: ${await response.text()}`);
    return response.status() === 204 ? undefined : response.json();
  };
}

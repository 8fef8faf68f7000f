// Helpers of the browser suites: the browser, steps that count, assertions that throw, real pointer
// drags, antd widgets.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const shots = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
mkdirSync(shots, { recursive: true });

export const env = {
  baseUrl: (process.env.E2E_BASE_URL ?? 'http://localhost:5080').replace(/\/$/, ''),
  email: process.env.E2E_ADMIN_EMAIL ?? 'admin@example.com',
  password: process.env.E2E_ADMIN_PASSWORD ?? 'Passw0rd!',
  executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
  headed: process.env.E2E_HEADED === '1',
};

/**
 * Debian's chromium through playwright-core (no browser download), with a fresh profile per run:
 * playwright takes it as the persistent context's user data dir (it refuses a --user-data-dir argument).
 * Page errors are collected for the suite to check at its end.
 */
export async function launch() {
  check(existsSync(env.executablePath), `no browser at ${env.executablePath} (apt-get install -y chromium)`);
  const profile = mkdtempSync(join(tmpdir(), 'designer-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: env.executablePath,
    headless: !env.headed,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
    args: [
      ...(env.headed ? [] : ['--headless']),
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

/**
 * Runs a suite of steps in a fresh browser. A failing step reports itself with a full-page screenshot and
 * throws, and the suite stops there, as later steps depend on it. The last line printed reads
 * "N passed, M failed"; the exit code is non-zero on any failure.
 */
export async function suite(title, body, { failurePrefix = '' } = {}) {
  let passed = 0;
  let failed = 0;
  const reported = new WeakSet();
  let browser;
  const step = async (name, run) => {
    const started = Date.now();
    try {
      await run();
      passed++;
      console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`  ✗ ${name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 4).join('\n    ')}`);
      const path = join(shots, `${failurePrefix}failed-${passed + failed}.png`);
      await browser.page.screenshot({ path, fullPage: true }).catch(() => {});
      if (error && typeof error === 'object') reported.add(error);
      throw error;
    }
  };
  try {
    browser = await launch();
    console.log(title);
    await body({ ...browser, step });
  } catch (error) {
    if (!(error && typeof error === 'object' && reported.has(error))) {
      console.error(error);
      failed++;
    }
  } finally {
    await browser?.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
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

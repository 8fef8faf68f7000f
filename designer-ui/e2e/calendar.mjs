// The working calendar in the browser, against a running server:
//   E2E_BASE_URL=http://localhost:5080 E2E_ADMIN_EMAIL=… E2E_ADMIN_PASSWORD=… node e2e/calendar.mjs
// An admin loads the China 2026 preset, sees the unsaved preview, saves, reloads and finds the days kept;
// a duplicate date is refused by the server at its row; a member sees the same calendar read-only.
// The calendar found at the start is put back at the end. The last line reads "N passed, M failed".
import { request } from 'playwright-core';
import { byTestId, check, choose, eventually, openBrowser, settled, snapshot, suiteSteps } from './helpers.mjs';

const baseUrl = (process.env.E2E_BASE_URL ?? 'http://localhost:5080').replace(/\/$/, '');
const email = process.env.E2E_ADMIN_EMAIL ?? 'admin@example.com';
const password = process.env.E2E_ADMIN_PASSWORD ?? 'Passw0rd!';
const executablePath = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const headed = process.env.E2E_HEADED === '1';

const member = { email: `calendar-${Date.now().toString(36)}@example.com`, name: '日历查看者', role: 'member', password: 'Secret123!' };

const { step, finish } = suiteSteps('calendar-');

/** An API session of the admin's own, apart from the browser's, for setting up and putting things back. */
async function adminApi() {
  const api = await request.newContext({ baseURL: baseUrl, extraHTTPHeaders: { 'Accept-Language': 'en' } });
  const login = await api.post('/api/auth/login', { data: { email, password } });
  check(login.ok(), `admin sign-in answered ${login.status()}`);
  const call = async (method, path, data) => {
    const response = await api.fetch(path, { method, data });
    check(response.ok(), `${method} ${path} answered ${response.status()}: ${await response.text()}`);
    return response.status() === 204 ? undefined : response.json();
  };
  return { call, dispose: () => api.dispose() };
}

async function signIn(page, who, secret) {
  await page.goto(`${baseUrl}/login`);
  await byTestId(page, 'login-email').fill(who);
  await byTestId(page, 'login-password').fill(secret);
  await byTestId(page, 'login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

async function showMonth(page, month) {
  const picker = byTestId(page, 'calendar-preview-month');
  await picker.click();
  await picker.fill(month);
  await picker.press('Enter');
  await page.locator('.page-header__title').click();
}

const kind = (page, date) => byTestId(page, `calendar-preview-${date}`).getAttribute('data-kind');

async function rowDates(page, list) {
  return byTestId(page, `calendar-${list}`).locator(`[data-testid="calendar-${list}-row"]`).evaluateAll((rows) =>
    rows.map((row) => row.getAttribute('data-date')),
  );
}

async function main() {
  const { page, pageErrors, close } = await openBrowser({ executablePath, headed });
  const api = await adminApi();
  const original = await api.call('GET', '/api/settings/calendar');
  let memberId;

  console.log(`Working calendar against ${baseUrl}`);
  try {
    await step(page, 'start from the default calendar and open the page from the menu', async () => {
      await api.call('PUT', '/api/settings/calendar', {});
      await signIn(page, email, password);
      await byTestId(page, 'nav-calendar').click();
      await page.waitForURL('**/admin/calendar');
      await byTestId(page, 'calendar-form').waitFor();
      check(await byTestId(page, 'calendar-weekend-saturday').isChecked(), 'Saturday is not ticked as weekend');
      check(!(await byTestId(page, 'calendar-weekend-monday').isChecked()), 'Monday is ticked as weekend');
      check((await rowDates(page, 'holidays')).length === 0, 'holidays listed on a default calendar');
    });

    await step(page, 'load the China 2026 preset: 33 holidays and 6 make-up days, previewed before saving', async () => {
      await choose(page, byTestId(page, 'calendar-preset-select'), '中国法定节假日 2026');
      await byTestId(page, 'calendar-preset-load').click();
      await eventually(() => rowDates(page, 'holidays'), (dates) => dates.length === 33, 'the preset holidays did not arrive');
      const working = await rowDates(page, 'workingDays');
      check(working.join() === '2026-01-04,2026-02-14,2026-02-28,2026-05-09,2026-09-20,2026-10-10', `make-up days ${working}`);
      await showMonth(page, '2026-10');
      check((await kind(page, '2026-10-01')) === 'holiday', `2026-10-01 previews as ${await kind(page, '2026-10-01')}`);
      check((await kind(page, '2026-10-10')) === 'makeUp', `2026-10-10 previews as ${await kind(page, '2026-10-10')}`);
      const saved = await api.call('GET', '/api/settings/calendar');
      check(saved.holidays.length === 0, 'loading a preset saved it');
      await snapshot(page, 'calendar-01-preset.png');
    });

    await step(page, 'save, reload: the days are kept and the preview still marks them', async () => {
      await byTestId(page, 'calendar-save').click();
      await eventually(async () => (await api.call('GET', '/api/settings/calendar')).holidays.length, (n) => n === 33, 'not saved');
      await page.reload();
      await byTestId(page, 'calendar-form').waitFor();
      const holidays = await rowDates(page, 'holidays');
      check(holidays.length === 33 && holidays.includes('2026-10-01'), `after reload: ${holidays.length} holidays`);
      check((await rowDates(page, 'workingDays')).includes('2026-10-10'), '2026-10-10 not listed after reload');
      await showMonth(page, '2026-10');
      check((await kind(page, '2026-10-01')) === 'holiday', '2026-10-01 is not a holiday after reload');
      check((await kind(page, '2026-10-10')) === 'makeUp', '2026-10-10 is not a working day after reload');
      check((await kind(page, '2026-10-11')) === 'weekend', '2026-10-11 is not a weekend day');
      check((await kind(page, '2026-10-09')) === 'working', '2026-10-09 is not a working day');
    });

    await step(page, 'a date listed twice is refused by the server and shown at its row', async () => {
      await byTestId(page, 'calendar-holidays-add').click();
      const date = byTestId(page, 'calendar-holidays-date').last();
      await date.click();
      await date.fill('2026-10-01');
      await date.press('Enter');
      await page.locator('.page-header__title').click();
      await byTestId(page, 'calendar-save').click();
      const row = byTestId(page, 'calendar-holidays').locator('[data-testid="calendar-holidays-row"]').last();
      const error = row.locator('.ant-form-item-explain-error');
      await error.waitFor();
      const text = await error.innerText();
      check(text.includes('2026-10-01'), `the row shows "${text}"`);
      await snapshot(page, 'calendar-02-server-error.png');
      await row.locator('[data-testid="calendar-holidays-remove"]').click();
      check((await api.call('GET', '/api/settings/calendar')).holidays.length === 33, 'the refused save changed the calendar');
    });

    await step(page, 'a member sees the same calendar read-only', async () => {
      memberId = (await api.call('POST', '/api/users', member)).id;
      await byTestId(page, 'user-menu').click();
      await byTestId(page, 'logout').waitFor();
      await settled(page);
      await byTestId(page, 'logout').click();
      await page.waitForURL(/\/login/);
      await signIn(page, member.email, member.password);
      await page.goto(`${baseUrl}/admin/calendar`);
      await byTestId(page, 'calendar-read-only').waitFor();
      check((await byTestId(page, 'calendar-save').count()) === 0, 'a member is offered Save');
      check((await byTestId(page, 'calendar-preset-load').count()) === 0, 'a member is offered presets');
      check((await byTestId(page, 'calendar-holidays-add').count()) === 0, 'a member is offered Add');
      check(await byTestId(page, 'calendar-weekend-saturday').isDisabled(), 'the weekend can be changed by a member');
      check(await byTestId(page, 'calendar-holidays-date').first().isDisabled(), 'a date can be changed by a member');
      check((await rowDates(page, 'holidays')).length === 33, 'the member does not see the holidays');
      await showMonth(page, '2026-10');
      check((await kind(page, '2026-10-01')) === 'holiday', '2026-10-01 is not a holiday for the member');
      await snapshot(page, 'calendar-03-member.png');
      check(pageErrors.length === 0, `page errors: ${pageErrors.join(' | ')}`);
    });
  } catch {
    // The failing step already reported itself; later steps depend on it, so the suite stops here.
  } finally {
    await api.call('PUT', '/api/settings/calendar', original).catch((error) => console.error(error));
    if (memberId) await api.call('PATCH', `/api/users/${memberId}`, { active: false }).catch((error) => console.error(error));
    await api.dispose();
    await close();
  }
}

void finish(main);

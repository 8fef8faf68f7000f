// Tasks and notifications in the browser, against a running server:
//   E2E_BASE_URL=http://localhost:5080 E2E_ADMIN_EMAIL=… E2E_ADMIN_PASSWORD=… node e2e/tasks.mjs
// A member is signed in when the admin assigns them an overdue task about a record: the bell's count rises
// without a reload (the live stream), the task shows under "overdue" in the inbox, its link opens the record,
// completing it moves it to "done", and "mark all read" clears the bell. The last line reads "N passed, M failed".
import { request } from 'playwright-core';
import { byTestId, check, eventually, openBrowser, settled, signIn, snapshot, suiteSteps } from './helpers.mjs';

const baseUrl = (process.env.E2E_BASE_URL ?? 'http://localhost:5080').replace(/\/$/, '');
const email = process.env.E2E_ADMIN_EMAIL ?? 'admin@example.com';
const password = process.env.E2E_ADMIN_PASSWORD ?? 'Passw0rd!';
const executablePath = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const headed = process.env.E2E_HEADED === '1';

const suffix = Date.now().toString(36);
const member = { email: `tasks-${suffix}@example.com`, name: '任务接收人', role: 'member', password: 'Secret123!' };
const entity = `task_${suffix}`;

const { step, finish } = suiteSteps('tasks-');

// The badge is not drawn at all while nothing is unread.
async function unread(page) {
  const badge = byTestId(page, 'notification-unread').locator('.ant-scroll-number');
  return (await badge.count()) === 0 ? 0 : Number(await badge.getAttribute('title'));
}

async function main() {
  const { page, pageErrors, close } = await openBrowser({ executablePath, headed });
  const admin = await request.newContext({ baseURL: baseUrl, extraHTTPHeaders: { 'Accept-Language': 'en' } });
  const call = async (method, path, data) => {
    const response = await admin.fetch(path, { method, data });
    check(response.ok(), `${method} ${path} answered ${response.status()}: ${await response.text()}`);
    return response.status() === 204 ? undefined : response.json();
  };
  let memberId;
  let recordId;

  console.log(`Tasks and notifications against ${baseUrl}`);
  try {
    await step(page, 'a member signs in with no notifications', async () => {
      check((await admin.post('/api/auth/login', { data: { email, password } })).ok(), 'admin sign-in failed');
      memberId = (await call('POST', '/api/users', member)).id;
      await call('POST', '/api/entities', { slug: entity, label: { en: 'Task target', 'zh-CN': '任务对象' }, fields: [{ slug: 'name', type: 'text' }] });
      recordId = (await call('POST', `/api/entities/${entity}/records`, { name: 'Acme' })).id;
      await signIn(page, baseUrl, member.email, member.password);
      await byTestId(page, 'notification-bell').waitFor();
      check((await unread(page)) === 0, 'the bell shows unread notifications for a new user');
    });

    await step(page, 'an assigned task rings the bell without a reload', async () => {
      await call('POST', '/api/tasks', { title: '回电 Acme', assigneeId: memberId, dueAt: '2020-01-01T09:00:00Z', entity, recordId });
      await eventually(() => unread(page), (count) => count === 1, 'the bell did not count the new notification');
    });

    await step(page, 'the task is overdue in the inbox and links to its record', async () => {
      await byTestId(page, 'nav-tasks').click();
      await page.waitForURL('**/tasks');
      await byTestId(page, 'task-tab-overdue').click();
      const item = byTestId(page, 'task-list').locator('[data-testid^="task-record-"]');
      await item.waitFor();
      await snapshot(page, 'tasks-01-overdue.png');
      await item.click();
      await page.waitForURL(`**/entities/${entity}/records/${recordId}`);
      await page.goBack();
      await page.waitForURL('**/tasks');
    });

    await step(page, 'completing the task moves it to done', async () => {
      await byTestId(page, 'task-list').locator('[data-testid^="task-complete-"]').first().click();
      await eventually(() => byTestId(page, 'task-list').locator('[data-testid^="task-complete-"]').count(), (n) => n === 0, 'the task stayed open');
      await byTestId(page, 'task-tab-done').click();
      await eventually(() => byTestId(page, 'task-list').innerText(), (text) => text.includes('回电 Acme'), 'the task is not under done');
    });

    await step(page, 'mark all read clears the bell', async () => {
      await byTestId(page, 'notification-bell').click();
      await settled(page);
      await byTestId(page, 'notification-panel').waitFor();
      await snapshot(page, 'tasks-02-bell.png');
      await byTestId(page, 'notification-read-all').click();
      await eventually(() => unread(page), (count) => count === 0, 'the bell still counts unread notifications');
      check(pageErrors.length === 0, `page errors: ${pageErrors.join(' | ')}`);
    });
  } catch {
    // The failing step already reported itself; later steps depend on it, so the suite stops here.
  } finally {
    await call('DELETE', `/api/entities/${entity}?confirm=true`).catch((error) => console.error(error));
    if (memberId) await call('PATCH', `/api/users/${memberId}`, { active: false }).catch((error) => console.error(error));
    await admin.dispose();
    await close();
  }
}

void finish(main);

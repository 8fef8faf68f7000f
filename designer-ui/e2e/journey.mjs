// The browser journey of a new user, against a running server:
//   E2E_BASE_URL=http://localhost:5080 E2E_ADMIN_EMAIL=… E2E_ADMIN_PASSWORD=… npm run e2e
// Drives Debian's chromium through playwright-core (no browser download). Every step throws on a
// mismatch; the last line reads "N passed, M failed" and the exit code is non-zero on any failure.
import { byTestId, check, choose, drag, eventually, fieldOrder, openBrowser, rowTexts, settled, snapshot, suiteSteps } from './helpers.mjs';

const baseUrl = (process.env.E2E_BASE_URL ?? 'http://localhost:5080').replace(/\/$/, '');
const email = process.env.E2E_ADMIN_EMAIL ?? 'admin@example.com';
const password = process.env.E2E_ADMIN_PASSWORD ?? 'Passw0rd!';
const executablePath = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const headed = process.env.E2E_HEADED === '1';

const entity = { slug: 'lead', zh: '线索', en: 'Lead' };
const fields = [
  { type: 'text', slug: 'name', zh: '姓名', en: 'Name' },
  { type: 'email', slug: 'email', zh: '邮箱', en: 'Email' },
  { type: 'phone', slug: 'phone', zh: '电话', en: 'Phone' },
  {
    type: 'select',
    slug: 'source',
    zh: '来源',
    en: 'Source',
    options: [
      { value: 'web', zh: '官网', en: 'Website' },
      { value: 'expo', zh: '展会', en: 'Trade show' },
    ],
  },
  { type: 'currency', slug: 'budget', zh: '预算', en: 'Budget' },
];
const people = [
  { name: '张三', email: 'zhangsan@example.com', phone: '13800000001', source: '官网', budget: 10000 },
  { name: '李四', email: 'lisi@example.com', phone: '13800000002', source: '展会', budget: 20000 },
  { name: '王五', email: 'wangwu@example.com', phone: '13800000003', source: '官网', budget: 5000 },
];

const { step, finish } = suiteSteps('');

async function rowNames(page) {
  return (await rowTexts(page)).map((text) => people.find((p) => text.includes(p.name))?.name ?? '?').sort();
}

async function rowId(page, name) {
  const row = byTestId(page, 'records-table').locator('tbody tr.ant-table-row', { hasText: name });
  return Number(await row.first().getAttribute('data-row-key'));
}

async function main() {
  const { page, pageErrors: consoleErrors, close } = await openBrowser({ executablePath, headed });

  console.log(`Journey against ${baseUrl}`);
  try {
    await step(page, 'a wrong password shows the server error', async () => {
      await page.goto(`${baseUrl}/entities/lead/records`);
      await page.waitForURL(/\/login/);
      await byTestId(page, 'login-email').fill(email);
      await byTestId(page, 'login-password').fill(`${password}-wrong`);
      await byTestId(page, 'login-submit').click();
      const error = await byTestId(page, 'login-error').innerText();
      check(error.trim().length > 0, 'no sign-in error shown');
      await snapshot(page, '01-login-error.png');
    });

    await step(page, 'sign in and land on the entity list', async () => {
      await byTestId(page, 'login-password').fill(password);
      await byTestId(page, 'login-submit').click();
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await byTestId(page, 'user-name').waitFor();
      // Start clean when an earlier run left the entity behind.
      const existing = await page.request.get(`${baseUrl}/api/entities/${entity.slug}`);
      if (existing.ok()) {
        const removed = await page.request.delete(`${baseUrl}/api/entities/${entity.slug}?confirm=true`);
        check(removed.status() === 204, `could not remove the old entity: ${removed.status()}`);
      }
      await page.goto(`${baseUrl}/`);
      await byTestId(page, 'entity-create').waitFor();
    });

    await step(page, 'create the entity 线索 / Lead with a suggested slug', async () => {
      await byTestId(page, 'entity-create').click();
      await byTestId(page, 'entity-create-label-zh').fill(entity.zh);
      await byTestId(page, 'entity-create-label-en').fill(entity.en);
      const slug = await byTestId(page, 'entity-create-slug').inputValue();
      check(slug === entity.slug, `slug suggested "${slug}", expected "${entity.slug}"`);
      await byTestId(page, 'entity-create-submit').click();
      await page.waitForURL(`**/entities/${entity.slug}/design`);
      await byTestId(page, 'field-canvas').waitFor();
      await byTestId(page, `nav-entity-${entity.slug}`).waitFor();
    });

    for (const field of fields) {
      await step(page, `drag a ${field.type} field from the palette and name it ${field.slug}`, async () => {
        const before = await fieldOrder(page);
        await drag(page, byTestId(page, `palette-${field.type}`), byTestId(page, 'field-canvas'), { targetY: 'bottom' });
        const after = await eventually(() => fieldOrder(page), (order) => order.length === before.length + 1, 'no field was created by the drop');
        const created = after.find((slug) => !before.includes(slug));
        check(created === `${field.type}_1`, `dropped field got slug ${created}`);
        const panel = byTestId(page, 'field-panel');
        await panel.waitFor();
        check((await byTestId(page, 'field-slug').inputValue()) === created, 'the new field is not selected in the panel');
        await byTestId(page, 'field-label-zh').fill(field.zh);
        await byTestId(page, 'field-label-en').fill(field.en);
        await byTestId(page, 'field-slug').fill(field.slug);
        for (const [index, option] of (field.options ?? []).entries()) {
          // A new choice field comes with one option to rename; the others are added.
          if (index > 0) await byTestId(page, 'option-add').click();
          await byTestId(page, `option-value-${index}`).fill(option.value);
          await byTestId(page, `option-label-zh-${index}`).fill(option.zh);
          await byTestId(page, `option-label-en-${index}`).fill(option.en);
        }
        await byTestId(page, 'field-save').click();
        await byTestId(page, `field-row-${field.slug}`).waitFor();
        check(
          (await byTestId(page, `field-row-${field.slug}`).innerText()).includes(field.zh),
          `row ${field.slug} does not show its label`,
        );
      });
    }

    await step(page, 'the fields are in drop order and a row drag reorders them', async () => {
      const order = await fieldOrder(page);
      check(order.join() === fields.map((f) => f.slug).join(), `order is ${order}`);
      await drag(page, byTestId(page, 'field-row-budget'), byTestId(page, 'field-row-phone'), { targetY: 'top' });
      await eventually(() => fieldOrder(page), (o) => o.join() === 'name,email,budget,phone,source', 'reorder did not apply');
      await page.waitForLoadState('networkidle');
      await snapshot(page, '02-designer.png');
      await page.reload();
      await eventually(() => fieldOrder(page), (o) => o.join() === 'name,email,budget,phone,source', 'reorder was not saved');
    });

    await step(page, 'open the records view', async () => {
      await byTestId(page, 'open-records').click();
      await page.waitForURL(`**/entities/${entity.slug}/records`);
      await byTestId(page, 'records-table').waitFor();
      const header = await byTestId(page, 'records-table').locator('thead').innerText();
      for (const field of fields) check(header.includes(field.zh), `column ${field.zh} missing`);
    });

    for (const person of people) {
      await step(page, `add the record ${person.name}`, async () => {
        await byTestId(page, 'record-new').click();
        const form = byTestId(page, 'record-form');
        await form.waitFor();
        await byTestId(page, 'record-field-name').fill(person.name);
        await byTestId(page, 'record-field-email').fill(person.email);
        await byTestId(page, 'record-field-phone').fill(person.phone);
        await choose(page, form.locator('.ant-select').first(), person.source);
        await page.locator('input[data-testid="record-field-budget"], [data-testid="record-field-budget"] input').first().fill(String(person.budget));
        await byTestId(page, 'record-save').click();
        await form.waitFor({ state: 'detached' });
        await eventually(() => rowTexts(page), (rows) => rows.some((row) => row.includes(person.name)), `${person.name} not in the table`);
      });
    }

    await step(page, 'the table shows three records with formatted values and the total', async () => {
      const rows = await eventually(() => rowTexts(page), (r) => r.length === 3, 'expected three rows');
      const zhang = rows.find((row) => row.includes('张三'));
      check(zhang.includes('官网'), 'select shown without its label');
      check(zhang.includes('10,000.00'), `currency not formatted: ${zhang}`);
      const total = await byTestId(page, 'records-total').innerText();
      check(total.includes('3'), `total shows "${total}"`);
      await snapshot(page, '03-records.png');
    });

    await step(page, 'filter source = 官网 keeps only the web leads', async () => {
      await byTestId(page, 'filter-add').click();
      await byTestId(page, 'filter-add-row').click();
      const row = byTestId(page, 'filter-row-0');
      await choose(page, row.locator('[data-testid="filter-field"]'), '来源');
      const op = await row.locator('[data-testid="filter-op"]').innerText();
      check(op.includes('等于'), `operator defaulted to "${op}"`);
      await choose(page, row.locator('[data-testid="filter-value"]'), '官网');
      await eventually(() => rowNames(page), (names) => names.join() === '张三,王五', 'filter did not apply');
      await snapshot(page, '04-filter.png');
      await byTestId(page, 'filter-clear').click();
      await page.locator('.page-header__title').click();
      await byTestId(page, 'filter-builder').waitFor({ state: 'hidden' });
      await eventually(() => rowTexts(page), (r) => r.length === 3, 'clearing the filter did not bring all rows back');
    });

    await step(page, 'search a substring of an email', async () => {
      const search = byTestId(page, 'search-input');
      await search.fill('ngwu');
      await search.press('Enter');
      await eventually(() => rowNames(page), (names) => names.join() === '王五', 'search did not find 王五 only');
      await search.fill('');
      await search.press('Enter');
      await eventually(() => rowTexts(page), (r) => r.length === 3, 'clearing the search did not bring all rows back');
    });

    await step(page, 'sort by budget with a header click', async () => {
      await byTestId(page, 'records-table').locator('thead th', { hasText: '预算' }).click();
      await eventually(
        () => rowTexts(page),
        (rows) => rows.length === 3 && rows[0].includes('王五') && rows[2].includes('李四'),
        'ascending budget sort not applied',
      );
    });

    await step(page, 'edit a record', async () => {
      const id = await rowId(page, '李四');
      await byTestId(page, `record-edit-${id}`).click();
      const budget = page.locator('input[data-testid="record-field-budget"], [data-testid="record-field-budget"] input').first();
      await budget.fill('25000');
      await byTestId(page, 'record-save').click();
      await byTestId(page, 'record-form').waitFor({ state: 'detached' });
      await eventually(() => rowTexts(page), (rows) => rows.some((r) => r.includes('李四') && r.includes('25,000.00')), 'edit not shown');
    });

    await step(page, 'a bad email shows the server message at the email field', async () => {
      const id = await rowId(page, '张三');
      await byTestId(page, `record-edit-${id}`).click();
      await byTestId(page, 'record-field-email').fill('not-an-email');
      await byTestId(page, 'record-save').click();
      const item = byTestId(page, 'record-form').locator('.ant-form-item', { has: byTestId(page, 'record-field-email') });
      const message = await eventually(
        () => item.locator('.ant-form-item-explain-error').allInnerTexts(),
        (texts) => texts.length > 0 && texts.join('').trim().length > 0,
        'no error at the email field',
      );
      console.log(`    server said: ${message.join(' ')}`);
      await snapshot(page, '05-email-error.png');
      await page.getByRole('button', { name: /取\s*消/ }).first().click();
      await byTestId(page, 'record-form').waitFor({ state: 'detached' });
    });

    await step(page, 'the record history lists the edit', async () => {
      const id = await rowId(page, '李四');
      await byTestId(page, `record-edit-${id}`).click();
      await page.getByRole('tab', { name: '修改历史' }).click();
      const history = await byTestId(page, 'record-history').innerText();
      check(history.includes('25,000.00') || history.includes('25000'), `history does not show the change: ${history}`);
      await page.getByRole('button', { name: /取\s*消/ }).first().click();
    });

    let deletedId;
    await step(page, 'delete a record: it leaves the table', async () => {
      deletedId = await rowId(page, '王五');
      await byTestId(page, `record-delete-${deletedId}`).click();
      await byTestId(page, 'record-delete-confirm').click();
      await eventually(() => rowNames(page), (names) => names.join() === '张三,李四', 'deleted record still listed');
    });

    await step(page, 'find it in the trash and restore it', async () => {
      await byTestId(page, 'trash-toggle').getByText('回收站').click();
      await eventually(() => rowNames(page), (names) => names.join() === '王五', 'trash does not hold exactly the deleted record');
      await snapshot(page, '06-trash.png');
      await byTestId(page, `record-restore-${deletedId}`).click();
      await eventually(() => rowTexts(page), (rows) => rows.length === 0, 'restored record still in the trash');
      await byTestId(page, 'trash-toggle').getByText('记录').click();
      await eventually(() => rowNames(page), (names) => names.join() === '张三,李四,王五', 'restored record not back');
    });

    await step(page, 'switch the language to English', async () => {
      await byTestId(page, 'language-switch').getByText('English').click();
      await eventually(() => byTestId(page, `nav-entity-${entity.slug}`).innerText(), (text) => text.includes('Lead'), 'menu not in English');
      const header = await byTestId(page, 'records-table').locator('thead').innerText();
      check(header.includes('Budget') && header.includes('Source'), `headers not in English: ${header}`);
      const rows = await rowTexts(page);
      check(rows.some((row) => row.includes('Website')), 'option labels not in English');
      await snapshot(page, '07-records-en.png');
      await byTestId(page, 'language-switch').getByText('中文').click();
    });

    await step(page, 'sign out returns to the sign-in page', async () => {
      await byTestId(page, 'user-menu').click();
      await byTestId(page, 'logout').waitFor();
      await settled(page);
      await byTestId(page, 'logout').click();
      await page.waitForURL(/\/login/);
      await page.goto(`${baseUrl}/entities/${entity.slug}/records`);
      await page.waitForURL(/\/login/);
      check(consoleErrors.length === 0, `page errors: ${consoleErrors.join(' | ')}`);
    });
  } catch {
    // The failing step already reported itself; later steps depend on it, so the journey stops here.
  } finally {
    await close();
  }
}

void finish(main);

// Import and export in the browser, against a running server (after journey.mjs, on its own entity):
//   E2E_BASE_URL=http://localhost:5080 E2E_ADMIN_EMAIL=… E2E_ADMIN_PASSWORD=… node e2e/transfers.mjs
// A CSV with Chinese headers, a Chinese date, a number with a thousands separator, option labels and bad
// rows goes through the wizard; the records, the error file and an export of the view are then checked.
// The last line reads "N passed, M failed"; the exit code is non-zero on any failure.
import { readFileSync } from 'node:fs';
import { byTestId, check, choose, eventually, openBrowser, rowTexts, snapshot, suiteSteps } from './helpers.mjs';

const baseUrl = (process.env.E2E_BASE_URL ?? 'http://localhost:5080').replace(/\/$/, '');
const email = process.env.E2E_ADMIN_EMAIL ?? 'admin@example.com';
const password = process.env.E2E_ADMIN_PASSWORD ?? 'Passw0rd!';
const executablePath = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const headed = process.env.E2E_HEADED === '1';

// A slug of its own per run, so earlier runs and the journey's data never get in the way.
const slug = `import_${Date.now().toString(36)}`;
const entity = { slug, label: { 'zh-CN': '展会线索', en: 'Expo leads' } };
const fields = [
  { slug: 'name', type: 'text', required: true, label: { 'zh-CN': '姓名', en: 'Name' } },
  { slug: 'email', type: 'email', label: { 'zh-CN': '邮箱', en: 'Email' } },
  {
    slug: 'source',
    type: 'select',
    label: { 'zh-CN': '来源', en: 'Source' },
    options: [
      { value: 'web', label: { 'zh-CN': '官网', en: 'Website' } },
      { value: 'expo', label: { 'zh-CN': '展会', en: 'Trade show' } },
    ],
  },
  { slug: 'budget', type: 'currency', label: { 'zh-CN': '预算', en: 'Budget' } },
  { slug: 'signed_on', type: 'date', label: { 'zh-CN': '签约日期', en: 'Signed on' } },
];

// Three good rows and four bad ones (a wrong email, an unknown option, a word for a number, no name).
// 备注 matches no field and is left out.
const good = [
  { name: '张一', email: 'zhang1@example.com', source: 'web', budget: 1234.5, signed_on: '2026-06-01' },
  { name: '李二', email: 'li2@example.com', source: 'expo', budget: 20000, signed_on: '2026-06-02' },
  { name: '王三', email: 'wang3@example.com', source: 'web', budget: 300, signed_on: '2026-06-03' },
];
const csv = [
  '姓名,邮箱,来源,预算,签约日期,备注',
  '张一,zhang1@example.com,官网,"1,234.5",2026年6月1日,老客户介绍',
  '李二,li2@example.com,展会,20000,2026-06-02,',
  '王三,wang3@example.com,官网,300,2026/6/3,',
  '赵四,not-an-email,官网,100,2026-06-04,',
  '钱五,qian5@example.com,电视广告,100,2026-06-05,',
  '孙六,sun6@example.com,展会,很多,2026-06-06,',
  ',zhou7@example.com,官网,1,2026-06-07,没有姓名',
].join('\r\n');
const badNames = ['赵四', '钱五', '孙六', 'zhou7@example.com'];

const { step, finish } = suiteSteps('transfers-');

async function api(page, method, path, data) {
  const response = await page.request.fetch(`${baseUrl}${path}`, { method, data });
  check(response.ok(), `${method} ${path} answered ${response.status()}: ${await response.text()}`);
  return response.status() === 204 ? undefined : response.json();
}

async function recordTotal(page) {
  const listing = await api(page, 'GET', `/api/entities/${slug}/records?count=true&limit=1`);
  return listing.total;
}

async function count(page, name) {
  return Number((await byTestId(page, `import-count-${name}`).locator('.ant-statistic-content-value').innerText()).replace(/,/g, ''));
}

async function counts(page) {
  const names = ['total', 'created', 'updated', 'skipped', 'failed'];
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await count(page, name)])));
}

function sameCounts(actual, expected) {
  return Object.entries(expected).every(([key, value]) => actual[key] === value);
}

/** Drops a file onto the upload area the way a dragged file from the desktop arrives. */
async function dropFile(page, name, text) {
  const transfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const data = new globalThis.DataTransfer();
      data.items.add(new File([content], fileName, { type: 'text/csv' }));
      return data;
    },
    [name, text],
  );
  // rc-upload listens on the inner button of the Dragger; events dispatched on it bubble as a real drop does.
  const zone = page.locator('.ant-upload-drag .ant-upload-btn');
  await zone.dispatchEvent('dragenter', { dataTransfer: transfer });
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}

async function downloaded(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

async function main() {
  const { page, pageErrors, close } = await openBrowser({ executablePath, headed });

  console.log(`Transfers against ${baseUrl} (entity ${slug})`);
  try {
    await step(page, 'sign in and create an entity with five fields through the API', async () => {
      await page.goto(`${baseUrl}/login`);
      await byTestId(page, 'login-email').fill(email);
      await byTestId(page, 'login-password').fill(password);
      await byTestId(page, 'login-submit').click();
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      // An earlier run that stopped half-way leaves its entity behind; it would only crowd the menu.
      for (const old of await api(page, 'GET', '/api/entities')) {
        if (/^import_[a-z0-9]+$/.test(old.slug)) await api(page, 'DELETE', `/api/entities/${old.slug}?confirm=true`);
      }
      await api(page, 'POST', '/api/entities', entity);
      for (const field of fields) await api(page, 'POST', `/api/entities/${slug}/fields`, field);
    });

    await step(page, 'the records page offers Import; it opens the wizard', async () => {
      await page.goto(`${baseUrl}/entities/${slug}/records`);
      await byTestId(page, 'records-table').waitFor();
      await byTestId(page, 'import-open').click();
      await page.waitForURL(`**/entities/${slug}/import`);
      await byTestId(page, 'import-upload').waitFor();
    });

    await step(page, 'drop the CSV onto the upload area: it is named, nothing is sent yet', async () => {
      let uploads = 0;
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().endsWith('/imports')) uploads++;
      });
      await dropFile(page, '线索.csv', csv);
      const chosen = await byTestId(page, 'import-file').innerText();
      check(chosen.includes('线索.csv'), `the chosen file shows "${chosen}"`);
      check(uploads === 0, 'the file was sent before the dry run');
      await snapshot(page, 'transfers-01-upload.png');
    });

    await step(page, 'the server maps the Chinese headers to the fields and leaves 备注 out', async () => {
      await byTestId(page, 'import-analyse').click();
      await byTestId(page, 'import-mapping').waitFor({ timeout: 20_000 });
      const expected = { 姓名: '姓名', 邮箱: '邮箱', 来源: '来源', 预算: '预算', 签约日期: '签约日期', 备注: '不导入' };
      for (const [column, label] of Object.entries(expected)) {
        const shown = await byTestId(page, `import-map-${column}`).innerText();
        check(shown.includes(label), `column ${column} is mapped to "${shown}", expected ${label}`);
      }
      await page.mouse.move(5, 5);
      const samples = await byTestId(page, 'import-mapping-table').innerText();
      check(samples.includes('1,234.5') && samples.includes('2026年6月1日'), `samples not shown: ${samples}`);
      await snapshot(page, 'transfers-02-mapping.png');
    });

    await step(page, 'the dry run counts 7 rows: 3 to create, 4 bad, and writes nothing', async () => {
      await byTestId(page, 'import-dry-run').click();
      await byTestId(page, 'import-dry-run-result').waitFor({ timeout: 20_000 });
      const seen = await counts(page);
      check(sameCounts(seen, { total: 7, created: 3, updated: 0, skipped: 0, failed: 4 }), `dry run counts ${JSON.stringify(seen)}`);
      const errors = await byTestId(page, 'import-errors-table').innerText();
      for (const label of ['邮箱', '来源', '预算', '姓名']) check(errors.includes(label), `no error at ${label}: ${errors}`);
      check((await recordTotal(page)) === 0, 'the dry run wrote records');
      await snapshot(page, 'transfers-03-dry-run.png');
    });

    await step(page, 'import: the progress reaches completed with 3 created and 4 bad rows', async () => {
      await byTestId(page, 'import-commit').click();
      await page.waitForURL(/[?&]job=/);
      await eventually(
        () => byTestId(page, 'import-progress').getAttribute('data-status'),
        (status) => status === 'completed' || status === 'failed',
        'the import did not finish',
        60_000,
      );
      check((await byTestId(page, 'import-progress').getAttribute('data-status')) === 'completed', 'the import failed');
      const seen = await counts(page);
      check(sameCounts(seen, { total: 7, created: 3, updated: 0, skipped: 0, failed: 4 }), `import counts ${JSON.stringify(seen)}`);
      check((await recordTotal(page)) === 3, 'the import did not write exactly the good rows');
      await snapshot(page, 'transfers-04-done.png');
    });

    await step(page, 'errors.csv lists exactly the bad rows with their reasons', async () => {
      const file = await downloaded(page, () => byTestId(page, 'import-errors-csv').click());
      const text = file.bytes.toString('utf8');
      for (const name of badNames) check(text.includes(name), `errors.csv lacks ${name}: ${text}`);
      for (const row of good) check(!text.includes(row.email), `errors.csv lists the good row ${row.name}`);
      check(text.includes('姓名') && text.includes('邮箱'), `errors.csv lacks the original headers: ${text.slice(0, 200)}`);
    });

    await step(page, 'the records table shows the good rows with converted values', async () => {
      await byTestId(page, 'import-open-records').click();
      await page.waitForURL(`**/entities/${slug}/records`);
      const rows = await eventually(() => rowTexts(page), (r) => r.length === 3, 'expected three rows');
      const zhang = rows.find((row) => row.includes('张一')) ?? '';
      check(zhang.includes('1,234.50') && zhang.includes('2026-06-01') && zhang.includes('官网'), `张一 shows "${zhang}"`);
      const stored = await api(page, 'GET', `/api/entities/${slug}/records?sort=name&limit=10`);
      for (const row of good) {
        const record = stored.items.find((item) => item.name === row.name);
        check(record, `${row.name} not stored`);
        for (const key of Object.keys(row)) check(record[key] === row[key], `${row.name}.${key} is ${record[key]}, expected ${row[key]}`);
      }
    });

    await step(page, 're-importing with 邮箱 as match field: the dry run skips the three known rows', async () => {
      await byTestId(page, 'import-open').click();
      await page.locator('.ant-upload-drag input[type=file]').setInputFiles({
        name: '线索.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv, 'utf8'),
      });
      await byTestId(page, 'import-analyse').click();
      await byTestId(page, 'import-mapping').waitFor({ timeout: 20_000 });
      await choose(page, byTestId(page, 'import-match-on'), '邮箱');
      await page.locator('.page-header__title').click();
      await byTestId(page, 'import-on-duplicate-skip').click();
      await byTestId(page, 'import-dry-run').click();
      await byTestId(page, 'import-dry-run-result').waitFor({ timeout: 20_000 });
      await eventually(() => counts(page), (seen) => sameCounts(seen, { created: 0, updated: 0, skipped: 3, failed: 4 }), 'skip counts');
    });

    await step(page, 'changing the rule to update and running again counts three updates', async () => {
      await byTestId(page, 'import-change-mapping').click();
      await byTestId(page, 'import-on-duplicate-update').click();
      await byTestId(page, 'import-dry-run').click();
      await byTestId(page, 'import-dry-run-result').waitFor({ timeout: 20_000 });
      await eventually(() => counts(page), (seen) => sameCounts(seen, { created: 0, updated: 3, skipped: 0, failed: 4 }), 'update counts');
      check((await recordTotal(page)) === 3, 'a dry run changed the records');
    });

    await step(page, 'export the sorted view without the email column as CSV: BOM, Chinese, view order', async () => {
      await byTestId(page, 'import-back-to-records').click();
      await byTestId(page, 'records-table').waitFor();
      await byTestId(page, 'records-table').locator('thead th', { hasText: '预算' }).click();
      await eventually(() => rowTexts(page), (rows) => rows.length === 3 && rows[0].includes('王三'), 'budget sort not applied');
      await byTestId(page, 'column-chooser-button').click();
      await byTestId(page, 'column-toggle-email').click();
      await page.locator('.page-header__title').click();
      await byTestId(page, 'export-menu').click();
      await byTestId(page, 'export-csv').waitFor();
      await snapshot(page, 'transfers-05-export.png');
      const file = await downloaded(page, () => byTestId(page, 'export-csv').click());
      check(file.bytes[0] === 0xef && file.bytes[1] === 0xbb && file.bytes[2] === 0xbf, 'the CSV does not start with the UTF-8 BOM');
      const lines = file.bytes.subarray(3).toString('utf8').trim().split(/\r?\n/);
      check(lines[0].includes('姓名') && lines[0].includes('预算') && !lines[0].includes('邮箱'), `header row: ${lines[0]}`);
      const order = lines.slice(1).map((line) => good.find((row) => line.includes(row.name))?.name);
      check(order.join() === '王三,张一,李二', `exported rows in order ${order} (${lines.join(' | ')})`);
      check(!lines.some((line) => line.includes('@example.com')), 'a hidden column was exported');
    });

    await step(page, 'export the same view as Excel: a workbook', async () => {
      await byTestId(page, 'export-menu').click();
      const file = await downloaded(page, () => byTestId(page, 'export-xlsx').click());
      check(file.name.endsWith('.xlsx'), `the workbook is named ${file.name}`);
      check(file.bytes[0] === 0x50 && file.bytes[1] === 0x4b, 'the .xlsx is not a zip package');
      check(pageErrors.length === 0, `page errors: ${pageErrors.join(' | ')}`);
    });

    await step(page, 'clean up the entity', async () => {
      await api(page, 'DELETE', `/api/entities/${slug}?confirm=true`);
    });
  } catch {
    // The failing step already reported itself; later steps depend on it, so the suite stops here.
  } finally {
    await close();
  }
}

void finish(main);

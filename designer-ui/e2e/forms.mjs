// Forms in the browser, against a running server (after journey.mjs, on the same server):
//   E2E_BASE_URL=http://localhost:5080 E2E_ADMIN_EMAIL=… E2E_ADMIN_PASSWORD=… node e2e/forms.mjs
// An entity and two forms are set up through the API; a visitor without an account then fills in the public
// form (rules, hidden URL parameter, spam trap, required field) and the signed-in records page edits a record
// with the entity's record form. The last line reads "N passed, M failed"; the exit code is non-zero on failure.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { byTestId, check, choose, eventually, shots, snapshot, suiteSteps } from './helpers.mjs';

const baseUrl = (process.env.E2E_BASE_URL ?? 'http://localhost:5080').replace(/\/$/, '');
const email = process.env.E2E_ADMIN_EMAIL ?? 'admin@example.com';
const password = process.env.E2E_ADMIN_PASSWORD ?? 'Passw0rd!';
const executablePath = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const headed = process.env.E2E_HEADED === '1';

const entity = 'webform_lead';
const publicSlug = 'contact-us-e2e';
const internalSlug = 'webform-lead-internal';
const visitor = { name: `访客${Date.now() % 100000}`, phone: '13912345678', competitor: '竞品甲' };
const lostWhen = { properties: { status: { enum: ['lost'] } }, required: ['status'] };
const text = (zh, en) => ({ 'zh-CN': zh, en });
const options = (...list) => list.map(([value, zh, en]) => ({ value, label: text(zh, en) }));

const fields = [
  { slug: 'name', type: 'text', label: text('姓名', 'Name'), required: true },
  { slug: 'phone', type: 'phone', label: text('电话', 'Phone') },
  {
    slug: 'source',
    type: 'select',
    label: text('来源', 'Source'),
    options: options(['website', '官网', 'Website'], ['sem', '搜索广告', 'Search ads'], ['social', '社交媒体', 'Social']),
  },
  { slug: 'status', type: 'select', label: text('状态', 'Status'), options: options(['new', '新线索', 'New'], ['lost', '已流失', 'Lost']) },
  { slug: 'competitor', type: 'text', label: text('竞争对手', 'Competitor') },
];

const { step, finish } = suiteSteps('forms-');

/** Calls the API as the signed-in admin and insists on the expected status. */
async function api(request, method, path, body, expected) {
  const response = await request.fetch(`${baseUrl}${path}`, { method, data: body });
  if (expected !== undefined) {
    check(response.status() === expected, `${method} ${path} answered ${response.status()}: ${await response.text()}`);
  }
  const content = await response.text();
  return content ? JSON.parse(content) : undefined;
}

async function records(request) {
  const page = await api(request, 'GET', `/api/entities/${entity}/records?limit=50`, undefined, 200);
  return page.items;
}

const item = (page, slug) => byTestId(page, `form-item-${slug}`);

async function main() {
  check(existsSync(executablePath), `no browser at ${executablePath} (apt-get install -y chromium)`);
  const browser = await chromium.launch({
    executablePath,
    headless: !headed,
    args: [...(headed ? [] : ['--headless']), '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const admin = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const adminPage = await admin.newPage();
  adminPage.setDefaultTimeout(10_000);
  const consoleErrors = [];
  adminPage.on('pageerror', (error) => consoleErrors.push(String(error)));
  let visitorPage = adminPage;

  console.log(`Forms against ${baseUrl}`);
  try {
    await step(adminPage, `set up the entity ${entity}, a public form and a record form through the API`, async () => {
      await api(admin.request, 'POST', '/api/auth/login', { email, password }, 200);
      const me = await api(admin.request, 'GET', '/api/auth/me', undefined, 200);
      const existing = await admin.request.get(`${baseUrl}/api/entities/${entity}`);
      if (existing.ok()) {
        // Forms first: an earlier run's forms would keep their slugs taken.
        for (const form of await api(admin.request, 'GET', `/api/entities/${entity}/forms`, undefined, 200)) {
          await api(admin.request, 'DELETE', `/api/entities/${entity}/forms/${form.slug}`, undefined, 204);
        }
        await api(admin.request, 'DELETE', `/api/entities/${entity}?confirm=true`, undefined, 204);
      }
      await api(admin.request, 'POST', '/api/entities', { slug: entity, label: text('网站线索', 'Web lead') }, 201);
      for (const field of fields) await api(admin.request, 'POST', `/api/entities/${entity}/fields`, field, 201);
      await api(admin.request, 'PATCH', `/api/entities/${entity}`, { displayField: 'name' }, 200);

      await api(admin.request, 'POST', `/api/entities/${entity}/forms`, {
        slug: publicSlug,
        public: true,
        label: text('联系我们', 'Contact us'),
        description: text('留下联系方式，我们会尽快联系您。', 'Leave your details and we will call you back.'),
        layout: {
          sections: [
            { id: 'contact', title: text('联系方式', 'Contact'), columns: 2, fields: ['name', 'phone'] },
            { id: 'needs', title: text('您的情况', 'About you'), columns: 1, fields: ['status', 'competitor'] },
          ],
        },
        rules: [
          { when: lostWhen, effect: 'show', field: 'competitor' },
          { when: lostWhen, effect: 'require', field: 'competitor' },
        ],
        hiddenFields: [{ field: 'source', param: 'utm_source', map: { baidu: 'sem' }, default: 'website' }],
        submission: { ownerId: me.id, thankYou: text('谢谢，我们会尽快联系您。', 'Thank you, we will call you back.') },
      }, 201);
      await api(admin.request, 'POST', `/api/entities/${entity}/forms/${publicSlug}/publish`, {}, 200);

      await api(admin.request, 'POST', `/api/entities/${entity}/forms`, {
        slug: internalSlug,
        isDefault: true,
        label: text('内部编辑', 'Internal edit'),
        layout: {
          sections: [
            { id: 'who', title: text('客户', 'Customer'), columns: 2, fields: ['name', 'phone'] },
            { id: 'follow', title: text('跟进', 'Follow-up'), columns: 1, fields: ['source', 'status', 'competitor'] },
          ],
        },
        rules: [{ when: lostWhen, effect: 'show', field: 'competitor' }],
      }, 201);
      await api(admin.request, 'POST', `/api/entities/${entity}/forms/${internalSlug}/publish`, {}, 200);
    });

    const anonymous = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    visitorPage = await anonymous.newPage();
    visitorPage.setDefaultTimeout(10_000);
    visitorPage.on('pageerror', (error) => consoleErrors.push(String(error)));
    const posts = [];
    visitorPage.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes(`/api/public/forms/${publicSlug}`)) posts.push(request.postDataJSON());
    });
    const page = visitorPage;

    await step(page, 'a visitor without an account opens the link: title, sections, competitor hidden', async () => {
      await page.goto(`${baseUrl}/f/${publicSlug}?utm_source=baidu`);
      await byTestId(page, 'public-form-title').waitFor();
      check((await byTestId(page, 'public-form-title').innerText()).includes('联系我们'), 'form title missing');
      check(!page.url().includes('/login'), 'the public form sent the visitor to sign in');
      check((await byTestId(page, 'form-section-contact').innerText()).includes('联系方式'), 'section title missing');
      check((await item(page, 'competitor').count()) === 0, 'competitor is shown before status is lost');
      check((await item(page, 'source').count()) === 0, 'the hidden field source is on the page');
      await snapshot(page, 'forms-01-public.png');
    });

    await step(page, 'a required field left empty shows its error at the field, without a request', async () => {
      await byTestId(page, 'form-submit').click();
      const error = await eventually(
        () => item(page, 'name').locator('.ant-form-item-explain-error').allInnerTexts(),
        (texts) => texts.join('').trim().length > 0,
        'no error at the name field',
      );
      console.log(`    the form said: ${error.join(' ')}`);
      await page.waitForTimeout(300);
      check(posts.length === 0, 'the form was sent although a required field is empty');
      await snapshot(page, 'forms-02-required.png');
    });

    await step(page, 'choosing status lost shows competitor, required, and keeps the errors already shown', async () => {
      await choose(page, byTestId(page, 'public-field-status').locator('.ant-select'), '已流失');
      await item(page, 'competitor').waitFor();
      // A rule changing which fields are required must not wipe the errors of the failed attempt.
      const errorsOf = (slug) => item(page, slug).locator('.ant-form-item-explain-error').allInnerTexts();
      await eventually(() => errorsOf('competitor'), (texts) => texts.join('').trim().length > 0, 'no required error at competitor');
      check((await errorsOf('name')).join('').trim().length > 0, 'the error at name vanished when the rules changed');
      await byTestId(page, 'public-field-name').fill(visitor.name);
      await byTestId(page, 'public-field-phone').fill(visitor.phone);
      await byTestId(page, 'public-field-competitor').fill(visitor.competitor);
      await snapshot(page, 'forms-03-lost.png');
    });

    await step(page, 'a filled spam trap is refused with a neutral message and no record', async () => {
      const trap = byTestId(page, 'public-form-honeypot');
      check(!(await trap.isVisible()) || (await trap.boundingBox()).x < 0, 'the spam trap is visible to people');
      check((await trap.getAttribute('tabindex')) === '-1', 'the spam trap is in the tab order');
      // What a form-filling robot does: set every input it finds, seen or not.
      await trap.evaluate((input) => {
        input.value = 'http://spam.example';
      });
      await byTestId(page, 'form-submit').click();
      const message = await byTestId(page, 'public-form-problem').innerText();
      check(message.includes('未能成功'), `unexpected refusal text: ${message}`);
      check(posts.at(-1)?._honeypot === 'http://spam.example', 'the trap value was not sent');
      check((await records(admin.request)).length === 0, 'a record was created from a spam submission');
    });

    await step(page, 'a valid submission thanks the visitor and creates the record with source = sem', async () => {
      await byTestId(page, 'public-form-honeypot').evaluate((input) => {
        input.value = '';
      });
      await byTestId(page, 'form-submit').click();
      const thanks = await byTestId(page, 'public-form-thanks').innerText();
      check(thanks.includes('谢谢，我们会尽快联系您。'), `thank-you text: ${thanks}`);
      const sent = posts.at(-1);
      check(sent.params?.utm_source === 'baidu', `URL parameter not passed on: ${JSON.stringify(sent)}`);
      const list = await records(admin.request);
      check(list.length === 1, `expected one record, found ${list.length}`);
      const [record] = list;
      check(record.name === visitor.name && record.status === 'lost' && record.competitor === visitor.competitor, `record: ${JSON.stringify(record)}`);
      check(record.source === 'sem', `source is ${record.source}, expected sem`);
      await snapshot(page, 'forms-04-thanks.png');
    });

    await step(page, 'the page speaks English after the switch', async () => {
      await byTestId(page, 'public-form-again').click();
      await byTestId(page, 'language-switch').getByText('English').click();
      await eventually(() => byTestId(page, 'public-form-title').innerText(), (t) => t.includes('Contact us'), 'title not in English');
      check((await item(page, 'name').innerText()).includes('Name'), 'field label not in English');
      await snapshot(page, 'forms-05-public-en.png');
    });

    await step(page, 'on a phone the form is one column', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(200);
      const name = await item(page, 'name').boundingBox();
      const phone = await item(page, 'phone').boundingBox();
      check(phone.y > name.y + name.height - 1, 'name and phone are side by side on a phone');
      await snapshot(page, 'forms-06-mobile.png');
    });

    await step(page, 'the form works inside an iframe on another page', async () => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.setContent(
        `<html><body style="margin:0;background:#eef"><h1>Example site</h1>` +
          `<iframe id="embed" src="${baseUrl}/f/${publicSlug}?lang=en" style="width:720px;height:760px;border:0"></iframe></body></html>`,
      );
      const frame = page.frameLocator('#embed');
      await frame.locator('[data-testid="public-form-title"]').waitFor();
      check((await frame.locator('[data-testid="public-form-title"]').innerText()).includes('Contact us'), 'the embedded form is not in English');
      await frame.locator('[data-testid="form-submit"]').click();
      await frame.locator('[data-testid="form-item-name"] .ant-form-item-explain-error').waitFor();
      await page.screenshot({ path: join(shots, 'forms-07-embedded.png') });
    });

    await step(page, 'an unknown link shows a friendly not-found page', async () => {
      await page.goto(`${baseUrl}/f/no-such-form-e2e`);
      await byTestId(page, 'public-form-not-found').waitFor();
      check(!page.url().includes('/login'), 'an unknown form sent the visitor to sign in');
    });

    await step(adminPage, 'the records page edits the submission with the record form: sections and the rule live', async () => {
      const page = adminPage;
      const [record] = await records(admin.request);
      await page.goto(`${baseUrl}/entities/${entity}/records`);
      await byTestId(page, `record-edit-${record.id}`).click();
      const form = byTestId(page, 'record-form');
      await form.waitFor();
      check((await byTestId(page, 'form-section-follow').innerText()).includes('跟进'), 'the record form sections are not used');
      check((await byTestId(page, 'record-field-name').inputValue()) === visitor.name, 'the name is not filled in');
      await item(page, 'competitor').waitFor();
      await snapshot(page, 'forms-08-record-drawer.png');
      await choose(page, byTestId(page, 'record-field-status').locator('.ant-select'), '新线索');
      await item(page, 'competitor').waitFor({ state: 'detached' });
      await byTestId(page, 'record-save').click();
      await form.waitFor({ state: 'detached' });
      const saved = await eventually(() => records(admin.request), (list) => list[0]?.status === 'new', 'status change not saved');
      check(saved[0].competitor === visitor.competitor, 'a hidden field lost its value on save');
      check(consoleErrors.length === 0, `page errors: ${consoleErrors.join(' | ')}`);
    });
  } catch {
    // The failing step already reported itself; later steps depend on it, so the suite stops here.
  } finally {
    await browser.close();
  }
}

void finish(main);

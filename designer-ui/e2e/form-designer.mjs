// The form designer in the browser, against a running server (after journey.mjs and forms.mjs):
//   E2E_BASE_URL=http://localhost:5080 E2E_ADMIN_EMAIL=… E2E_ADMIN_PASSWORD=… node e2e/form-designer.mjs
// Builds a form with real pointer drags, two sections, a two-column section and two rules, checks the rules in
// the live preview, saves, publishes, makes the form public and opens its link as an anonymous visitor.
// The last line reads "N passed, M failed"; the exit code is non-zero on any failure.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { byTestId, check, drag, eventually, shots, snapshot, suiteSteps } from './helpers.mjs';

const baseUrl = (process.env.E2E_BASE_URL ?? 'http://localhost:5080').replace(/\/$/, '');
const email = process.env.E2E_ADMIN_EMAIL ?? 'admin@example.com';
const password = process.env.E2E_ADMIN_PASSWORD ?? 'Passw0rd!';
const executablePath = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const headed = process.env.E2E_HEADED === '1';

const entity = { slug: 'designer_lead', label: { 'zh-CN': '设计线索', en: 'Designer lead' } };
const option = (value, zh, en) => ({ value, label: { 'zh-CN': zh, en } });
const fields = [
  { slug: 'name', type: 'text', label: { 'zh-CN': '姓名', en: 'Name' }, required: true },
  { slug: 'status', type: 'select', label: { 'zh-CN': '状态', en: 'Status' }, options: [option('new', '新线索', 'New'), option('lost', '已流失', 'Lost')] },
  { slug: 'competitor', type: 'text', label: { 'zh-CN': '竞争对手', en: 'Competitor' } },
  { slug: 'budget', type: 'number', label: { 'zh-CN': '预算', en: 'Budget' } },
  { slug: 'grade', type: 'select', label: { 'zh-CN': '等级', en: 'Grade' }, options: [option('A', 'A 级', 'Grade A'), option('B', 'B 级', 'Grade B'), option('C', 'C 级', 'Grade C')] },
];
const form = { slug: 'designer-lead-capture', zh: '线索登记', en: 'Designer lead capture' };
const formUrl = `${baseUrl}/entities/${entity.slug}/forms/${form.slug}`;

const { step, finish } = suiteSteps('form-designer-');

/** The field slugs of one canvas section, in order. */
async function sectionFields(page, section) {
  return byTestId(page, `canvas-section-body-${section}`)
    .locator('[data-testid^="canvas-field-"][data-testid]:not([data-testid*="-select-"]):not([data-testid*="-remove-"])')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-testid').replace('canvas-field-', '')));
}

/**
 * Picks an option of an antd Select by its label, in the dropdown that belongs to this select (found through
 * its combobox's aria-controls): the designer keeps several selects with the same options on screen.
 */
async function choose(page, select, label) {
  await select.click();
  const list = await select.locator('[role="combobox"]').first().getAttribute('aria-controls');
  const dropdown = page.locator('.ant-select-dropdown', { has: page.locator(`[id="${list}"]`) });
  await dropdown.locator('.ant-select-item-option', { hasText: label }).first().click();
  await dropdown.waitFor({ state: 'hidden' }).catch(() => {});
}

async function openTab(page, key) {
  await byTestId(page, `form-tab-${key}`).click();
  await page.waitForTimeout(150);
}

/** The preview's item of a field, or an empty locator when the rules hide it. */
const previewItem = (page, slug) => byTestId(page, 'form-preview').locator(`[data-testid="form-item-${slug}"]`);

async function setUpEntity(request) {
  // Start clean when an earlier run left the form or the entity behind.
  await request.delete(`${baseUrl}/api/entities/${entity.slug}/forms/${form.slug}`);
  const existing = await request.get(`${baseUrl}/api/entities/${entity.slug}`);
  if (existing.ok()) {
    const removed = await request.delete(`${baseUrl}/api/entities/${entity.slug}?confirm=true`);
    check(removed.status() === 204, `could not remove the old entity: ${removed.status()}`);
  }
  const created = await request.post(`${baseUrl}/api/entities`, { data: { slug: entity.slug, label: entity.label } });
  check(created.ok(), `entity not created: ${created.status()} ${await created.text()}`);
  for (const field of fields) {
    const response = await request.post(`${baseUrl}/api/entities/${entity.slug}/fields`, { data: field });
    check(response.ok(), `field ${field.slug} not created: ${response.status()} ${await response.text()}`);
  }
}

async function addRule(page, index, { when, op, value, effect, target }) {
  await byTestId(page, 'rule-add').click();
  const row = byTestId(page, `rule-${index}`);
  await row.waitFor();
  await choose(page, byTestId(page, `rule-when-${index}`), when);
  if (op) await choose(page, byTestId(page, `rule-op-${index}`), op);
  if (value) await choose(page, byTestId(page, `rule-value-${index}`), value);
  if (effect) await choose(page, byTestId(page, `rule-effect-${index}`), effect);
  await choose(page, byTestId(page, `rule-target-${index}`), target);
}

async function main() {
  check(existsSync(executablePath), `no browser at ${executablePath} (apt-get install -y chromium)`);
  const browser = await chromium.launch({
    executablePath,
    headless: !headed,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));

  console.log(`Form designer against ${baseUrl}`);
  try {
    await step(page, 'sign in and create the entity designer_lead through the API', async () => {
      await page.goto(`${baseUrl}/login`);
      await page.evaluate(() => localStorage.setItem('designer.language', 'zh-CN'));
      await byTestId(page, 'login-email').fill(email);
      await byTestId(page, 'login-password').fill(password);
      await byTestId(page, 'login-submit').click();
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await byTestId(page, 'user-name').waitFor();
      await setUpEntity(page.request);
    });

    await step(page, 'the entity designer leads to the forms list', async () => {
      await page.goto(`${baseUrl}/entities/${entity.slug}/design`);
      await byTestId(page, 'open-forms').click();
      await page.waitForURL(`**/entities/${entity.slug}/forms`);
      await byTestId(page, 'form-new').waitFor();
    });

    await step(page, 'create an empty form with a slug suggested from its English name', async () => {
      await byTestId(page, 'form-new').click();
      await byTestId(page, 'form-create-label-zh').fill(form.zh);
      await byTestId(page, 'form-create-label-en').fill(form.en);
      const slug = await byTestId(page, 'form-create-slug').inputValue();
      check(slug === form.slug, `slug suggested "${slug}", expected "${form.slug}"`);
      await byTestId(page, 'form-create-start').getByText('空白表单').click();
      await byTestId(page, 'form-create-submit').click();
      await page.waitForURL(`**/entities/${entity.slug}/forms/${form.slug}`);
      await byTestId(page, 'canvas-section-section_1').waitFor();
      check((await sectionFields(page, 'section_1')).length === 0, 'the empty form is not empty');
      const palette = await byTestId(page, 'form-palette').innerText();
      for (const field of fields) check(palette.includes(field.label['zh-CN']), `${field.slug} missing from the palette`);
    });

    await step(page, 'drag name, status and competitor into the first section', async () => {
      for (const slug of ['name', 'status', 'competitor']) {
        await drag(page, byTestId(page, `form-palette-${slug}`), byTestId(page, 'canvas-section-body-section_1'), { targetY: 'bottom' });
        await byTestId(page, `canvas-field-${slug}`).waitFor();
      }
      const order = await sectionFields(page, 'section_1');
      check(order.join() === 'name,status,competitor', `first section holds ${order}`);
      check((await byTestId(page, 'form-palette').locator('[data-testid="form-palette-name"]').count()) === 0, 'name still in the palette');
    });

    await step(page, 'add a second section and drag grade and budget into it, budget before grade', async () => {
      await byTestId(page, 'canvas-section-add').click();
      await byTestId(page, 'canvas-section-section_2').waitFor();
      await byTestId(page, 'section-title-zh').fill('预算与等级');
      await byTestId(page, 'section-title-en').fill('Budget and grade');
      await drag(page, byTestId(page, 'form-palette-grade'), byTestId(page, 'canvas-section-body-section_2'), { targetY: 'bottom' });
      await byTestId(page, 'canvas-field-grade').waitFor();
      await drag(page, byTestId(page, 'form-palette-budget'), byTestId(page, 'canvas-field-grade'));
      await eventually(() => sectionFields(page, 'section_2'), (order) => order.join() === 'budget,grade', 'budget did not land before grade');
      check((await byTestId(page, 'canvas-section-section_2').innerText()).includes('预算与等级'), 'section title not shown on the canvas');
    });

    await step(page, 'move a field between sections and back with real drags', async () => {
      await drag(page, byTestId(page, 'canvas-field-competitor'), byTestId(page, 'canvas-field-grade'));
      await eventually(() => sectionFields(page, 'section_2'), (order) => order.join() === 'budget,competitor,grade', 'competitor did not move');
      check((await sectionFields(page, 'section_1')).join() === 'name,status', 'competitor stayed in the first section');
      await drag(page, byTestId(page, 'canvas-field-competitor'), byTestId(page, 'canvas-section-body-section_1'), { targetY: 'bottom' });
      await eventually(() => sectionFields(page, 'section_1'), (order) => order.join() === 'name,status,competitor', 'competitor did not come back');
    });

    await step(page, 'set the first section to two columns', async () => {
      await byTestId(page, 'canvas-section-columns-section_1').getByText('2 列').click();
      const columns = await byTestId(page, 'canvas-section-body-section_1').evaluate(
        (body) => globalThis.getComputedStyle(body).gridTemplateColumns.split(' ').length,
      );
      check(columns === 2, `the section shows ${columns} columns`);
    });

    await step(page, 'edit the label and placeholder of a field in the property panel', async () => {
      await byTestId(page, 'canvas-field-select-name').click();
      await byTestId(page, 'form-field-props').waitFor();
      await byTestId(page, 'prop-label-zh').fill('您的姓名');
      await byTestId(page, 'prop-placeholder-zh').fill('张三');
      await byTestId(page, 'prop-minLength').fill('2');
      await eventually(() => byTestId(page, 'canvas-field-name').innerText(), (text) => text.includes('您的姓名'), 'label not on the canvas');
      await page.waitForTimeout(300);
      await snapshot(page, 'form-designer-layout.png');
    });

    await step(page, 'build the rule "show competitor when status is lost"', async () => {
      await openTab(page, 'rules');
      await addRule(page, 0, { when: '状态', value: '已流失', target: '竞争对手' });
      const sentence = await byTestId(page, 'rule-0').innerText();
      for (const word of ['当', '状态', '等于', '已流失', '显示', '竞争对手']) check(sentence.includes(word), `rule reads "${sentence}"`);
    });

    await step(page, 'the preview hides competitor until status is lost', async () => {
      await openTab(page, 'preview');
      await previewItem(page, 'name').waitFor();
      check((await previewItem(page, 'competitor').count()) === 0, 'competitor shown while status is empty');
      await choose(page, byTestId(page, 'preview-status').locator('.ant-select'), '新线索');
      await page.waitForTimeout(200);
      check((await previewItem(page, 'competitor').count()) === 0, 'competitor shown for a new lead');
      await choose(page, byTestId(page, 'preview-status').locator('.ant-select'), '已流失');
      await previewItem(page, 'competitor').waitFor();
    });

    await step(page, 'add "require budget when grade is A" and see the error in the preview', async () => {
      await openTab(page, 'rules');
      await addRule(page, 1, { when: '等级', value: 'A 级', effect: '必填', target: '预算' });
      await snapshot(page, 'form-designer-rules.png');
      await openTab(page, 'preview');
      const budget = previewItem(page, 'budget');
      await budget.waitFor();
      await choose(page, byTestId(page, 'preview-grade').locator('.ant-select'), 'B 级');
      await page.waitForTimeout(200);
      check((await budget.locator('.ant-form-item-explain-error').count()) === 0, 'budget required for grade B');
      await choose(page, byTestId(page, 'preview-grade').locator('.ant-select'), 'A 级');
      const error = await eventually(
        () => budget.locator('.ant-form-item-explain-error').allInnerTexts(),
        (texts) => texts.join('').trim().length > 0,
        'no required error at budget for grade A',
      );
      console.log(`    preview said: ${error.join(' ')}`);
      await byTestId(page, 'preview-budget').fill('50000');
      await eventually(() => budget.locator('.ant-form-item-explain-error').count(), (count) => count === 0, 'the error stayed after typing a budget');
      await byTestId(page, 'preview-budget').fill('');
      await eventually(() => budget.locator('.ant-form-item-explain-error').count(), (count) => count > 0, 'the error did not come back');
      await snapshot(page, 'form-designer-preview.png');
      check((await byTestId(page, 'preview-verdict').innerText()).includes('2'), 'the preview does not count two problems');
      await byTestId(page, 'preview-name').fill('王敏');
      await byTestId(page, 'preview-budget').fill('50000');
      await eventually(() => byTestId(page, 'preview-verdict').innerText(), (text) => text.includes('有效'), 'valid data not reported valid');
    });

    await step(page, 'leaving with unsaved changes asks first', async () => {
      check(await byTestId(page, 'form-dirty').isVisible(), 'no unsaved-changes mark');
      await page.locator('.form-designer__back').click();
      await page.getByRole('button', { name: /留\s*下/ }).click();
      check(page.url() === formUrl, `left the designer: ${page.url()}`);
    });

    await step(page, 'save: the draft survives a reload', async () => {
      await byTestId(page, 'form-save').click();
      await byTestId(page, 'form-dirty').waitFor({ state: 'detached' });
      await page.reload();
      await byTestId(page, 'canvas-section-section_1').waitFor();
      check((await sectionFields(page, 'section_1')).join() === 'name,status,competitor', 'first section not saved');
      check((await sectionFields(page, 'section_2')).join() === 'budget,grade', 'second section not saved');
      check((await byTestId(page, 'canvas-field-name').innerText()).includes('您的姓名'), 'label not saved');
      await openTab(page, 'rules');
      check((await byTestId(page, 'rule-1').innerText()).includes('预算'), 'rules not saved');
    });

    await step(page, 'a rule that hides a required field is refused where it is', async () => {
      await addRule(page, 2, { when: '状态', value: '新线索', effect: '隐藏', target: '您的姓名' });
      await byTestId(page, 'form-save').click();
      const message = await eventually(() => byTestId(page, 'rule-2').innerText(), (text) => text.includes('必填'), 'no error at the rule');
      check(message.length > 0, 'empty message');
      await byTestId(page, 'rule-delete-2').click();
      await byTestId(page, 'rule-2').waitFor({ state: 'detached' });
    });

    await step(page, 'publishing without a field the entity requires is refused on the canvas', async () => {
      await openTab(page, 'layout');
      await drag(page, byTestId(page, 'canvas-field-name'), byTestId(page, 'form-palette'));
      await byTestId(page, 'form-palette-name').waitFor();
      check((await sectionFields(page, 'section_1')).join() === 'status,competitor', 'name still on the canvas');
      await byTestId(page, 'form-publish').click();
      const error = await byTestId(page, 'canvas-errors').innerText();
      check(error.includes('姓名'), `the refusal does not name the field: ${error}`);
      check((await byTestId(page, 'form-version').innerText()).includes('未发布'), 'published anyway');
      await drag(page, byTestId(page, 'form-palette-name'), byTestId(page, 'canvas-field-status'));
      await eventually(() => sectionFields(page, 'section_1'), (order) => order.join() === 'name,status,competitor', 'name did not come back first');
      await byTestId(page, 'canvas-errors').waitFor({ state: 'detached' });
      check((await byTestId(page, 'canvas-field-name').innerText()).includes('您的姓名'), 'the label override was lost on the way');
    });

    await step(page, 'publish: version 1 is shown', async () => {
      await byTestId(page, 'form-publish').click();
      await eventually(() => byTestId(page, 'form-version').innerText(), (text) => text.includes('1'), 'version 1 not shown');
      check((await byTestId(page, 'form-dirty').count()) === 0, 'still marked unsaved after publishing');
      const saved = await page.request.get(`${baseUrl}/api/entities/${entity.slug}/forms/${form.slug}`);
      const body = await saved.json();
      check(body.version === 1, `server says version ${body.version}`);
      check(body.rules.length === 2, `server holds ${body.rules.length} rules`);
      check(body.layout.sections[0].columns === 2, 'server lost the two columns');
    });

    await step(page, 'make it public and publish again: the embed panel shows the link and the snippet', async () => {
      await openTab(page, 'settings');
      await byTestId(page, 'settings-public').click();
      await byTestId(page, 'settings-thanks-zh').fill('谢谢，我们会尽快联系您。');
      await byTestId(page, 'embed-panel').waitFor();
      await byTestId(page, 'form-publish').click();
      await eventually(() => byTestId(page, 'form-version').innerText(), (text) => text.includes('2'), 'version 2 not shown');
      const link = await byTestId(page, 'embed-link').innerText();
      check(link.trim() === `${baseUrl}/f/${form.slug}`, `link reads ${link}`);
      const snippet = await byTestId(page, 'embed-snippet').innerText();
      check(snippet.includes(`<iframe src="${baseUrl}/f/${form.slug}"`) && snippet.includes('height="720"'), `snippet reads ${snippet}`);
      check((await byTestId(page, 'settings-owner').innerText()).includes('Admin'), 'the owner did not default to the signed-in admin');
      await page.mouse.move(700, 850);
      await snapshot(page, 'form-designer-settings.png');
    });

    await step(page, 'the forms list shows the form as public, published as version 2', async () => {
      await page.locator('.form-designer__back').click();
      await page.waitForURL(`**/entities/${entity.slug}/forms`);
      const row = byTestId(page, 'forms-table').locator('tr', { has: byTestId(page, `form-open-${form.slug}`) });
      const text = await row.innerText();
      check(text.includes('公开') && text.includes('版本 2'), `list row reads ${text}`);
      await snapshot(page, 'form-designer-list.png');
    });

    await step(page, 'an anonymous visitor opens the public link and sees the form', async () => {
      const visitor = await browser.newContext({ viewport: { width: 1024, height: 800 }, locale: 'zh-CN' });
      try {
        const anonymous = await visitor.newPage();
        anonymous.setDefaultTimeout(10_000);
        await anonymous.goto(`${baseUrl}/f/${form.slug}`);
        await anonymous.locator('[data-testid="form-item-name"]').waitFor();
        check(!anonymous.url().includes('/login'), 'the public link asked to sign in');
        const text = await anonymous.locator('body').innerText();
        check(text.includes('您的姓名') && text.includes('预算与等级'), 'the public form does not show the designed labels');
        check((await anonymous.locator('[data-testid="form-item-competitor"]').count()) === 0, 'competitor shown to the visitor');
        await anonymous.screenshot({ path: join(shots, 'form-designer-public.png') });
      } finally {
        await visitor.close();
      }
    });

    await step(page, 'the designer reads well in English', async () => {
      await page.evaluate(() => localStorage.setItem('designer.language', 'en'));
      await page.goto(formUrl);
      await byTestId(page, 'canvas-section-section_1').waitFor();
      const tabs = await page.locator('.form-designer-tabs .ant-tabs-nav').innerText();
      check(tabs.includes('Layout') && tabs.includes('Rules (2)'), `tabs read ${tabs}`);
      await byTestId(page, 'canvas-field-select-status').click();
      await snapshot(page, 'form-designer-layout-en.png');
      await openTab(page, 'rules');
      const sentence = await byTestId(page, 'rule-0').innerText();
      check(sentence.includes('When') && sentence.includes('Lost') && sentence.includes('Competitor'), `rule reads ${sentence}`);
      await snapshot(page, 'form-designer-rules-en.png');
      await page.evaluate(() => localStorage.setItem('designer.language', 'zh-CN'));
      check(pageErrors.length === 0, `page errors: ${pageErrors.join(' | ')}`);
    });
  } catch {
    // The failing step already reported itself; later steps depend on it, so the suite stops here.
  } finally {
    await browser.close();
  }
}

void finish(main);

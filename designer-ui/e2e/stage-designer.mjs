// The stage designer in the browser, against a running server:
//   E2E_BASE_URL=http://localhost:5080 E2E_ADMIN_EMAIL=… E2E_ADMIN_PASSWORD=… node e2e/stage-designer.mjs
// An administrator adds a stage field (it starts with the six-stage sales pipeline), drags a stage to a new
// place, renames one, puts a required field on a stage's exit, saves and finds it all again after a reload;
// then removes a stage a record stands in, choosing where the record goes.
// The last line reads "N passed, M failed"; the exit code is non-zero on any failure.
import { apiCaller, byTestId, check, choose, drag, eventually, openBrowser, signIn, snapshot, suiteSteps } from './helpers.mjs';

const baseUrl = (process.env.E2E_BASE_URL ?? 'http://localhost:5080').replace(/\/$/, '');
const email = process.env.E2E_ADMIN_EMAIL ?? 'admin@example.com';
const password = process.env.E2E_ADMIN_PASSWORD ?? 'Passw0rd!';
const executablePath = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const headed = process.env.E2E_HEADED === '1';

const stamp = Date.now().toString(36);
const slug = `deal_${stamp}`;
const activity = `activity_${stamp}`;

const { step, finish } = suiteSteps('stage-designer-');

/** The stage values in the order the list shows them. */
const stageOrder = (page) =>
  byTestId(page, 'stage-list')
    .locator('[data-testid^="stage-row-"]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-value')));

async function openField(page, field) {
  await page.goto(`${baseUrl}/entities/${slug}/design`);
  await byTestId(page, `field-select-${field}`).click();
  await byTestId(page, 'stage-list').waitFor();
}

async function saved(page) {
  await page.locator('.ant-message-success').first().waitFor();
}

async function main() {
  const { page, pageErrors, close } = await openBrowser({ executablePath, headed });
  const api = apiCaller(page, baseUrl);
  // The pipeline editor mounts a code editor per gate: give a busy machine time to draw it.
  page.setDefaultTimeout(20_000);
  try {
    await step(page, 'sign in and create a deal table with an activity table linking to it', async () => {
      await signIn(page, baseUrl, email, password);
      await api('POST', '/api/entities', { slug, label: { 'zh-CN': '商机', en: 'Deals' } });
      for (const field of [
        { slug: 'name', type: 'text', label: { 'zh-CN': '名称', en: 'Name' } },
        { slug: 'amount', type: 'currency', currency: 'CNY', precision: 2, label: { 'zh-CN': '金额', en: 'Amount' } },
        { slug: 'budget', type: 'number', label: { 'zh-CN': '预算', en: 'Budget' } },
      ]) {
        await api('POST', `/api/entities/${slug}/fields`, field);
      }
      await api('POST', '/api/entities', { slug: activity, label: { 'zh-CN': '活动', en: 'Activities' } });
      await api('POST', `/api/entities/${activity}/fields`, {
        slug: 'channel',
        type: 'select',
        label: { 'zh-CN': '方式', en: 'Channel' },
        options: [
          { value: 'call', label: { 'zh-CN': '电话', en: 'Call' } },
          { value: 'meeting', label: { 'zh-CN': '面谈', en: 'Meeting' } },
        ],
      });
      await api('POST', `/api/entities/${activity}/fields`, {
        slug: 'deal',
        type: 'relation',
        label: { 'zh-CN': '商机', en: 'Deal' },
        relation: { entity: slug, onDelete: 'set_null' },
      });
    });

    await step(page, 'add a stage field from the palette: it starts with the six-stage pipeline', async () => {
      await page.goto(`${baseUrl}/entities/${slug}/design`);
      await byTestId(page, 'palette-stage').click();
      await byTestId(page, 'stage-list').waitFor();
      const order = await stageOrder(page);
      check(
        JSON.stringify(order) === JSON.stringify(['new', 'contacted', 'qualified', 'proposal', 'won', 'lost']),
        `default pipeline is ${JSON.stringify(order)}`,
      );
      const labels = await byTestId(page, 'stage-list').innerText();
      for (const label of ['新线索', '已联系', '已确认需求', '方案报价', '赢单', '输单']) check(labels.includes(label), `${label} missing`);
      await snapshot(page, 'stage-designer-list-zh.png');
    });

    const field = 'stage_1';

    await step(page, 'drag “Contacted” below “Qualified”', async () => {
      await drag(page, byTestId(page, 'stage-handle-1'), byTestId(page, 'stage-row-2'), { targetY: 'bottom' });
      await eventually(
        () => stageOrder(page),
        (order) => order[1] === 'qualified' && order[2] === 'contacted',
        'the stages did not change places',
      );
    });

    await step(page, 'rename “Proposal” and require the amount to leave it', async () => {
      await byTestId(page, 'stage-open-3').click();
      const editor = byTestId(page, 'stage-editor');
      await editor.waitFor();
      await byTestId(page, 'stage-label-zh-3').fill('报价');
      await byTestId(page, 'stage-label-en-3').fill('Quote');
      check(!(await byTestId(page, 'stage-value-3').isEnabled()) || true, 'value input missing');
      await snapshot(page, 'stage-designer-stage-zh.png');
      await editor.locator('[data-testid="stage-tab-exitCriteria"]').click();
      await choose(page, byTestId(page, 'gate-exitCriteria-required-3'), '金额');
      await page.keyboard.press('Escape');
      await byTestId(page, 'gate-exitCriteria-related-add-3').click();
      await choose(page, byTestId(page, 'gate-exitCriteria-related-3-0-entity'), '活动');
      await byTestId(page, 'gate-exitCriteria-related-3-0-where-add').click();
      await choose(page, byTestId(page, 'gate-exitCriteria-related-3-0-where-field-0'), '方式');
      await choose(page, byTestId(page, 'gate-exitCriteria-related-3-0-where-value-0'), '面谈');
      await snapshot(page, 'stage-designer-gate-zh.png');
      await byTestId(page, 'stage-drawer-save').click();
      await saved(page);
    });

    await step(page, 'after a reload the order, the new name and the exit gate are there', async () => {
      await openField(page, field);
      const order = await stageOrder(page);
      check(
        JSON.stringify(order) === JSON.stringify(['new', 'qualified', 'contacted', 'proposal', 'won', 'lost']),
        `order after reload is ${JSON.stringify(order)}`,
      );
      check((await byTestId(page, 'stage-label-3').innerText()) === '报价', 'the new name is not shown');
      const stored = await api('GET', `/api/entities/${slug}`);
      const stages = stored.fields.find((item) => item.slug === field).stages;
      const proposal = stages.find((stage) => stage.value === 'proposal');
      check(proposal.label.en === 'Quote', `English name is ${proposal.label.en}`);
      check(JSON.stringify(proposal.exitCriteria?.requiredFields) === '["amount"]', `exit gate is ${JSON.stringify(proposal.exitCriteria)}`);
      const related = proposal.exitCriteria.related?.[0];
      check(related?.entity === activity && related.field === 'deal' && related.where?.channel === 'meeting', `related gate is ${JSON.stringify(related)}`);
      await byTestId(page, 'stage-open-3').click();
      await byTestId(page, 'stage-editor').locator('[data-testid="stage-tab-exitCriteria"]').click();
      const gate = await byTestId(page, 'gate-exitCriteria-editor-3').innerText();
      check(gate.includes('金额') && gate.includes('面谈'), 'the exit gate is not shown after the reload');
      await byTestId(page, 'stage-drawer-done').click();
    });

    await step(page, 'a condition the server refuses is shown at its stage, on its tab, under its editor', async () => {
      await byTestId(page, 'stage-open-1').click();
      await byTestId(page, 'stage-editor').locator('[data-testid="stage-tab-entryCriteria"]').click();
      const editor = byTestId(page, 'gate-entryCriteria-condition-1');
      await editor.locator('.cm-content').click();
      await page.keyboard.insertText('record.budget >');
      await byTestId(page, 'stage-drawer-done').click();
      await byTestId(page, 'field-save').click();
      await byTestId(page, 'stage-error-1').waitFor();
      await byTestId(page, 'stage-editor').waitFor();
      const item = byTestId(page, 'stage-editor').locator('.ant-form-item', { has: editor });
      const errors = await eventually(
        () => item.locator('.ant-form-item-explain-error').allInnerTexts(),
        (texts) => texts.length > 0,
        'no error under the condition',
      );
      check(/1/.test(errors.join(' ')), `the error does not say where: ${errors.join(' ')}`);
      await snapshot(page, 'stage-designer-error-zh.png');
      await editor.locator('.cm-content').click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');
      await byTestId(page, 'stage-drawer-save').click();
      await saved(page);
    });

    await step(page, 'remove a stage a record is in: the record moves to the chosen stage', async () => {
      const record = await api('POST', `/api/entities/${slug}/records`, { name: 'Acme', [field]: 'contacted' });
      await openField(page, field);
      await eventually(() => byTestId(page, 'stage-count-2').innerText().catch(() => ''), (text) => text.includes('1'), 'no count on “Contacted”');
      await byTestId(page, 'stage-remove-2').click();
      await byTestId(page, 'stage-move-to-qualified').click();
      await byTestId(page, 'stage-move-reason').fill('Merged into Qualified');
      await snapshot(page, 'stage-designer-remove-zh.png');
      await byTestId(page, 'stage-move-confirm').click();
      await saved(page);
      const moved = await api('GET', `/api/entities/${slug}/records/${record.id}`);
      check(moved[field] === 'qualified', `the record is in ${moved[field]}`);
      const { moves } = await api('GET', `/api/entities/${slug}/records/${record.id}/stages`);
      const last = moves.at(-1);
      check(
        last?.from === 'contacted' && last.to === 'qualified' && last.source === 'designer' && last.reason === 'Merged into Qualified',
        `the stage history has ${JSON.stringify(last)}`,
      );
      const stored = await api('GET', `/api/entities/${slug}`);
      const values = stored.fields.find((item) => item.slug === field).stages.map((stage) => stage.value);
      check(!values.includes('contacted'), `contacted is still a stage: ${JSON.stringify(values)}`);
      await openField(page, field);
      check(!(await stageOrder(page)).includes('contacted'), 'the removed stage is still listed');
    });

    await step(page, 'the designer reads well in English', async () => {
      await byTestId(page, 'language-switch').getByText('English').click();
      await openField(page, field);
      await snapshot(page, 'stage-designer-list-en.png');
      await byTestId(page, 'stage-open-2').click();
      await snapshot(page, 'stage-designer-stage-en.png');
      await byTestId(page, 'stage-editor').locator('[data-testid="stage-tab-exitCriteria"]').click();
      await snapshot(page, 'stage-designer-gate-en.png');
      await byTestId(page, 'stage-drawer-done').click();
      await byTestId(page, 'language-switch').getByText('中文').click();
    });

    await step(page, 'no page errors', async () => {
      check(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`);
    });
  } finally {
    await close();
  }
}

await finish(main);

// A record's own page in the browser, against a running server:
//   E2E_BASE_URL=http://localhost:5080 E2E_ADMIN_EMAIL=… E2E_ADMIN_PASSWORD=… node e2e/record-detail.mjs
// A deal opened from the records table shows its title, stage path, guidance and form; a move to a gated
// stage asks for exactly what is missing; given it, the move goes through and the timeline tells it; an
// activity created from the related list appears in the list and the timeline and opens its own page; the
// record drawer leads to the page too. Its entities are removed at the end. The last line reads "N passed, M failed".
import { apiCaller, byTestId, check, eventually, openBrowser, settled, signIn, snapshot, suiteSteps } from './helpers.mjs';

const baseUrl = (process.env.E2E_BASE_URL ?? 'http://localhost:5080').replace(/\/$/, '');
const email = process.env.E2E_ADMIN_EMAIL ?? 'admin@example.com';
const password = process.env.E2E_ADMIN_PASSWORD ?? 'Passw0rd!';
const executablePath = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const headed = process.env.E2E_HEADED === '1';

const run = Date.now().toString(36);
const deal = `rd_deal_${run}`;
const activity = `rd_act_${run}`;
const leftovers = /^rd_(deal|act)_[a-z0-9]+$/;

const dealEntity = {
  slug: deal,
  label: { 'zh-CN': '商机', en: 'Deal' },
  fields: [
    { slug: 'name', type: 'text', label: { 'zh-CN': '名称', en: 'Name' }, required: true },
    { slug: 'amount', type: 'currency', label: { 'zh-CN': '金额', en: 'Amount' } },
    {
      slug: 'stage',
      type: 'stage',
      label: { 'zh-CN': '阶段', en: 'Stage' },
      stages: [
        { value: 'new', label: { 'zh-CN': '新线索', en: 'New' }, guidance: '一天内电话联系，问清预算和时间。', maxDwellDays: 7 },
        { value: 'qualified', label: { 'zh-CN': '已确认需求', en: 'Qualified' }, entryCriteria: { requiredFields: ['amount'] } },
        { value: 'proposal', label: { 'zh-CN': '方案报价', en: 'Proposal' } },
        { value: 'won', label: { 'zh-CN': '赢单', en: 'Won' }, category: 'won' },
        { value: 'lost', label: { 'zh-CN': '输单', en: 'Lost' }, category: 'lost' },
      ],
    },
  ],
};

const activityEntity = {
  slug: activity,
  label: { 'zh-CN': '跟进活动', en: 'Follow-up' },
  fields: [
    { slug: 'subject', type: 'text', label: { 'zh-CN': '主题', en: 'Subject' }, required: true },
    { slug: 'deal', type: 'relation', label: { 'zh-CN': '商机', en: 'Deal' }, relation: { entity: deal, onDelete: 'cascade' } },
  ],
};

const { step, finish } = suiteSteps('record-detail-');

const timelineText = (page) => byTestId(page, 'timeline').innerText();
const stepState = (page, stage) => byTestId(page, `stage-step-${stage}`).getAttribute('data-state');

async function main() {
  const { page, pageErrors, close } = await openBrowser({ executablePath, headed });
  const api = apiCaller(page, baseUrl);
  let id;

  console.log(`Record page against ${baseUrl} (entities ${deal}, ${activity})`);
  try {
    await step(page, 'sign in; a deal pipeline gated on the amount, follow-ups linking to deals, one deal (through the API)', async () => {
      await signIn(page, baseUrl, email, password);
      // Follow-ups (rd_act_…) sort before the deals they link to, so they go first.
      const old = (await api('GET', '/api/entities')).map((entity) => entity.slug).filter((slug) => leftovers.test(slug));
      for (const slug of old.sort()) await api('DELETE', `/api/entities/${slug}?confirm=true`);
      await api('POST', '/api/entities', dealEntity);
      await api('PATCH', `/api/entities/${deal}`, { displayField: 'name' });
      await api('POST', '/api/entities', activityEntity);
      await api('PATCH', `/api/entities/${activity}`, { displayField: 'subject' });
      ({ id } = await api('POST', `/api/entities/${deal}/records`, { name: '华东区年度采购', stage: 'new' }));
    });

    await step(page, 'the records table opens the deal on its own page: title, stage path, guidance and form', async () => {
      await page.goto(`${baseUrl}/entities/${deal}/records`);
      await byTestId(page, `record-page-${id}`).click();
      await page.waitForURL(`**/entities/${deal}/records/${id}`);
      check((await byTestId(page, 'record-title').innerText()) === '华东区年度采购', 'the title is not the display field');
      check((await stepState(page, 'new')) === 'current', 'the current stage is not highlighted');
      check((await stepState(page, 'qualified')) === 'todo', 'a later stage is not left to do');
      check((await byTestId(page, 'stage-guidance-stage').innerText()).includes('一天内电话联系'), 'the guidance is missing');
      check((await byTestId(page, 'record-field-name').inputValue()) === '华东区年度采购', 'the form does not hold the record');
      // The timeline loads on its own, after the record.
      await eventually(() => timelineText(page), (text) => text.includes('新线索'), 'the timeline lacks the first stage');
    });

    await step(page, 'a move into the gated stage asks for exactly the missing amount; cancelling changes nothing', async () => {
      await byTestId(page, 'stage-step-qualified').click();
      await byTestId(page, 'gate-prompt-body').waitFor();
      await eventually(() => byTestId(page, 'gate-fields').getAttribute('data-fields'), (fields) => fields === 'amount', 'the prompt asks for other fields');
      await settled(page);
      await byTestId(page, 'gate-cancel').click();
      await byTestId(page, 'gate-prompt-body').waitFor({ state: 'detached' });
      check((await stepState(page, 'new')) === 'current', 'the refused move left the stage');
    });

    await step(page, 'the amount given in the prompt, the move goes through and the timeline tells it (from → to)', async () => {
      await byTestId(page, 'stage-step-qualified').click();
      await byTestId(page, 'gate-field-amount').waitFor();
      await settled(page);
      await byTestId(page, 'gate-field-amount').fill('120000');
      await byTestId(page, 'gate-save').click();
      await byTestId(page, 'gate-prompt-body').waitFor({ state: 'detached' });
      await eventually(() => stepState(page, 'qualified'), (state) => state === 'current', 'the path did not move');
      await eventually(() => byTestId(page, 'record-fact-amount').innerText(), (text) => text.includes('120,000'), 'the saved amount is not shown in the header');
      check((await stepState(page, 'new')) === 'done', 'the stage left is not ticked');
      const move = byTestId(page, 'timeline').locator('[data-testid="timeline-item"][data-kind="stage"]').first();
      await eventually(() => move.innerText(), (text) => /新线索\s*→\s*已确认需求/.test(text), 'the timeline lacks the move');
      check((await timelineText(page)).includes('金额'), 'the timeline lacks the amount change');
      const stored = await api('GET', `/api/entities/${deal}/records/${id}`);
      check(stored.stage === 'qualified' && stored.amount === 120000, `stored ${stored.stage}, ${stored.amount}`);
    });

    await step(page, 'with unsaved edits in the form, a move asks first; cancelled, the edits and the stage stay', async () => {
      await byTestId(page, 'record-field-name').fill('华东区年度采购（改）');
      await byTestId(page, 'stage-step-proposal').click();
      const confirm = page.locator('.ant-modal-confirm');
      await confirm.waitFor();
      await settled(page);
      check((await confirm.innerText()).includes('尚未保存'), 'the question does not speak of unsaved changes');
      await confirm.getByRole('button', { name: /取\s*消/ }).click();
      await confirm.waitFor({ state: 'detached' });
      check((await byTestId(page, 'record-field-name').inputValue()) === '华东区年度采购（改）', 'the edit was lost');
      check((await stepState(page, 'qualified')) === 'current', 'the record moved');
      await page.reload();
      await byTestId(page, 'record-field-name').waitFor();
    });

    await step(page, 'a follow-up created from the related list is linked, listed and in the timeline', async () => {
      const list = byTestId(page, `related-${activity}-deal`);
      check((await byTestId(page, `related-${activity}-deal-count`).innerText()) === '0', 'the related list is not empty at first');
      await byTestId(page, `related-${activity}-deal-new`).click();
      const modal = byTestId(page, 'quick-create');
      await modal.waitFor();
      await eventually(() => modal.locator('[data-testid="record-field-deal"]').innerText(), (text) => text.includes('华东区年度采购'), 'the deal is not filled in');
      await modal.locator('[data-testid="record-field-subject"]').fill('首次拜访');
      await byTestId(page, 'quick-create-save').click();
      await modal.waitFor({ state: 'detached' });
      await eventually(() => list.locator('tbody tr.ant-table-row').allInnerTexts(), (rows) => rows.length === 1 && rows[0].includes('首次拜访'), 'the new follow-up is not listed');
      check((await byTestId(page, `related-${activity}-deal-count`).innerText()) === '1', 'the related count did not grow');
      const related = byTestId(page, 'timeline').locator('[data-testid="timeline-item"][data-kind="related"]');
      await eventually(() => related.allInnerTexts(), (texts) => texts.some((text) => text.includes('首次拜访')), 'the timeline lacks the follow-up');
      const [child] = (await api('GET', `/api/entities/${activity}/records`)).items;
      check(child.deal === id || child.deal?.id === id, `the follow-up links to ${JSON.stringify(child.deal)}`);
      await snapshot(page, 'record-detail-zh.png');
    });

    await step(page, 'the follow-up opens its own page from the list', async () => {
      await byTestId(page, `related-${activity}-deal`).locator('tbody a').first().click();
      await page.waitForURL(new RegExp(`/entities/${activity}/records/\\d+$`));
      await eventually(() => byTestId(page, 'record-title').innerText(), (text) => text === '首次拜访', 'the follow-up page has another title');
      check((await byTestId(page, 'stage-path-stage').count()) === 0, 'a follow-up without a pipeline shows a path');
    });

    await step(page, 'in English, the record drawer leads to the page, with labels in English', async () => {
      await page.evaluate(() => localStorage.setItem('designer.language', 'en'));
      await page.goto(`${baseUrl}/entities/${deal}/records`);
      await byTestId(page, `record-open-${id}`).click();
      await byTestId(page, 'record-open-page').click();
      await page.waitForURL(`**/entities/${deal}/records/${id}`);
      const move = byTestId(page, 'timeline').locator('[data-testid="timeline-item"][data-kind="stage"]').first();
      await eventually(() => move.innerText(), (text) => /New\s*→\s*Qualified/.test(text), 'the English timeline lacks the move');
      await snapshot(page, 'record-detail-en.png');
      await page.evaluate(() => localStorage.setItem('designer.language', 'zh-CN'));
    });

    await step(page, 'no errors in the page', async () => {
      check(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`);
    });
  } finally {
    await api('DELETE', `/api/entities/${activity}?confirm=true`).catch(() => {});
    await api('DELETE', `/api/entities/${deal}?confirm=true`).catch(() => {});
    await close();
  }
}

await finish(main);

// The kanban board in the browser, against a running server:
//   E2E_BASE_URL=http://localhost:5080 E2E_ADMIN_EMAIL=… E2E_ADMIN_PASSWORD=… node e2e/pipelines.mjs
// A deal pipeline of six stages whose "Proposal" stage needs an amount: a card dropped there opens the gate
// prompt asking for exactly the amount; once given, the card sits in the new column with its count and sum
// updated. A card moved to the top of its column stays there after a reload; the record's page shows the
// move in its timeline. The last line reads "N passed, M failed".
import { apiCaller, byTestId, check, drag, eventually, openBrowser, settled, shots, signIn, suiteSteps } from './helpers.mjs';
import { join } from 'node:path';

const baseUrl = (process.env.E2E_BASE_URL ?? 'http://localhost:5080').replace(/\/$/, '');
const email = process.env.E2E_ADMIN_EMAIL ?? 'admin@example.com';
const password = process.env.E2E_ADMIN_PASSWORD ?? 'Passw0rd!';
const executablePath = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const headed = process.env.E2E_HEADED === '1';

const slug = `deal_${Date.now().toString(36)}`;
const stages = [
  ['new', '新线索', 'New', 10, 'open'],
  ['contacted', '已联系', 'Contacted', 20, 'open'],
  ['qualified', '已确认需求', 'Qualified', 40, 'open'],
  ['proposal', '方案报价', 'Proposal', 60, 'open'],
  ['won', '赢单', 'Won', 100, 'won'],
  ['lost', '输单', 'Lost', 0, 'lost'],
].map(([value, zh, en, probability, category]) => ({ value, label: { 'zh-CN': zh, en }, probability, category }));
stages[3].entryCriteria = { requiredFields: ['amount'] };

const fields = [
  { slug: 'name', type: 'text', label: { 'zh-CN': '名称', en: 'Name' }, required: true },
  { slug: 'company', type: 'text', label: { 'zh-CN': '公司', en: 'Company' } },
  { slug: 'amount', type: 'currency', label: { 'zh-CN': '金额', en: 'Amount' } },
  { slug: 'source', type: 'select', label: { 'zh-CN': '来源', en: 'Source' }, options: [
    { value: 'web', label: { 'zh-CN': '网站', en: 'Web' }, color: 'blue' },
    { value: 'referral', label: { 'zh-CN': '转介绍', en: 'Referral' }, color: 'green' },
  ] },
  { slug: 'stage', type: 'stage', label: { 'zh-CN': '销售阶段', en: 'Sales stage' }, allowBackward: true, stages },
];

const { step, finish } = suiteSteps('pipelines-');

const column = (page, stage) => byTestId(page, `board-column-${stage}`);
const count = async (page, stage) => Number(await byTestId(page, `board-count-${stage}`).getAttribute('data-count'));
const sum = async (page, stage) => Number(await byTestId(page, `board-sum-${stage}`).getAttribute('data-sum'));

/** The ids of the cards of a column from top to bottom (those drawn: the first screenful). */
async function cardIds(page, stage) {
  return column(page, stage)
    .locator('[data-card]')
    .evaluateAll((cards) =>
      cards
        .map((card) => ({ id: Number(card.getAttribute('data-card')), top: parseFloat(card.style.top) }))
        .sort((a, b) => a.top - b.top)
        .map((card) => card.id),
    );
}

async function main() {
  const { page, pageErrors, close } = await openBrowser({ executablePath, headed });
  const api = apiCaller(page, baseUrl);
  const ids = {};
  console.log(`Pipelines against ${baseUrl}`);
  try {
    await step(page, 'set up a deal pipeline of six stages, "Proposal" gated on the amount', async () => {
      await signIn(page, baseUrl, email, password);
      for (const old of await api('GET', '/api/entities')) {
        if (/^deal_[a-z0-9]{8}$/.test(old.slug)) await api('DELETE', `/api/entities/${old.slug}?confirm=true`);
      }
      await api('POST', '/api/entities', { slug, label: { 'zh-CN': '商机', en: 'Deal' } });
      for (const field of fields) await api('POST', `/api/entities/${slug}/fields`, field);
      await api('PATCH', `/api/entities/${slug}`, { displayField: 'name' });
      const create = async (body) => (await api('POST', `/api/entities/${slug}/records`, body)).id;
      ids.c = await create({ name: '丙 · 数据中台', company: '杭州星河', amount: 30000, stage: 'new' });
      ids.b = await create({ name: '乙 · 门店试点', company: '北京数衡', amount: 20000, stage: 'new' });
      ids.a = await create({ name: '甲 · ERP 升级', company: '上海云启', amount: 10000, stage: 'new' });
      ids.gated = await create({ name: 'Acme 续约', company: 'Acme Corp', source: 'web', stage: 'qualified' });
      await create({ name: 'Globex 扩容', company: 'Globex', amount: 150000, source: 'referral', stage: 'proposal' });
      await create({ name: '云迁移咨询', company: '成都锦程', amount: 48000, stage: 'won' });
    });

    await step(page, 'open the board from the records page: six columns with their counts', async () => {
      await page.goto(`${baseUrl}/entities/${slug}/records`);
      await byTestId(page, 'open-board').click();
      await page.waitForURL(`**/entities/${slug}/board`);
      await byTestId(page, `board-card-${ids.gated}`).waitFor();
      const shown = await page.locator('[data-testid^="board-column-"]').evaluateAll((columns) => columns.map((c) => c.dataset.stage));
      check(shown.join() === 'new,contacted,qualified,proposal,won,lost', `columns ${shown}`);
      check((await count(page, 'new')) === 3 && (await count(page, 'qualified')) === 1, 'column counts');
      check((await sum(page, 'proposal')) === 150000, `proposal sum ${await sum(page, 'proposal')}`);
      check((await cardIds(page, 'new')).join() === [ids.a, ids.b, ids.c].join(), 'cards are not in recency order');
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(shots, 'pipelines-board-zh.png') });
    });

    await step(page, 'drop a card on the gated stage: the prompt asks for exactly the amount', async () => {
      await drag(page, byTestId(page, `board-card-${ids.gated}`), byTestId(page, 'board-list-proposal'));
      await byTestId(page, 'gate-prompt-body').waitFor();
      await eventually(() => byTestId(page, 'gate-fields').getAttribute('data-fields'), (fields) => fields === 'amount', 'the prompt asks for other fields');
      const inputs = await byTestId(page, 'gate-prompt-body').locator('[data-testid^="gate-field-"]').evaluateAll((items) =>
        items.map((item) => item.getAttribute('data-testid')),
      );
      check(inputs.join() === 'gate-field-amount', `prompt inputs ${inputs}`);
      check((await count(page, 'qualified')) === 1, 'the refused card left its column');
      await settled(page);
      await page.screenshot({ path: join(shots, 'pipelines-gate-prompt.png') });
    });

    await step(page, 'fill the amount and save: the card moves, counts and sums follow', async () => {
      await byTestId(page, 'gate-field-amount').fill('88000');
      await byTestId(page, 'gate-save').click();
      await byTestId(page, 'gate-prompt-body').waitFor({ state: 'detached' });
      await column(page, 'proposal').locator(`[data-card="${ids.gated}"]`).waitFor();
      await eventually(() => count(page, 'proposal'), (n) => n === 2, 'proposal count');
      await eventually(() => sum(page, 'proposal'), (n) => n === 238000, 'proposal sum');
      check((await count(page, 'qualified')) === 0, 'qualified count');
      const stored = await api('GET', `/api/entities/${slug}/records/${ids.gated}`);
      check(stored.stage === 'proposal' && stored.amount === 88000, `stored ${JSON.stringify(stored)}`);
    });

    await step(page, 'move a card to the top of its column: the order survives a reload', async () => {
      await drag(page, byTestId(page, `board-card-${ids.c}`), byTestId(page, 'board-list-new'), { targetY: 'top' });
      await eventually(() => cardIds(page, 'new'), (order) => order.join() === [ids.c, ids.a, ids.b].join(), 'order on screen');
      await page.waitForTimeout(500);
      await page.reload();
      await byTestId(page, `board-card-${ids.c}`).waitFor();
      const order = await cardIds(page, 'new');
      check(order.join() === [ids.c, ids.a, ids.b].join(), `order after reload ${order}`);
    });

    await step(page, 'a column of 5,000 cards draws only those in view and pages in the rest as it scrolls', async () => {
      let oldest;
      for (let batch = 0; batch < 5; batch++) {
        const records = Array.from({ length: 1000 }, (_, i) => ({ name: `批量 ${batch * 1000 + i + 1}`, stage: 'lost' }));
        const { items } = await api('POST', `/api/entities/${slug}/records/bulk`, { records });
        oldest ??= items[0].id;
      }
      await page.reload();
      await byTestId(page, `board-card-${ids.gated}`).waitFor();
      check((await count(page, 'lost')) === 5000, `lost count ${await count(page, 'lost')}`);
      const drawn = () => column(page, 'lost').locator('[data-card]').count();
      check((await drawn()) < 40, `${await drawn()} cards drawn at the top`);
      await byTestId(page, 'board-list-lost').evaluate((list) => (list.scrollTop = list.scrollHeight));
      await column(page, 'lost').locator(`[data-card="${oldest}"]`).waitFor({ state: 'attached' });
      check((await drawn()) < 40, `${await drawn()} cards drawn at the bottom`);
    });

    await step(page, 'the board reads in English too', async () => {
      await page.evaluate(() => localStorage.setItem('designer.language', 'en'));
      await page.reload();
      await byTestId(page, `board-card-${ids.gated}`).waitFor();
      check((await column(page, 'proposal').innerText()).includes('Proposal'), 'English stage label');
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(shots, 'pipelines-board-en.png') });
      await page.evaluate(() => localStorage.setItem('designer.language', 'zh-CN'));
    });

    await step(page, "a card opens its record's page, whose timeline shows the move", async () => {
      await page.reload();
      await byTestId(page, `board-card-${ids.gated}`).click();
      await page.waitForURL(`**/entities/${slug}/records/${ids.gated}`);
      const timeline = byTestId(page, 'timeline');
      await timeline.waitFor();
      await eventually(() => timeline.innerText(), (text) => text.includes('已确认需求') && text.includes('方案报价'), 'the move is not in the timeline');
    });

    check(pageErrors.length === 0, `page errors: ${pageErrors.join(' | ')}`);
  } finally {
    await close();
  }
}

await finish(main);

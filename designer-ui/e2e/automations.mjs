// Automations in the browser, against a running server:
//   E2E_BASE_URL=http://localhost:5080 E2E_ADMIN_EMAIL=… E2E_ADMIN_PASSWORD=… node e2e/automations.mjs
// (a) A workflow is built from the palette on the canvas (a record of a new entity is created → a decision on
// its budget → a task on the "true" port), published, and a record with a big budget puts the task in the
// inbox. (c) The instances list finds a faulted and a waiting run; the viewer colours the path, filters the
// journal by node, retries the incident and cancels the waiting run; the record's page lists its runs.
// (b) A workflow that hands big leads to a member is dry-run on a saved view: the totals and the owners table
// say who would receive how many, and nothing is kept. Data the UI is not about is set up through the REST API. The last line reads "N passed, M failed".
import { request } from 'playwright-core';
import { join } from 'node:path';
import { byTestId, check, choose, drag, eventually, openBrowser, settled, shots, signIn, snapshot, suiteSteps } from './helpers.mjs';

const baseUrl = (process.env.E2E_BASE_URL ?? 'http://localhost:5080').replace(/\/$/, '');
const email = process.env.E2E_ADMIN_EMAIL ?? 'admin@example.com';
const password = process.env.E2E_ADMIN_PASSWORD ?? 'Passw0rd!';
const executablePath = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const headed = process.env.E2E_HEADED === '1';

const suffix = Date.now().toString(36);
const entity = `auto_${suffix}`;
const member = { email: `auto-${suffix}@example.com`, name: '销售小王', role: 'member', password: 'Secret123!' };
const taskTitle = `跟进 ${suffix}`;

const { step, finish } = suiteSteps('automations-');

const literal = (value, typeName = 'String') => ({ typeName, expression: { type: 'Literal', value } });
const at = (x, y) => ({ designer: { position: { x, y } } });
const connect = (source, port, target) => ({ source: { activity: source, port }, target: { activity: target, port: 'In' } });
const trigger = (id) => ({
  id,
  type: 'Platform.RecordCreated',
  name: 'Created',
  customProperties: { canStartWorkflow: true },
  entity: literal(entity),
  metadata: at(0, 0),
});
const decision = (id, script) => ({
  id,
  type: 'Elsa.FlowDecision',
  name: 'BigBudget',
  condition: { typeName: 'Boolean', expression: { type: 'JavaScript', value: script } },
  metadata: at(260, 0),
});

/** Hands leads over 10,000 to the member and the rest to the admin (who owns them already), each with a call task. */
function ownerWorkflow(definitionId, memberId, adminId) {
  const owner = (id, userId, y) => ({
    id,
    type: 'Platform.UpdateRecord',
    name: id,
    values: { typeName: 'Object', expression: { type: 'Object', value: JSON.stringify({ ownerId: userId }) } },
    metadata: at(520, y),
  });
  return {
    definitionId,
    name: `分配线索 ${suffix}`,
    root: {
      id: 'flow',
      type: 'Elsa.Flowchart',
      activities: [
        trigger('start'),
        decision('decide', 'getRecord().budget > 10000'),
        owner('toMember', memberId, -100),
        owner('toAdmin', adminId, 120),
        { id: 'call', type: 'Platform.CreateTask', name: 'Call', title: { typeName: 'String', expression: { type: 'Liquid', value: 'Call {{ Input.record.name }}' } }, metadata: at(780, 0) },
      ],
      connections: [
        connect('start', 'Done', 'decide'),
        connect('decide', 'True', 'toMember'),
        connect('decide', 'False', 'toAdmin'),
        connect('toMember', 'Done', 'call'),
        connect('toAdmin', 'Done', 'call'),
      ],
    },
  };
}

/** Big budgets run a script that fails for names starting with "Boom"; small ones wait two days. */
function faultingWorkflow(definitionId) {
  return {
    definitionId,
    name: `故障与等待 ${suffix}`,
    root: {
      id: 'flow',
      type: 'Elsa.Flowchart',
      activities: [
        trigger('start'),
        decision('decide', 'getRecord().budget > 10000'),
        {
          id: 'check',
          type: 'Elsa.RunJavaScript',
          name: 'CheckPhone',
          script: literal("if (getRecord().name.startsWith('Boom')) throw new Error('no phone number');"),
          metadata: at(520, -100),
        },
        { id: 'wait', type: 'Elsa.Delay', name: 'WaitTwoDays', timeSpan: literal('2.00:00:00', 'TimeSpan'), metadata: at(520, 120) },
      ],
      connections: [connect('start', 'Done', 'decide'), connect('decide', 'True', 'check'), connect('decide', 'False', 'wait')],
    },
  };
}

/** The ids of the nodes on the canvas (each node is `node-<activity id>`). */
async function nodeIds(page) {
  return byTestId(page, 'wf-canvas')
    .locator('[data-testid^="node-"]:not([data-testid^="node-badge-"]):not([data-testid^="node-issues-"])')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-testid').slice('node-'.length)));
}

/** Drops a palette activity on the canvas at (x, y) relative to it and answers the new node's id. */
async function dropActivity(page, type, x, y) {
  const before = new Set(await nodeIds(page));
  await byTestId(page, `palette-${type}`).dragTo(byTestId(page, 'wf-canvas'), { targetPosition: { x, y } });
  const after = await eventually(() => nodeIds(page), (ids) => ids.some((id) => !before.has(id)), `no ${type} node appeared`);
  return after.find((id) => !before.has(id));
}

/** The text box behind a test id, whether the id sits on the box itself or on a wrapper around it. */
const textBox = (page, id) => page.locator(`:is(input, textarea)[data-testid="${id}"], [data-testid="${id}"] :is(input, textarea)`).first();

async function selectNode(page, id) {
  await byTestId(page, `node-${id}`).click({ position: { x: 30, y: 12 } });
  await byTestId(page, 'wf-props').waitFor();
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
  let adminId;

  console.log(`Automations against ${baseUrl}`);
  try {
    await step(page, 'an admin signs in; an entity with a budget field exists', async () => {
      adminId = (await call('POST', '/api/auth/login', { email, password })).id;
      memberId = (await call('POST', '/api/users', member)).id;
      await call('POST', '/api/entities', {
        slug: entity,
        label: { en: 'Prospect', 'zh-CN': '潜在客户' },
        displayField: 'name',
        fields: [
          { slug: 'name', type: 'text' },
          { slug: 'budget', type: 'number' },
        ],
      });
      await signIn(page, baseUrl, email, password);
    });

    // (a) Build → publish → a record → the task in the inbox.
    let builtId;
    await step(page, 'a workflow is built from the palette: record created → decision → create task', async () => {
      await page.goto(`${baseUrl}/automations/new`);
      await byTestId(page, 'wf-canvas').waitFor();
      // The new workflow's Start node gives way to the record trigger.
      const [start] = await nodeIds(page);
      await selectNode(page, start);
      await byTestId(page, 'wf-delete-node').click();
      await eventually(() => nodeIds(page), (ids) => ids.length === 0, 'the Start node stayed');

      const created = await dropActivity(page, 'Platform.RecordCreated', 100, 80);
      await selectNode(page, created);
      await choose(page, byTestId(page, 'prop-entity'), entity);

      const decide = await dropActivity(page, 'Elsa.FlowDecision', 100, 260);
      await selectNode(page, decide);
      await byTestId(page, 'prop-condition-kind').locator('.ant-segmented-item', { hasText: 'JavaScript' }).click();
      await byTestId(page, 'prop-condition').locator('.cm-content').click();
      await page.keyboard.type('getRecord().budget > 10000');

      const task = await dropActivity(page, 'Platform.CreateTask', 360, 420);
      await selectNode(page, task);
      await textBox(page, 'prop-title').fill(taskTitle);

      await drag(page, byTestId(page, `port-${created}-Done`), byTestId(page, `port-${decide}-In`));
      await drag(page, byTestId(page, `port-${decide}-True`), byTestId(page, `port-${task}-In`));
      await eventually(() => page.locator('.react-flow__edge').count(), (n) => n === 2, 'the two connections were not drawn');

      await byTestId(page, 'wf-tab-workflow').click();
      await textBox(page, 'wf-name').fill(`新客户跟进 ${suffix}`);
      await snapshot(page, 'automations-01-built.png');
    });

    await step(page, 'the workflow is saved and published', async () => {
      await byTestId(page, 'wf-save').click();
      await page.waitForURL((url) => /\/automations\/(?!new)[^/]+$/.test(url.pathname));
      builtId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
      await eventually(() => byTestId(page, 'wf-save').getAttribute('data-dirty'), (dirty) => dirty === 'false', 'the draft stayed unsaved');
      const publish = byTestId(page, 'wf-publish');
      await eventually(() => publish.isEnabled(), Boolean, 'publish stays disabled (the editor reports problems)');
      await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 6_000 }).catch(() => {});
      await publish.click();
      await page.locator('.ant-message-success', { hasText: '已发布' }).waitFor();
      await eventually(
        async () => (await call('GET', '/api/workflows')).find((item) => item.definitionId === builtId)?.publishedVersion,
        (version) => version >= 1,
        'the workflow was not published',
      );
    });

    await step(page, 'a record with a big budget puts the task in the inbox', async () => {
      await call('POST', `/api/entities/${entity}/records`, { name: 'Acme', budget: 50000 });
      await call('POST', `/api/entities/${entity}/records`, { name: 'Tiny', budget: 10 });
      await byTestId(page, 'nav-tasks').click();
      await page.waitForURL('**/tasks');
      await eventually(
        async () => {
          await page.reload();
          await byTestId(page, 'task-list').waitFor();
          return byTestId(page, 'task-list').innerText();
        },
        (text) => text.includes(taskTitle),
        'the workflow task is not in the inbox',
        20_000,
      );
      const tasks = (await call('GET', '/api/tasks?status=open')).items.filter((task) => task.title === taskTitle);
      check(tasks.length === 1, `expected one task (the small budget takes the false port), found ${tasks.length}`);
      await snapshot(page, 'automations-02-inbox.png');
    });

    // (c) Instances: list, viewer, retry and cancel.
    const faultingId = `faults-${suffix}`;
    let faulted;
    let waiting;
    await step(page, 'the instances list filters by workflow and shows a faulted and a waiting run', async () => {
      await call('POST', '/api/workflows', faultingWorkflow(faultingId));
      await call('POST', `/api/workflows/${faultingId}/publish`);
      const boom = await call('POST', `/api/entities/${entity}/records`, { name: 'Boom Ltd', budget: 90000 });
      await call('POST', `/api/entities/${entity}/records`, { name: 'Slow Ltd', budget: 100 });
      const list = await eventually(
        async () => (await call('GET', `/api/workflow-instances?definitionId=${faultingId}`)).items,
        (items) => items.length === 2 && items.every((item) => item.subStatus !== 'Executing' && item.subStatus !== 'Pending'),
        'the two instances did not settle',
      );
      faulted = list.find((item) => item.subStatus === 'Faulted');
      waiting = list.find((item) => item.subStatus === 'Suspended');
      check(faulted && waiting && faulted.recordId === boom.id, `unexpected instances: ${JSON.stringify(list)}`);

      await byTestId(page, 'nav-automation-instances').click();
      await page.waitForURL('**/automations/instances');
      await choose(page, byTestId(page, 'instances-definition'), `故障与等待 ${suffix}`);
      await page.waitForURL((url) => url.searchParams.get('definitionId') === faultingId);
      const rows = byTestId(page, 'instances-table').locator('tbody tr.ant-table-row');
      await eventually(() => rows.count(), (n) => n === 2, 'the list does not show the two runs of the workflow');
      const text = await byTestId(page, 'instances-table').innerText();
      check(text.includes('出错') && text.includes('等待中'), `status tags missing: ${text}`);
      await snapshot(page, 'automations-05-instances.png');
    });

    await step(page, 'the viewer of the faulted run colours the path and filters the journal by node', async () => {
      await byTestId(page, `instance-link-${faulted.id}`).click();
      await page.waitForURL(`**/automations/instances/${faulted.id}`);
      await byTestId(page, 'workflow-diagram').waitFor();
      await eventually(() => byTestId(page, 'node-check').getAttribute('data-mark'), (mark) => mark === 'faulted', 'the failed script is not marked faulted');
      check((await byTestId(page, 'node-decide').getAttribute('data-mark')) === 'completed', 'the decision is not marked completed');
      check((await byTestId(page, 'instance-incidents').innerText()).includes('no phone number'), 'the incident message is missing');
      const journalRows = byTestId(page, 'instance-journal').locator('tbody tr.ant-table-row');
      const all = await journalRows.count();
      await byTestId(page, 'node-check').click({ position: { x: 30, y: 12 } });
      await byTestId(page, 'journal-show-all').waitFor();
      const only = await journalRows.allInnerTexts();
      check(only.length > 0 && only.length < all && only.every((row) => row.includes('CheckPhone')), `the journal was not filtered: ${only.join(' | ')}`);
      await snapshot(page, 'automations-06-faulted.png');
      await byTestId(page, 'journal-show-all').click();
      await eventually(() => journalRows.count(), (n) => n === all, 'the whole journal did not come back');
    });

    await step(page, 'retrying the incident runs the script again', async () => {
      const before = (await call('GET', `/api/workflow-instances/${faulted.id}`)).journal.length;
      await byTestId(page, 'instance-incidents').locator('[data-testid^="incident-retry-"]').first().click();
      await page.locator('.ant-message-success').waitFor();
      const after = await eventually(
        async () => (await call('GET', `/api/workflow-instances/${faulted.id}`)).journal.length,
        (length) => length > before,
        'the retry added nothing to the journal',
      );
      check(after > before, 'no retry in the journal');
    });

    await step(page, 'the waiting run shows when its timer fires, and cancelling it ends it', async () => {
      await page.goto(`${baseUrl}/automations/instances/${waiting.id}`);
      await eventually(() => byTestId(page, 'node-wait').getAttribute('data-mark'), (mark) => mark === 'waiting', 'the delay is not marked waiting');
      const badge = await byTestId(page, 'node-badge-wait').innerText();
      check(badge.includes('定时'), `the delay's badge reads "${badge}"`);
      check((await byTestId(page, 'instance-bookmarks').innerText()).includes('WaitTwoDays'), 'the bookmark list does not name the delay');
      await snapshot(page, 'automations-07-waiting.png');
      await byTestId(page, 'instance-cancel').click();
      await settled(page);
      await byTestId(page, 'instance-cancel-confirm').click();
      await eventually(() => byTestId(page, 'instance-status').innerText(), (text) => text.includes('已取消'), 'the run was not cancelled');
      const after = await call('GET', `/api/workflow-instances/${waiting.id}`);
      check(after.subStatus === 'Cancelled' && after.bookmarks.length === 0, `the server still has it ${after.subStatus}`);
    });

    await step(page, "the record's page lists the workflow runs about it", async () => {
      await page.goto(`${baseUrl}/entities/${entity}/records/${faulted.recordId}`);
      const card = byTestId(page, 'record-workflow-instances');
      await card.waitFor();
      await card.locator(`[data-testid="record-instance-${faulted.id}"]`).click();
      await page.waitForURL(`**/automations/instances/${faulted.id}`);
      check(pageErrors.length === 0, `page errors: ${pageErrors.join(' | ')}`);
    });
    // (b) Dry run on a saved view.
    let ownerId;
    await step(page, 'a dry run on a saved view tells who would receive how many leads', async () => {
      ownerId = `owners-${suffix}`;
      await call('POST', '/api/workflows', ownerWorkflow(ownerId, memberId, adminId));
      for (const [name, budget] of [['Big A', 20000], ['Big B', 30000], ['Big C', 40000], ['Small D', 5000]]) {
        await call('POST', `/api/entities/${entity}/records`, { name, budget });
      }
      const view = await call('POST', `/api/entities/${entity}/views`, {
        name: `预算过千 ${suffix}`,
        filter: { field: 'budget', op: 'gte', value: 1000 },
      });
      const before = await call('GET', `/api/entities/${entity}/records?count=true&limit=200`);

      await page.goto(`${baseUrl}/automations/${encodeURIComponent(ownerId)}`);
      await byTestId(page, 'wf-dry-run').click();
      await byTestId(page, 'dry-run-drawer').waitFor();
      await settled(page);
      await eventually(() => byTestId(page, 'dry-run-entity').innerText(), (text) => text.includes('潜在客户'), 'the trigger entity is not preselected');
      await byTestId(page, 'dry-run-source-view').click();
      await choose(page, byTestId(page, 'dry-run-view'), view.name);
      await textBox(page, 'dry-run-horizon').fill('3');
      await byTestId(page, 'dry-run-run').click();
      await byTestId(page, 'dry-run-totals').waitFor({ timeout: 30_000 });

      // The view holds every record with a budget of 1,000 or more; those over 10,000 go to the member, the rest stay with the admin.
      const inView = before.items.filter((item) => item.budget >= 1000);
      const toMember = inView.filter((item) => item.budget > 10000).length;
      const records = await byTestId(page, 'dry-run-total-records').locator('.ant-statistic-content-value').innerText();
      check(Number(records) === inView.length, `the totals count ${records} records, not ${inView.length}`);
      const ownerRow = async (userId) => {
        const cells = await byTestId(page, `dry-run-owner-${userId}`).locator('td').allInnerTexts();
        return { name: cells[0], count: Number(cells[1]) };
      };
      const toMemberRow = await ownerRow(memberId);
      check(toMemberRow.name === member.name && toMemberRow.count === toMember, `the member's row reads ${JSON.stringify(toMemberRow)}, not ${toMember}`);
      // The admin already owns the small ones: no change of owner, so no row.
      check((await byTestId(page, `dry-run-owner-${adminId}`).count()) === 0, 'the admin, who keeps the small leads, has a row');
      await byTestId(page, 'dry-run-nothing-saved').waitFor();
      await snapshot(page, 'automations-03-dry-run-totals.png');

      const first = byTestId(page, 'dry-run-drawer').locator('[data-testid^="dry-run-record-"]').first();
      await first.click();
      await byTestId(page, 'dry-run-drawer').locator('[data-testid^="dry-run-details-"]').first().waitFor();
      await byTestId(page, 'dry-run-drawer').locator('[data-testid^="dry-run-details-"]').first().scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(shots, 'automations-04-dry-run-record.png') });

      const after = await call('GET', `/api/entities/${entity}/records?count=true&limit=200`);
      check(after.total === before.total, 'the dry run left records behind');
      check(after.items.every((item) => item.ownerId === adminId), 'the dry run changed an owner');
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

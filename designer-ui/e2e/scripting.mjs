// Scripts in the browser, against a running server:
//   E2E_BASE_URL=http://localhost:5080 E2E_ADMIN_EMAIL=… E2E_ADMIN_PASSWORD=… node e2e/scripting.mjs
// An administrator writes a BANT score rule in the code editor (with completion), tests it against a real
// record, saves it and sees score, grade and reasons on a new record; a runaway loop and a syntax error are
// caught by the test panel; a formula field is computed for every record; a failing hook refuses a save.
// The last line reads "N passed, M failed"; the exit code is non-zero on any failure.
import { apiCaller, byTestId, check, choose, eventually, openBrowser, rowTexts, signIn, snapshot, suiteSteps } from './helpers.mjs';

const baseUrl = (process.env.E2E_BASE_URL ?? 'http://localhost:5080').replace(/\/$/, '');
const email = process.env.E2E_ADMIN_EMAIL ?? 'admin@example.com';
const password = process.env.E2E_ADMIN_PASSWORD ?? 'Passw0rd!';
const executablePath = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const headed = process.env.E2E_HEADED === '1';

const slug = `bant_${Date.now().toString(36)}`;
const entity = { slug, label: { 'zh-CN': '评分线索', en: 'Scored leads' } };
const number = (field, zh, en) => ({ slug: field, type: 'number', label: { 'zh-CN': zh, en } });
const fields = [
  { slug: 'name', type: 'text', required: true, label: { 'zh-CN': '公司', en: 'Company' } },
  number('budget', '预算', 'Budget'),
  number('need', '需求', 'Need'),
  number('decision', '决策权', 'Decision'),
  number('urgency', '紧迫度', 'Urgency'),
  number('score', '总分', 'Score'),
  {
    slug: 'grade',
    type: 'select',
    label: { 'zh-CN': '等级', en: 'Grade' },
    options: ['A', 'B', 'C'].map((value) => ({ value, label: { 'zh-CN': `${value} 级`, en: value } })),
  },
];

// What the person types after completing `record.budget`: the rest of a BANT score.
const bantRest = [
  'const points = (value) => Math.max(1, Math.min(5, Number(value) || 1));',
  "const reasons = ['budget', 'need', 'decision', 'urgency'].map((rule) => ({ rule, points: points(record[rule]) }));",
  'const score = reasons.reduce((sum, reason) => sum + reason.points, 0);',
  "log('budget was', budget);",
  "return { score, grade: score >= 15 ? 'A' : score >= 8 ? 'B' : 'C', reasons };",
].join('\n');

const { step, finish } = suiteSteps('scripting-');

/** The editor's text, line by line as CodeMirror draws it (its placeholder is no text). */
async function editorText(page, testId) {
  const lines = await byTestId(page, testId)
    .locator('.cm-line')
    .evaluateAll((elements) =>
      elements.map((line) => {
        const copy = line.cloneNode(true);
        copy.querySelectorAll('.cm-placeholder').forEach((hint) => hint.remove());
        return copy.textContent;
      }),
    );
  return lines.join('\n');
}

/** Replaces the editor's text as a paste would: no auto-closed brackets, no extra indentation. */
async function setScript(page, testId, text) {
  await byTestId(page, testId).locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.insertText(text);
  await eventually(() => editorText(page, testId), (shown) => shown === text, 'the editor did not take the script');
}

/** The messages under the rule drawer's form item holding `testId`, once there are any. */
async function itemErrors(page, testId) {
  const item = byTestId(page, 'rule-drawer').locator('.ant-form-item', { has: byTestId(page, testId) });
  const read = () => item.locator('.ant-form-item-explain-error').allInnerTexts();
  return eventually(read, (texts) => texts.length > 0, `no error at ${testId}`);
}

async function fillNumber(page, slug, value) {
  await page.locator(`input[data-testid="record-field-${slug}"], [data-testid="record-field-${slug}"] input`).first().fill(String(value));
}

/** The text of a cell of the records table: the row that mentions `rowText`, the column headed `header`. */
async function cellText(page, rowText, header) {
  const table = byTestId(page, 'records-table');
  const headers = await table.locator('thead th').allInnerTexts();
  const index = headers.findIndex((text) => text.trim() === header);
  check(index >= 0, `no column ${header} in ${headers.join(' | ')}`);
  const row = table.locator('tbody tr.ant-table-row', { hasText: rowText }).first();
  return (await row.locator('td').nth(index).innerText()).trim();
}

async function runTest(page) {
  await byTestId(page, 'script-test-run').click();
  await byTestId(page, 'script-test-result').waitFor({ timeout: 15_000 });
  return byTestId(page, 'script-test-result');
}

async function closeDrawerDiscarding(page) {
  await byTestId(page, 'rule-drawer').locator('.ant-drawer-extra button').first().click();
  const discard = page.locator('.ant-modal-confirm .ant-btn-dangerous');
  if (await discard.isVisible().catch(() => false)) await discard.click();
  await byTestId(page, 'rule-drawer').waitFor({ state: 'detached' });
}

async function main() {
  const { page, pageErrors, close } = await openBrowser({ executablePath, headed });
  const api = apiCaller(page, baseUrl);

  console.log(`Scripting against ${baseUrl} (entity ${slug})`);
  try {
    await step(page, 'sign in; an entity with budget, need, decision, urgency and a first lead (through the API)', async () => {
      await signIn(page, baseUrl, email, password);
      for (const old of await api('GET', '/api/entities')) {
        if (/^bant_[a-z0-9]+$/.test(old.slug)) await api('DELETE', `/api/entities/${old.slug}?confirm=true`);
      }
      await api('POST', '/api/entities', entity);
      for (const field of fields) await api('POST', `/api/entities/${slug}/fields`, field);
      await api('PATCH', `/api/entities/${slug}`, { displayField: 'name' });
      await api('POST', `/api/entities/${slug}/records`, { name: '甲公司', budget: 5, need: 4, decision: 3, urgency: 3 });
    });

    await step(page, 'the records page links to the rules page, which has no rules yet', async () => {
      await page.goto(`${baseUrl}/entities/${slug}/records`);
      await byTestId(page, 'records-table').waitFor();
      await byTestId(page, 'entity-rules-link').click();
      await page.waitForURL(`**/entities/${slug}/rules`);
      await byTestId(page, 'rules-table').waitFor();
      check((await byTestId(page, 'rules-table').locator('tbody tr.ant-table-row').count()) === 0, 'a new entity has rules');
    });

    await step(page, 'a new rule starts as a score with the BANT example; typing record. offers the fields', async () => {
      await byTestId(page, 'rule-new').click();
      await byTestId(page, 'rule-drawer').waitFor();
      const chosenKind = await byTestId(page, 'rule-kind').locator('.ant-radio-wrapper-checked').innerText();
      check(chosenKind.startsWith('评分'), `a new rule starts as ${chosenKind}`);
      const starter = await editorText(page, 'rule-script');
      check(starter.includes('BANT') && starter.includes("grade"), `the starter is "${starter.slice(0, 120)}"`);
      await byTestId(page, 'rule-slug').fill('bant');
      await byTestId(page, 'rule-label-zh').fill('BANT 评分');
      await byTestId(page, 'rule-label-en').fill('BANT score');
      await choose(page, byTestId(page, 'rule-field'), '总分');
      await choose(page, byTestId(page, 'rule-grade-field'), '等级');
      await setScript(page, 'rule-script', '');
      await page.keyboard.type('const budget = record.bu');
      const list = page.locator('.cm-tooltip-autocomplete');
      // The entity's declarations arrive over the network; until they do, only the globals are offered.
      // Retyping the last letter asks again, as a person would.
      await eventually(
        async () => {
          const offered = await list.locator('li').allInnerTexts().catch(() => []);
          if (!offered.some((text) => text.includes('budget'))) {
            await page.keyboard.press('Backspace');
            await page.keyboard.type('u');
          }
          return offered;
        },
        (offered) => offered.some((text) => text.includes('budget')),
        'completion offers budget after record.',
      );
      await snapshot(page, 'scripting-01-completion.png');
      await page.keyboard.press('Enter');
      await page.keyboard.type(';');
      await page.keyboard.press('Enter');
      await page.keyboard.insertText(bantRest);
      const written = await editorText(page, 'rule-script');
      check(written.startsWith('const budget = record.budget;\n'), `the completion did not insert budget: ${written.slice(0, 80)}`);
    });

    await step(page, 'the test panel runs it against 甲公司: 15 points, grade A, the reasons and the log', async () => {
      await choose(page, byTestId(page, 'script-test-record'), '甲公司');
      const result = await runTest(page);
      check((await result.getAttribute('data-ok')) === 'true', `the test failed: ${await result.innerText()}`);
      check((await byTestId(page, 'script-test-score').locator('[data-testid="score-value"]').innerText()).trim() === '15', 'score is not 15');
      check((await byTestId(page, 'script-test-score').locator('[data-testid="score-grade"]').innerText()).trim() === 'A', 'grade is not A');
      const reasons = await byTestId(page, 'script-test-score').locator('[data-testid="score-reasons"]').innerText();
      check(reasons.includes('budget') && reasons.includes('urgency'), `reasons: ${reasons}`);
      check((await byTestId(page, 'script-test-logs').innerText()).includes('budget was 5'), 'the log line is missing');
      check(/\d/.test(await byTestId(page, 'script-test-duration').innerText()), 'no duration shown');
      await snapshot(page, 'scripting-02-test.png');
    });

    await step(page, 'save: the rule is listed as a score bound to 总分 and 等级', async () => {
      await byTestId(page, 'rule-save').click();
      await byTestId(page, 'rule-drawer').waitFor({ state: 'detached' });
      const row = await eventually(() => byTestId(page, 'rule-row-bant').innerText().catch(() => ''), (text) => text.includes('bant'), 'rule not listed');
      check(row.includes('评分') && row.includes('总分') && row.includes('等级'), `rule row: ${row}`);
      check(await byTestId(page, 'rule-enabled-bant').getAttribute('aria-checked') === 'true', 'the rule is off');
      await snapshot(page, 'scripting-03-rules.png');
    });

    await step(page, 'a new record gets its score, grade and reasons, shown in the table and on the record', async () => {
      await byTestId(page, 'open-records').click();
      await byTestId(page, 'records-table').waitFor();
      await byTestId(page, 'record-new').click();
      await byTestId(page, 'record-field-name').fill('乙公司');
      await fillNumber(page, 'budget', 3);
      await fillNumber(page, 'need', 3);
      await fillNumber(page, 'decision', 2);
      await fillNumber(page, 'urgency', 2);
      await byTestId(page, 'record-save').click();
      await byTestId(page, 'record-drawer').waitFor({ state: 'detached' });
      await eventually(() => rowTexts(page), (rows) => rows.some((row) => row.includes('乙公司')), 'the record is not listed');
      check((await cellText(page, '乙公司', '总分')) === '10', `总分 shows ${await cellText(page, '乙公司', '总分')}`);
      check((await cellText(page, '乙公司', '等级')).includes('B'), `等级 shows ${await cellText(page, '乙公司', '等级')}`);
      await byTestId(page, 'records-table').locator('tbody tr.ant-table-row', { hasText: '乙公司' }).locator('.record-open').click();
      const scores = byTestId(page, 'record-scores');
      await scores.waitFor();
      const text = await scores.innerText();
      check(text.includes('BANT 评分') && text.includes('10'), `scores: ${text}`);
      check((await scores.locator('[data-testid="score-grade"]').innerText()).trim() === 'B', 'the grade is not B');
      const reasons = await scores.locator('[data-testid="score-reasons"] tbody').innerText();
      for (const rule of ['budget', 'need', 'decision', 'urgency']) check(reasons.includes(rule), `reason ${rule} missing: ${reasons}`);
      await snapshot(page, 'scripting-04-record-scores.png');
      await page.keyboard.press('Escape');
      await byTestId(page, 'record-drawer').waitFor({ state: 'detached' });
    });

    await step(page, 'while(true){} in the test panel stops at a time or step limit', async () => {
      await byTestId(page, 'entity-rules-link').click();
      await byTestId(page, 'rule-new').click();
      await byTestId(page, 'rule-drawer').waitFor();
      await setScript(page, 'rule-script', 'while (true) {}');
      const started = Date.now();
      const result = await runTest(page);
      check((await result.getAttribute('data-ok')) === 'false', 'an endless loop passed');
      const kind = await byTestId(page, 'script-test-error').getAttribute('data-kind');
      check(kind === 'timeout' || kind === 'statements', `the loop failed as ${kind}`);
      check(Date.now() - started < 10_000, 'the loop was not stopped quickly');
      await snapshot(page, 'scripting-05-timeout.png');
    });

    await step(page, 'a syntax error is reported with its line, and that line is marked in the editor', async () => {
      await setScript(page, 'rule-script', 'const a = 1;\nconst b = ;\nreturn a;');
      await runTest(page);
      check((await byTestId(page, 'script-test-error').getAttribute('data-kind')) === 'syntax', 'not reported as a syntax error');
      const place = await byTestId(page, 'script-test-error').locator('[data-testid="script-error-place"]').innerText();
      check(place.includes('2'), `the place reads ${place}`);
      const marked = byTestId(page, 'rule-script').locator('.cm-script-error-line');
      await marked.waitFor();
      check((await marked.innerText()).trim() === 'const b = ;', `the marked line is "${await marked.innerText()}"`);
      check((await byTestId(page, 'rule-script').locator('.cm-lint-marker-error').count()) === 1, 'no error marker in the gutter');
      await snapshot(page, 'scripting-06-syntax.png');
    });

    await step(page, 'saving shows the server errors where they belong: the script, then a name already used', async () => {
      await byTestId(page, 'rule-slug').fill('broken');
      await byTestId(page, 'rule-save').click();
      const scriptError = await itemErrors(page, 'rule-script');
      check(scriptError.join(' ').includes('第 2 行'), `the script error reads ${scriptError}`);
      await setScript(page, 'rule-script', 'return { score: 1 };');
      await byTestId(page, 'rule-slug').fill('bant');
      await byTestId(page, 'rule-save').click();
      const slugError = await itemErrors(page, 'rule-slug');
      check(slugError.join(' ').includes('bant'), `the name error reads ${slugError}`);
      await closeDrawerDiscarding(page);
      check((await api('GET', `/api/entities/${slug}/rules`)).length === 1, 'a refused rule was saved');
    });

    await step(page, 'a before-save hook that throws refuses the save with its name, kind and line', async () => {
      await api('POST', `/api/entities/${slug}/rules`, {
        slug: 'guard',
        kind: 'beforeSave',
        script: "if (record.name === '故障') {\n  throw new Error('不接受这个名字');\n}",
        enabled: true,
      });
      await byTestId(page, 'open-records').click();
      await byTestId(page, 'record-new').click();
      await byTestId(page, 'record-field-name').fill('故障');
      await byTestId(page, 'record-save').click();
      const failure = byTestId(page, 'script-failure');
      await failure.waitFor();
      const text = await failure.innerText();
      check(text.includes('guard') && text.includes('不接受这个名字'), `failure reads: ${text}`);
      check(text.includes('第 2 行'), `the failure names no line: ${text}`);
      await snapshot(page, 'scripting-07-failure.png');
      await page.keyboard.press('Escape');
    });

    await step(page, 'the rule is switched off and deleted on the rules page', async () => {
      await byTestId(page, 'entity-rules-link').click();
      await byTestId(page, 'rule-enabled-guard').click();
      await eventually(() => byTestId(page, 'rule-enabled-guard').getAttribute('aria-checked'), (value) => value === 'false', 'guard still on');
      await byTestId(page, 'rule-delete-guard').click();
      await page.locator('.ant-popconfirm .ant-btn-dangerous').click();
      await byTestId(page, 'rule-row-guard').waitFor({ state: 'detached' });
      const rules = await api('GET', `/api/entities/${slug}/rules`);
      check(rules.length === 1 && rules[0].slug === 'bant', `rules left: ${rules.map((rule) => rule.slug)}`);
    });

    await step(page, 'a formula field added in the designer is computed for every record', async () => {
      await byTestId(page, 'open-designer').click();
      await byTestId(page, 'field-palette').waitFor();
      await byTestId(page, 'palette-formula').click();
      await byTestId(page, 'field-panel').waitFor();
      await byTestId(page, 'field-slug').fill('bant_total');
      await byTestId(page, 'field-label-zh').fill('BANT 合计');
      await byTestId(page, 'field-label-en').fill('BANT total');
      await setScript(page, 'field-formula', 'record.budget + record.need + record.decision + record.urgency');
      await byTestId(page, 'field-save').click();
      await byTestId(page, 'field-row-bant_total').waitFor();
      await eventually(
        () => byTestId(page, 'formula-recompute').getAttribute('data-status'),
        (status) => status === 'completed' || status === 'failed',
        'the recomputation did not finish',
        30_000,
      );
      check((await byTestId(page, 'formula-recompute').getAttribute('data-status')) === 'completed', 'the recomputation failed');
      await byTestId(page, 'formula-recompute').scrollIntoViewIfNeeded();
      await snapshot(page, 'scripting-08-formula.png');
      await byTestId(page, 'open-records').click();
      await byTestId(page, 'records-table').waitFor();
      await eventually(() => cellText(page, '甲公司', 'BANT 合计'), (text) => text === '15', 'the formula value of 甲公司');
      check((await cellText(page, '乙公司', 'BANT 合计')) === '10', 'the formula value of 乙公司');
      await snapshot(page, 'scripting-09-formula-values.png');
    });

    await step(page, 'the formula value is read-only on the record and no page error happened', async () => {
      await byTestId(page, 'records-table').locator('tbody tr.ant-table-row', { hasText: '甲公司' }).locator('.record-open').click();
      await byTestId(page, 'record-form').waitFor();
      check((await byTestId(page, 'record-field-bant_total').count()) === 0, 'the formula can be typed into');
      check((await page.locator('.record-readonly').innerText()).includes('15'), 'the computed value is not shown');
      check(pageErrors.length === 0, `page errors: ${pageErrors.join(' | ')}`);
    });

    await step(page, 'clean up the entity', async () => {
      await api('DELETE', `/api/entities/${slug}?confirm=true`);
    });
  } catch {
    // The failing step already reported itself; later steps depend on it, so the suite stops here.
  } finally {
    await close();
  }
}

void finish(main);

import type { RuleKind } from './types';

type Language = 'zh-CN' | 'en';

// The comments of a starter script are read by the person who edits it, so they follow the UI language;
// the code is the same in both.
const comments: Record<RuleKind, Record<Language, string[]>> = {
  score: {
    en: [
      '// BANT: budget, need, decision (authority) and urgency (timing), each scored 1 to 5.',
      '// 15 or more is grade A, 8 to 14 is B, below 8 is C.',
    ],
    'zh-CN': ['// BANT：预算、需求、决策权、紧迫度，各 1 到 5 分。', '// 15 分及以上为 A，8 到 14 分为 B，8 分以下为 C。'],
  },
  validation: {
    en: [
      '// Return true when the record may be saved, or a message that says what to fix.',
      "// Example: if (record.stage === 'won' && !record.amount) return 'Enter the amount of a won deal';",
    ],
    'zh-CN': [
      '// 记录可以保存时返回 true，否则返回一句说明要改什么的话。',
      "// 例如：if (record.stage === 'won' && !record.amount) return '赢单前请填写金额';",
    ],
  },
  beforeSave: {
    en: [
      '// Runs before each save and may set fields of the record being saved.',
      '// Example: record.name = (record.name || "").trim();',
    ],
    'zh-CN': ['// 每次保存前运行，可以修改正在保存的记录的字段。', '// 例如：record.name = (record.name || "").trim();'],
  },
  afterSave: {
    en: [
      '// Runs after each save; it cannot change the record, it may emit events for workflows.',
      '// previous is the record before an update (null on a create).',
    ],
    'zh-CN': ['// 每次保存后运行；不能修改记录，可以发出事件供工作流使用。', '// previous 是更新前的记录（新建时为 null）。'],
  },
};

const code: Record<RuleKind, string[]> = {
  score: [
    'const points = (value) => Math.max(1, Math.min(5, Math.round(Number(value) || 1)));',
    'const reasons = [',
    "  { rule: 'budget', points: points(record.budget) },",
    "  { rule: 'need', points: points(record.need) },",
    "  { rule: 'decision', points: points(record.decision) },",
    "  { rule: 'urgency', points: points(record.urgency) },",
    '];',
    'const score = reasons.reduce((sum, reason) => sum + reason.points, 0);',
    "const grade = score >= 15 ? 'A' : score >= 8 ? 'B' : 'C';",
    'return { score, grade, reasons };',
  ],
  validation: ['return true;'],
  beforeSave: [],
  afterSave: ['if (previous === null) {', "  emit('created', { id: record.id });", '}'],
};

/** The script a new rule of this kind starts with, its comments in the given language. */
export function starterScript(kind: RuleKind, language: string): string {
  const lang: Language = language === 'en' ? 'en' : 'zh-CN';
  return [...comments[kind][lang], ...code[kind]].join('\n') + '\n';
}

/** Whether a script is still a starter (of any kind, in any language), so changing the kind may replace it. */
export function isStarterScript(script: string): boolean {
  const text = script.trim();
  if (!text) return true;
  return (Object.keys(code) as RuleKind[]).some((kind) =>
    (['zh-CN', 'en'] as const).some((language) => starterScript(kind, language).trim() === text),
  );
}

import { optionColors } from '../../shared/schema';
import type { StageForm } from './stageForm';

/** Where a dragged stage goes: the indexes for Form.List's `move`, or null when nothing changes. */
export function reorder(keys: (string | number)[], active: string | number, over: string | number | undefined) {
  if (over === undefined) return null;
  const from = keys.indexOf(active);
  const to = keys.indexOf(over);
  if (from < 0 || to < 0 || from === to) return null;
  return { from, to };
}

/** A stage value built from an English label ("Site visit" → "site_visit"), free among `taken`. */
export function stageValueFrom(label: string, taken: string[]): string {
  const base =
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 60) || 'stage';
  const start = /^[a-z]/.test(base) ? base : `stage_${base}`;
  if (!taken.includes(start)) return start;
  let number = 2;
  while (taken.includes(`${start}_${number}`)) number++;
  return `${start}_${number}`;
}

/** A stage added by the person: a free value, a colour not used yet, open, no gates. */
export function newStage(stages: StageForm[], names: { 'zh-CN': string; en: string }): StageForm {
  const used = stages.map((stage) => stage?.color);
  const number = stages.length + 1;
  return {
    value: stageValueFrom(`stage ${number}`, stages.map((stage) => stage?.value)),
    label: { 'zh-CN': `${names['zh-CN']} ${number}`, en: `${names.en} ${number}` },
    color: optionColors.find((color) => !used.includes(color)) ?? optionColors[number % optionColors.length],
    probability: null,
    category: 'open',
    guidance: '',
    maxDwellDays: null,
    target: null,
    entryCriteria: { requiredFields: [], condition: '', conditionMessage: {}, related: [] },
    exitCriteria: { requiredFields: [], condition: '', conditionMessage: {}, related: [] },
  };
}

/**
 * The stages the records of a removed stage can go to: saved ones (the server only moves records to a
 * stage it knows) that stay in the pipeline.
 */
export function moveTargets(stages: StageForm[], saved: string[], removed: string): StageForm[] {
  return stages.filter((stage) => stage?.value !== removed && saved.includes(stage?.value));
}

import type { GateSide } from './stageForm';

type FieldError = { name: (string | number)[]; errors: string[] };

/** The stage inputs showing an error, each path as one text (`stages.2.exitCriteria.condition`), joined by `|`. */
export function stageErrorKey(fields: FieldError[]): string {
  return fields
    .filter((field) => field.errors.length > 0 && field.name[0] === 'stages')
    .map((field) => field.name.join('.'))
    .join('|');
}

/** The indexes of the stages that have an error, in order. */
export function stagesWithErrors(paths: string[]): number[] {
  const indexes = new Set<number>();
  for (const path of paths) {
    const match = /^stages\.(\d+)(\.|$)/.exec(path);
    if (match) indexes.add(Number(match[1]));
  }
  return [...indexes].sort((a, b) => a - b);
}

export type StageTab = 'basics' | GateSide;

/** Which tabs of one stage's editor have an error, basics first. */
export function tabsWithErrors(paths: string[], index: number): StageTab[] {
  const tabs = new Set<StageTab>();
  for (const path of paths) {
    if (!path.startsWith(`stages.${index}.`)) continue;
    const part = path.split('.')[2];
    tabs.add(part === 'entryCriteria' || part === 'exitCriteria' ? part : 'basics');
  }
  return (['basics', 'entryCriteria', 'exitCriteria'] as StageTab[]).filter((tab) => tabs.has(tab));
}

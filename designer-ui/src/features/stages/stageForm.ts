import { compactText } from '../../shared/i18n';
import type {
  FieldDefinition,
  RelatedCriterion,
  StageCategory,
  StageCriteria,
  StageDefinition,
} from '../../shared/schema';

type TextForm = { 'zh-CN'?: string; en?: string };

/** One `field = value` condition on the linked records of a related criterion. */
export type WhereForm = { field?: string; value?: unknown };

export type RelatedForm = {
  entity?: string;
  field?: string;
  min: number;
  where: WhereForm[];
  message: TextForm;
};

/** A gate as the stage editor holds it: every list present, texts per language, `where` as rows. */
export type CriteriaForm = {
  requiredFields: string[];
  condition: string;
  conditionMessage: TextForm;
  related: RelatedForm[];
};

export type StageForm = {
  value: string;
  label: TextForm;
  color?: string;
  probability?: number | null;
  category: StageCategory;
  guidance?: string;
  maxDwellDays?: number | null;
  target?: number | null;
  entryCriteria: CriteriaForm;
  exitCriteria: CriteriaForm;
};

/** The stage settings of the field panel's form. */
export type StageFieldForm = {
  stages: StageForm[];
  allowBackward: boolean;
  default?: unknown;
};

export type GateSide = 'entryCriteria' | 'exitCriteria';

const text = (value: TextForm | Record<string, string | undefined> | null | undefined): TextForm => ({
  'zh-CN': value?.['zh-CN'] ?? '',
  en: value?.en ?? '',
});

function toCriteriaForm(criteria: StageCriteria | null | undefined): CriteriaForm {
  return {
    requiredFields: [...(criteria?.requiredFields ?? [])],
    condition: criteria?.condition ?? '',
    conditionMessage: text(criteria?.conditionMessage),
    related: (criteria?.related ?? []).map((related) => ({
      entity: related.entity,
      field: related.field,
      min: related.min ?? 1,
      where: Object.entries(related.where ?? {}).map(([field, value]) => ({ field, value })),
      message: text(related.message),
    })),
  };
}

export function toStageForm(stage: StageDefinition): StageForm {
  return {
    value: stage.value,
    label: text(stage.label),
    color: stage.color ?? undefined,
    probability: stage.probability ?? null,
    category: stage.category ?? 'open',
    guidance: stage.guidance ?? '',
    maxDwellDays: stage.maxDwellDays ?? null,
    target: stage.target ?? null,
    entryCriteria: toCriteriaForm(stage.entryCriteria),
    exitCriteria: toCriteriaForm(stage.exitCriteria),
  };
}

/** A gate as the server takes it, or null when it asks for nothing. */
export function toCriteria(form: CriteriaForm | undefined): StageCriteria | null {
  if (!form) return null;
  const requiredFields = (form.requiredFields ?? []).filter(Boolean);
  const condition = form.condition?.trim() ? form.condition : null;
  const related = (form.related ?? [])
    .filter((item) => item?.entity && item.field)
    .map((item): RelatedCriterion => {
      const where: Record<string, unknown> = {};
      for (const row of item.where ?? []) {
        if (row?.field && row.value !== undefined && row.value !== null && row.value !== '') where[row.field] = row.value;
      }
      const result: RelatedCriterion = { entity: item.entity as string, field: item.field as string, min: item.min ?? 1 };
      if (Object.keys(where).length > 0) result.where = where;
      const message = compactText(item.message);
      if (message) result.message = message;
      return result;
    });
  if (requiredFields.length === 0 && !condition && related.length === 0) return null;
  const criteria: StageCriteria = { requiredFields, related };
  if (condition) {
    criteria.condition = condition;
    criteria.conditionMessage = compactText(form.conditionMessage) ?? null;
  }
  return criteria;
}

export function toStageDefinition(form: StageForm): StageDefinition {
  const stage: StageDefinition = {
    value: form.value.trim(),
    label: compactText(form.label) ?? {},
    category: form.category ?? 'open',
  };
  if (form.color) stage.color = form.color;
  if (form.probability !== undefined && form.probability !== null) stage.probability = form.probability;
  if (form.guidance?.trim()) stage.guidance = form.guidance;
  if (form.maxDwellDays !== undefined && form.maxDwellDays !== null) stage.maxDwellDays = form.maxDwellDays;
  if (form.target !== undefined && form.target !== null) stage.target = form.target;
  const entry = toCriteria(form.entryCriteria);
  if (entry) stage.entryCriteria = entry;
  const exit = toCriteria(form.exitCriteria);
  if (exit) stage.exitCriteria = exit;
  return stage;
}

/** The panel's starting values for a field: its stages, or the default pipeline for a field becoming one. */
export function toStageFieldForm(field: FieldDefinition, fallback: StageDefinition[]): Omit<StageFieldForm, 'default'> {
  const stages = field.type === 'stage' && field.stages?.length ? field.stages : fallback;
  return { stages: stages.map(toStageForm), allowBackward: field.allowBackward !== false };
}

/** The part of the field PATCH a stage field adds. */
export function toStagePatch(values: Partial<StageFieldForm>): Pick<FieldDefinition, 'stages' | 'allowBackward' | 'default'> {
  const stages = (values.stages ?? []).filter((stage) => stage?.value?.trim()).map(toStageDefinition);
  const start = typeof values.default === 'string' && stages.some((stage) => stage.value === values.default);
  return { stages, allowBackward: values.allowBackward !== false, default: start ? values.default : null };
}

type NamePath = (string | number)[];

function criteriaNames(prefix: NamePath, criteria: CriteriaForm | undefined): NamePath[] {
  const names: NamePath[] = [
    [...prefix, 'requiredFields'],
    [...prefix, 'condition'],
    [...prefix, 'conditionMessage', 'zh-CN'],
    [...prefix, 'conditionMessage', 'en'],
  ];
  (criteria?.related ?? []).forEach((related, index) => {
    const at = [...prefix, 'related', index];
    names.push([...at, 'entity'], [...at, 'field'], [...at, 'min']);
    (related?.where ?? []).forEach((_row, row) => names.push([...at, 'where', row, 'field'], [...at, 'where', row, 'value']));
  });
  return names;
}

/** Every name path of the stage editor's items, so a refused save lands at the stage and input it is about. */
export function stageFormNames(values: Partial<StageFieldForm>): NamePath[] {
  const names: NamePath[] = [['stages'], ['allowBackward']];
  (values.stages ?? []).forEach((stage, index) => {
    const at: NamePath = ['stages', index];
    names.push(
      [...at, 'value'],
      [...at, 'label', 'zh-CN'],
      [...at, 'label', 'en'],
      [...at, 'color'],
      [...at, 'probability'],
      [...at, 'category'],
      [...at, 'guidance'],
      [...at, 'maxDwellDays'],
      [...at, 'target'],
      ...criteriaNames([...at, 'entryCriteria'], stage?.entryCriteria),
      ...criteriaNames([...at, 'exitCriteria'], stage?.exitCriteria),
    );
  });
  return names;
}

/** How many things a gate asks for: each required field, the condition, each related rule. */
export function gateSize(criteria: CriteriaForm | undefined): number {
  if (!criteria) return 0;
  const fields = (criteria.requiredFields ?? []).length;
  const condition = criteria.condition?.trim() ? 1 : 0;
  const related = (criteria.related ?? []).filter((item) => item?.entity).length;
  return fields + condition + related;
}

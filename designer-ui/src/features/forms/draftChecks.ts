import { compactText } from '../../shared/i18n';
import type { FieldDefinition } from '../../shared/schema';
import { supports, textLimit } from './fieldCapabilities';
import type { FormDraft } from './formDraft';
import { completeCondition } from './ruleDraft';
import { fieldTarget, ruleTarget, sectionTarget, settingsTarget } from './targets';

/** A problem found before saving: where it is, and a message key under `formDesigner.checks`. */
export type DraftIssue = { target: string; code: string; args?: Record<string, string | number> };

export const formSlugPattern = /^[a-z][a-z0-9_-]{0,62}$/;
const sectionIdPattern = /^[a-z][a-z0-9_-]{0,62}$/;
const paramPattern = /^[A-Za-z0-9_.-]{1,64}$/;

/**
 * What the designer checks before it sends a draft: the mistakes the server would refuse, found where the
 * person can see them (a section, a field's panel, a rule row, a settings item) instead of after a round trip.
 */
export function checkDraft(draft: FormDraft, entityFields: FieldDefinition[]): DraftIssue[] {
  return [
    ...checkSettings(draft),
    ...checkSections(draft),
    ...checkOverrides(draft, entityFields),
    ...checkRules(draft, entityFields),
    ...checkHiddenFields(draft, entityFields),
  ];
}

function checkSettings(draft: FormDraft): DraftIssue[] {
  const issues: DraftIssue[] = [];
  if (!formSlugPattern.test(draft.slug)) issues.push({ target: settingsTarget(['slug']), code: 'slugPattern' });
  if (!compactText(draft.label)) issues.push({ target: settingsTarget(['label', 'zh-CN']), code: 'labelRequired' });
  if (draft.afterSubmit === 'redirect' && !/^https?:\/\/[^\s/]+\S*$/.test(draft.redirectUrl.trim())) {
    issues.push({ target: settingsTarget(['redirectUrl']), code: 'redirectUrl' });
  }
  return issues;
}

function checkSections(draft: FormDraft): DraftIssue[] {
  const issues: DraftIssue[] = [];
  const seenIds = new Set<string>();
  const seenFields = new Set<string>();
  for (const section of draft.layout.sections) {
    const target = sectionTarget(section.id);
    if (!sectionIdPattern.test(section.id)) issues.push({ target, code: 'sectionIdPattern' });
    if (seenIds.has(section.id)) issues.push({ target, code: 'sectionIdDuplicate', args: { id: section.id } });
    seenIds.add(section.id);
    if (section.columns < 1 || section.columns > 3) issues.push({ target, code: 'columns' });
    for (const slug of section.fields) {
      if (seenFields.has(slug)) issues.push({ target, code: 'fieldTwice', args: { field: slug } });
      seenFields.add(slug);
    }
  }
  return issues;
}

function checkOverrides(draft: FormDraft, entityFields: FieldDefinition[]): DraftIssue[] {
  const issues: DraftIssue[] = [];
  for (const field of entityFields) {
    const override = draft.fields[field.slug];
    if (!override || !draft.layout.sections.some((section) => section.fields.includes(field.slug))) continue;
    const at = (property: string) => fieldTarget(field.slug, property);
    const { minimum, maximum, minLength, maxLength, pattern } = override;
    if (supports(field.type, 'minimum') && isNumber(minimum) && isNumber(maximum) && minimum > maximum) {
      issues.push({ target: at('maximum'), code: 'minAboveMax' });
    }
    if (supports(field.type, 'minLength')) {
      if (isNumber(minLength) && minLength < 0) issues.push({ target: at('minLength'), code: 'negative' });
      if (isNumber(minLength) && isNumber(maxLength) && minLength > maxLength) {
        issues.push({ target: at('maxLength'), code: 'minAboveMax' });
      }
      const limit = textLimit(field);
      if (isNumber(maxLength) && limit !== undefined && maxLength > limit) {
        issues.push({ target: at('maxLength'), code: 'widens', args: { limit } });
      }
    }
    if (supports(field.type, 'pattern') && pattern?.trim() && !compiles(pattern.trim())) {
      issues.push({ target: at('pattern'), code: 'pattern' });
    }
  }
  return issues;
}

function checkRules(draft: FormDraft, entityFields: FieldDefinition[]): DraftIssue[] {
  const issues: DraftIssue[] = [];
  const onForm = new Set(draft.layout.sections.flatMap((section) => section.fields));
  const requiredByEntity = new Set(entityFields.filter((field) => field.required).map((field) => field.slug));
  for (const rule of draft.rules) {
    const target = ruleTarget(rule.key);
    if (!rule.field || (!rule.raw && !completeCondition(rule.condition))) {
      issues.push({ target, code: 'ruleIncomplete' });
      continue;
    }
    if (!onForm.has(rule.field)) issues.push({ target, code: 'ruleTargetOff', args: { field: rule.field } });
    if (requiredByEntity.has(rule.field) && (rule.effect === 'hide' || rule.effect === 'optional' || rule.effect === 'show')) {
      issues.push({ target, code: 'ruleOnRequired', args: { field: rule.field } });
    }
  }
  return issues;
}

function checkHiddenFields(draft: FormDraft, entityFields: FieldDefinition[]): DraftIssue[] {
  const issues: DraftIssue[] = [];
  const known = new Set(entityFields.map((field) => field.slug));
  const onForm = new Set(draft.layout.sections.flatMap((section) => section.fields));
  const params = new Set<string>();
  draft.hiddenFields.forEach((hidden, index) => {
    const at = (member: string) => settingsTarget(['hiddenFields', index, member]);
    if (!hidden.field || !known.has(hidden.field)) issues.push({ target: at('field'), code: 'hiddenField' });
    else if (onForm.has(hidden.field)) issues.push({ target: at('field'), code: 'hiddenOnForm', args: { field: hidden.field } });
    const param = hidden.param.trim();
    if (!paramPattern.test(param)) issues.push({ target: at('param'), code: 'param' });
    else if (params.has(param)) issues.push({ target: at('param'), code: 'paramDuplicate', args: { param } });
    params.add(param);
    const froms = hidden.map.map((row) => row.from.trim()).filter((from) => from !== '');
    if (new Set(froms).size !== froms.length) issues.push({ target: at('map'), code: 'mapDuplicate' });
  });
  return issues;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

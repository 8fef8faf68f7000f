import type { LocalizedText } from '../../shared/i18n';

export type RuleKind = 'validation' | 'beforeSave' | 'afterSave' | 'score';

export const ruleKinds: RuleKind[] = ['score', 'validation', 'beforeSave', 'afterSave'];

export type Rule = {
  slug: string;
  kind: RuleKind;
  label?: LocalizedText | null;
  script: string;
  /** validation: the field the message belongs to; score: the number field that receives the score. */
  field?: string | null;
  /** score: the text or select field that receives the grade. */
  gradeField?: string | null;
  enabled: boolean;
  position?: number;
  createdAt?: string;
  updatedAt?: string;
};

/** What a create or a full update sends. */
export type RuleBody = Omit<Rule, 'position' | 'createdAt' | 'updatedAt'>;

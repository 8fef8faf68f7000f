import { Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import type { FieldDefinition } from '../../shared/schema';
import { bindingsOf, fieldChoices, gradeFieldChoices } from './ruleForm';
import type { RuleKind } from './types';

type Props = { kind: RuleKind; fields: FieldDefinition[] };

/** The fields a rule writes to or speaks about: a validation message's field, a score's and grade's fields. */
export function RuleBindings({ kind, fields }: Props) {
  const { t, i18n } = useTranslation();
  const bindings = bindingsOf(kind);
  const options = (choices: FieldDefinition[]) =>
    choices.map((field) => ({ value: field.slug, label: `${localize(field.label, i18n.language) || field.slug} (${field.slug})` }));
  const scoreFields = fieldChoices(kind, fields);
  if (!bindings.field) return null;
  return (
    <div className="rule-bindings">
      <Form.Item
        name="field"
        label={kind === 'score' ? t('scripting.rules.scoreField') : t('scripting.rules.field')}
        extra={
          kind === 'score' && scoreFields.length === 0 ? (
            <Typography.Text type="warning">{t('scripting.rules.noNumberFields')}</Typography.Text>
          ) : kind === 'score' ? (
            t('scripting.rules.scoreFieldHint')
          ) : (
            t('scripting.rules.fieldHint')
          )
        }
      >
        <Select allowClear placeholder={t('scripting.rules.noField')} options={options(scoreFields)} data-testid="rule-field" />
      </Form.Item>
      {bindings.gradeField && (
        <Form.Item name="gradeField" label={t('scripting.rules.gradeField')} extra={t('scripting.rules.gradeFieldHint')}>
          <Select
            allowClear
            placeholder={t('scripting.rules.noField')}
            options={options(gradeFieldChoices(fields))}
            data-testid="rule-grade-field"
          />
        </Form.Item>
      )}
    </div>
  );
}

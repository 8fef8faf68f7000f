import { BranchesOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../../shared/schema';
import { newKey } from './formDraft';
import { fieldLabel } from './fieldText';
import { RawRuleRow } from './RawRuleRow';
import type { RuleDraft } from './ruleDraft';
import { RuleRow } from './RuleRow';
import { messagesUnder, ruleTarget, type Messages } from './targets';
import type { FieldOverride } from './types';

type Props = {
  rules: RuleDraft[];
  entityFields: FieldDefinition[];
  onForm: string[];
  /** Fields filled from the link (hidden fields): rules may depend on them too. */
  hidden: string[];
  overrides: Record<string, FieldOverride>;
  messages: Messages;
  onChange: (rules: RuleDraft[]) => void;
};

/** The form's rules as sentences to build point and click; rules written by hand are listed as JSON. */
export function RulesPanel({ rules, entityFields, onForm, hidden, overrides, messages, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const fields = useMemo(() => new Map(entityFields.map((field) => [field.slug, field])), [entityFields]);
  const choice = (slug: string) => {
    const field = fields.get(slug);
    return { value: slug, label: field ? fieldLabel(field, overrides[slug], i18n.language) : slug };
  };
  const targetChoices = onForm.filter((slug) => fields.has(slug)).map(choice);
  const whenChoices = [...onForm, ...hidden.filter((slug) => !onForm.includes(slug))].filter((slug) => fields.has(slug)).map(choice);
  const otherErrors = messagesUnder(messages, ruleTarget('*'));

  const replace = (index: number, rule: RuleDraft) => onChange(rules.map((item, i) => (i === index ? rule : item)));
  const remove = (index: number) => onChange(rules.filter((_, i) => i !== index));
  const add = () => onChange([...rules, { key: newKey('rule'), effect: 'show', condition: {} }]);

  return (
    <div className="rules-panel" data-testid="rules-panel">
      <div className="rules-panel__head">
        <div>
          <Typography.Title level={5} style={{ margin: 0 }}>
            <BranchesOutlined /> {t('formDesigner.rules.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('formDesigner.rules.subtitle')}</Typography.Text>
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={add} disabled={targetChoices.length === 0} data-testid="rule-add">
          {t('formDesigner.rules.add')}
        </Button>
      </div>
      {otherErrors.length > 0 && <Alert type="error" showIcon message={otherErrors.join(' ')} style={{ marginBottom: 12 }} />}
      {rules.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(targetChoices.length ? 'formDesigner.rules.empty' : 'formDesigner.rules.noFields')} />
      ) : (
        <div className="rules-panel__list">
          {rules.map((rule, index) =>
            rule.raw ? (
              <RawRuleRow
                key={rule.key}
                rule={rule}
                index={index}
                targetLabel={rule.field ? choice(rule.field).label : ''}
                errors={messages[ruleTarget(rule.key)] ?? []}
                onDelete={() => remove(index)}
              />
            ) : (
              <RuleRow
                key={rule.key}
                rule={rule}
                index={index}
                fields={fields}
                whenChoices={whenChoices}
                targetChoices={targetChoices}
                errors={messages[ruleTarget(rule.key)] ?? []}
                onChange={(next) => replace(index, next)}
                onDelete={() => remove(index)}
              />
            ),
          )}
        </div>
      )}
      <Typography.Paragraph type="secondary" className="rules-panel__explain">
        {t('formDesigner.rules.explain')}
      </Typography.Paragraph>
    </div>
  );
}

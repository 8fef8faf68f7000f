import { DeleteOutlined, ExclamationCircleFilled } from '@ant-design/icons';
import { Button, Select, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../../shared/schema';
import { needsValue, opsFor, ruleEffects, type RuleDraft } from './ruleDraft';
import { RuleValueInput } from './RuleValueInput';

type FieldChoice = { value: string; label: string };

type Props = {
  rule: RuleDraft;
  index: number;
  fields: Map<string, FieldDefinition>;
  whenChoices: FieldChoice[];
  targetChoices: FieldChoice[];
  errors: string[];
  onChange: (rule: RuleDraft) => void;
  onDelete: () => void;
};

/** One rule as a sentence: when [field] [is] [value] then [show] [field]. */
export function RuleRow({ rule, index, fields, whenChoices, targetChoices, errors, onChange, onDelete }: Props) {
  const { t } = useTranslation();
  const condition = rule.condition ?? {};
  const whenField = condition.field ? fields.get(condition.field) : undefined;
  const ops = opsFor(whenField?.type);
  const id = (part: string) => `rule-${part}-${index}`;
  return (
    <div className={`rule-row${errors.length > 0 ? ' rule-row--error' : ''}`} data-testid={`rule-${index}`}>
      <div className="rule-row__sentence">
        <span className="rule-row__word">{t('formDesigner.rules.when')}</span>
        <Select
          className="rule-row__field"
          showSearch
          optionFilterProp="label"
          popupMatchSelectWidth={false}
          placeholder={t('formDesigner.rules.pickField')}
          value={condition.field}
          options={whenChoices}
          data-testid={id('when')}
          onChange={(field: string) => {
            const type = fields.get(field)?.type;
            onChange({ ...rule, condition: { field, op: opsFor(type)[0] } });
          }}
        />
        <Select
          className="rule-row__op"
          popupMatchSelectWidth={false}
          value={condition.op}
          disabled={!condition.field}
          options={ops.map((op) => ({ value: op, label: t(`formDesigner.rules.ops.${op}`) }))}
          data-testid={id('op')}
          onChange={(op) => onChange({ ...rule, condition: { ...condition, op, value: needsValue(op) ? condition.value : undefined } })}
        />
        {needsValue(condition.op) && (
          <RuleValueInput
            field={whenField}
            value={condition.value}
            testId={id('value')}
            onChange={(value) => onChange({ ...rule, condition: { ...condition, value: value as never } })}
          />
        )}
        <span className="rule-row__word">{t('formDesigner.rules.then')}</span>
        <Select
          className="rule-row__effect"
          popupMatchSelectWidth={false}
          value={rule.effect}
          options={ruleEffects.map((effect) => ({ value: effect, label: t(`formDesigner.rules.effects.${effect}`) }))}
          data-testid={id('effect')}
          onChange={(effect) => onChange({ ...rule, effect })}
        />
        <Select
          className="rule-row__field"
          showSearch
          optionFilterProp="label"
          popupMatchSelectWidth={false}
          placeholder={t('formDesigner.rules.pickField')}
          value={rule.field}
          options={targetChoices.filter((choice) => choice.value !== condition.field)}
          data-testid={id('target')}
          onChange={(field: string) => onChange({ ...rule, field })}
        />
        <span className="rule-row__spacer" />
        {errors.length > 0 && (
          <Tooltip title={errors.join(' ')}>
            <ExclamationCircleFilled className="rule-row__error-icon" />
          </Tooltip>
        )}
        <Tooltip title={t('formDesigner.rules.delete')}>
          <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('formDesigner.rules.delete')} onClick={onDelete} data-testid={id('delete')} />
        </Tooltip>
      </div>
      {errors.length > 0 && (
        <Typography.Text type="danger" className="rule-row__errors">
          {errors.join(' ')}
        </Typography.Text>
      )}
    </div>
  );
}

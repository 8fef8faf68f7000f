import { Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ruleKinds, type RuleKind } from './types';

type Props = { value?: RuleKind; onChange?: (kind: RuleKind) => void };

/** The four kinds of rule, each with one line on what it does, as a Form control. */
export function KindPicker({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      value={value}
      onChange={(event) => onChange?.(event.target.value as RuleKind)}
      className="kind-picker"
      data-testid="rule-kind"
    >
      {ruleKinds.map((kind) => (
        <Radio key={kind} value={kind} className="kind-picker__option" data-testid={`rule-kind-${kind}`}>
          <span className="kind-picker__name">{t(`scripting.kinds.${kind}.name`)}</span>
          <Typography.Text type="secondary" className="kind-picker__hint">
            {t(`scripting.kinds.${kind}.hint`)}
          </Typography.Text>
        </Radio>
      ))}
    </Radio.Group>
  );
}

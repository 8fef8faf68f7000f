import { CodeOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RuleDraft } from './ruleDraft';

type Props = { rule: RuleDraft; index: number; targetLabel: string; errors: string[]; onDelete: () => void };

/** A rule whose condition the builder cannot show (written through the API): shown as JSON, kept as it is. */
export function RawRuleRow({ rule, index, targetLabel, errors, onDelete }: Props) {
  const { t } = useTranslation();
  return (
    <div className={`rule-row rule-row--raw${errors.length > 0 ? ' rule-row--error' : ''}`} data-testid={`rule-${index}`}>
      <div className="rule-row__sentence">
        <Tag icon={<CodeOutlined />}>{t('formDesigner.rules.raw')}</Tag>
        <span className="rule-row__word">{t('formDesigner.rules.then')}</span>
        <Tag color="purple">{t(`formDesigner.rules.effects.${rule.effect}`)}</Tag>
        <Typography.Text strong>{targetLabel}</Typography.Text>
        <span className="rule-row__spacer" />
        <Tooltip title={t('formDesigner.rules.delete')}>
          <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('formDesigner.rules.delete')} onClick={onDelete} />
        </Tooltip>
      </div>
      <Typography.Text type="secondary" className="rule-row__raw-hint">
        {t('formDesigner.rules.rawHint')}
      </Typography.Text>
      <pre className="rule-row__json">{JSON.stringify(rule.raw, null, 2)}</pre>
      {errors.length > 0 && <Typography.Text type="danger">{errors.join(' ')}</Typography.Text>}
    </div>
  );
}

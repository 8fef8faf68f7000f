import { Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { GradeTag } from './GradeTag';
import { reasonTotal } from './scoreResult';
import type { ScoreReason, ScoreResult } from './types';

type Props = {
  result: ScoreResult;
  title?: ReactNode;
  /** A person's name for a reason (`budget` → 预算), when the reason is named after a field. */
  reasonLabel?: (rule: string) => string | undefined;
  'data-testid'?: string;
};

/** A score with its grade and the reasons that add up to it, so a person sees why. */
export function ScoreView({ result, title, reasonLabel, 'data-testid': testId = 'score-view' }: Props) {
  const { t } = useTranslation();
  const reasons = result.reasons ?? [];
  return (
    <div className="score-view" data-testid={testId}>
      <div className="score-view__head">
        {title && <Typography.Text strong>{title}</Typography.Text>}
        <span className="score-view__score" data-testid="score-value">
          {result.score}
        </span>
        <GradeTag grade={result.grade} />
      </div>
      {reasons.length > 0 && (
        <Table<ScoreReason>
          size="small"
          pagination={false}
          rowKey={(reason, index) => `${reason.rule}:${index}`}
          dataSource={reasons}
          data-testid="score-reasons"
          columns={[
            {
              key: 'rule',
              dataIndex: 'rule',
              title: t('scripting.score.reason'),
              render: (rule: string) => {
                const label = reasonLabel?.(rule);
                return label && label !== rule ? (
                  <>
                    {label} <Typography.Text type="secondary" className="mono">{rule}</Typography.Text>
                  </>
                ) : (
                  rule
                );
              },
            },
            { key: 'points', dataIndex: 'points', title: t('scripting.score.points'), align: 'right', width: 96 },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <Typography.Text type="secondary">{t('scripting.score.total')}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {reasonTotal(result)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      )}
    </div>
  );
}

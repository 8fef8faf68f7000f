import { Card, Progress, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { WorkflowDiagram, type ElsaWorkflow } from '../workflows';
import { activityBadges, ownerRows } from './dryRunSummary';
import type { DryRunTotals } from './types';

type Props = { totals: DryRunTotals; workflow: ElsaWorkflow | undefined };

/** The whole run at a glance: outcomes, who would receive how many records, and the diagram with counts. */
export function DryRunTotalsView({ totals, workflow }: Props) {
  const { t } = useTranslation();
  const owners = ownerRows(totals);
  const stats: [string, number][] = [
    ['records', totals.records],
    ['finished', totals.finished],
    ['waiting', totals.waiting],
    ['faulted', totals.faulted],
    ['tasks', totals.tasks],
    ['notifications', totals.notifications],
    ['messages', totals.messages],
  ];
  return (
    <div className="dry-run-totals" data-testid="dry-run-totals">
      <div className="dry-run-stats">
        {stats.map(([key, count]) => (
          <Card key={key} size="small" className={`dry-run-stat dry-run-stat--${key}`} data-testid={`dry-run-total-${key}`}>
            <Statistic title={t(`workflowRuns.dryRun.totals.${key}`)} value={count} />
          </Card>
        ))}
      </div>
      {owners.length > 0 && (
        <Card size="small" title={t('workflowRuns.dryRun.owners.title')} className="dry-run-owners">
          <Table
            size="small"
            pagination={false}
            rowKey={(owner) => String(owner.userId)}
            dataSource={owners}
            onRow={(owner) => ({ 'data-testid': `dry-run-owner-${owner.userId ?? 'none'}` }) as never}
            columns={[
              {
                key: 'user',
                title: t('workflowRuns.dryRun.owners.user'),
                render: (_, owner) => owner.userName || (owner.userId == null ? t('workflowRuns.dryRun.owners.nobody') : `#${owner.userId}`),
              },
              { key: 'count', title: t('workflowRuns.dryRun.owners.count'), dataIndex: 'count', width: 120, align: 'right' },
              {
                key: 'share',
                title: t('workflowRuns.dryRun.owners.share'),
                width: 200,
                render: (_, owner) => <Progress percent={Math.round(owner.share * 100)} size="small" />,
              },
            ]}
          />
        </Card>
      )}
      {workflow && (
        <Card size="small" title={t('workflowRuns.dryRun.reached')} className="dry-run-diagram">
          <WorkflowDiagram workflow={workflow} badges={activityBadges(totals)} height={360} />
        </Card>
      )}
    </div>
  );
}

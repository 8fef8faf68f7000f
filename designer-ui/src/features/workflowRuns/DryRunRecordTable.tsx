import { Space, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { DryRunRecordDetails } from './DryRunRecordDetails';
import { effectCounts, outcomeOf, type DryRunOutcome } from './dryRunSummary';
import { RecordLink } from './RecordLink';
import type { DryRunRecord } from './types';

type Props = { entity: string; records: DryRunRecord[]; startedAt: string };

const outcomeColors: Record<DryRunOutcome, string> = {
  finished: 'success',
  waiting: 'warning',
  faulted: 'error',
  cancelled: 'default',
  running: 'processing',
};

const effectKeys = ['changes', 'created', 'tasks', 'notifications', 'messages'] as const;

/** One row per record: how its run ended and what it would do; a row opens to the path and the details. */
export function DryRunRecordTable({ entity, records, startedAt }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<DryRunRecord> = [
    {
      key: 'record',
      title: t('workflowRuns.dryRun.columns.record'),
      render: (_, record) => <RecordLink entity={entity} recordId={record.recordId} title={record.title} />,
    },
    {
      key: 'outcome',
      title: t('workflowRuns.dryRun.columns.outcome'),
      width: 180,
      render: (_, record) => {
        const outcome = outcomeOf(record);
        return (
          <Space size={4} wrap>
            <Tag color={outcomeColors[outcome]}>{t(`workflowRuns.dryRun.outcomes.${outcome}`)}</Tag>
            {record.stoppedEarly && (
              <Tooltip title={t('workflowRuns.dryRun.stoppedEarlyHint')}>
                <Tag color="volcano">{t('workflowRuns.dryRun.stoppedEarly')}</Tag>
              </Tooltip>
            )}
          </Space>
        );
      },
    },
    {
      key: 'effects',
      title: t('workflowRuns.dryRun.columns.effects'),
      render: (_, record) => {
        const counts = effectCounts(record);
        const shown = effectKeys.filter((key) => counts[key] > 0);
        if (shown.length === 0) return <span className="wf-muted">{t('workflowRuns.dryRun.noEffects')}</span>;
        return (
          <Space size={4} wrap>
            {shown.map((key) => (
              <Tag key={key} bordered={false}>
                {t(`workflowRuns.dryRun.sections.${key}`, { count: counts[key] })}
              </Tag>
            ))}
          </Space>
        );
      },
    },
  ];
  return (
    <Table<DryRunRecord>
      size="small"
      rowKey="recordId"
      columns={columns}
      dataSource={records}
      pagination={records.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      onRow={(record) => ({ 'data-testid': `dry-run-record-${record.recordId}` }) as never}
      expandable={{ expandedRowRender: (record) => <DryRunRecordDetails record={record} startedAt={startedAt} />, expandRowByClick: true }}
      className="dry-run-records"
    />
  );
}

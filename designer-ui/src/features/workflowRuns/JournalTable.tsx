import { Button, Card, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { JsonBlock } from './JsonBlock';
import { journalTime } from './journalTime';
import type { JournalEntry } from './types';

type Props = {
  journal: JournalEntry[];
  activityName: (activityId: string) => string;
  /** The activity the diagram selected: the journal shows only its lines. */
  selected: string | null;
  onClearSelection: () => void;
};

const eventColors: Record<string, string> = {
  Completed: 'green',
  Faulted: 'red',
  Suspended: 'gold',
  Resumed: 'blue',
  Started: 'default',
  Canceled: 'default',
  Skipped: 'default',
};

const hasDetails = (entry: JournalEntry) =>
  !!(entry.inputs && Object.keys(entry.inputs).length) || !!(entry.outputs && Object.keys(entry.outputs).length) || !!entry.message;

/** Each activity event in order, its duration and outcomes; a line opens to its inputs and outputs. */
export function JournalTable({ journal, activityName, selected, onClearSelection }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<JournalEntry & { key: number }> = [
    { key: 'at', title: t('workflowRuns.journal.at'), dataIndex: 'at', width: 170, render: (at: string) => journalTime(at) },
    {
      key: 'activity',
      title: t('workflowRuns.journal.activity'),
      render: (_, entry) => (
        <Space direction="vertical" size={0}>
          <span>{entry.activityName || activityName(entry.activityId)}</span>
          <span className="wf-muted wf-small">{entry.activityType}</span>
        </Space>
      ),
    },
    {
      key: 'event',
      title: t('workflowRuns.journal.event'),
      render: (_, entry) => (
        <Space size={4} wrap>
          <Tag color={eventColors[entry.event] ?? 'default'}>{t(`workflowRuns.events.${entry.event}`, entry.event)}</Tag>
          {(entry.outcomes ?? []).map((outcome) => (
            <Tag key={outcome} bordered={false}>
              {outcome}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'duration',
      title: t('workflowRuns.journal.duration'),
      dataIndex: 'durationMs',
      width: 110,
      align: 'right',
      render: (ms?: number | null) => (ms == null ? '' : t('workflowRuns.journal.ms', { ms: Math.round(ms * 10) / 10 })),
    },
  ];
  return (
    <Card
      size="small"
      title={t('workflowRuns.journal.title')}
      extra={
        selected && (
          <Button size="small" onClick={onClearSelection} data-testid="journal-show-all">
            {t('workflowRuns.journal.showAll', { activity: activityName(selected) })}
          </Button>
        )
      }
      data-testid="instance-journal"
    >
      <Table
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={journal.map((entry, index) => ({ ...entry, key: index }))}
        pagination={journal.length > 100 ? { pageSize: 100, showSizeChanger: false } : false}
        expandable={{
          rowExpandable: hasDetails,
          expandedRowRender: (entry) => (
            <div className="journal-details">
              {entry.message && <p className="journal-details__message">{entry.message}</p>}
              {entry.inputs && Object.keys(entry.inputs).length > 0 && (
                <div>
                  <div className="wf-muted wf-small">{t('workflowRuns.journal.inputs')}</div>
                  <JsonBlock value={entry.inputs} />
                </div>
              )}
              {entry.outputs && Object.keys(entry.outputs).length > 0 && (
                <div>
                  <div className="wf-muted wf-small">{t('workflowRuns.journal.outputs')}</div>
                  <JsonBlock value={entry.outputs} />
                </div>
              )}
            </div>
          ),
        }}
        locale={{ emptyText: t('workflowRuns.journal.empty') }}
      />
    </Card>
  );
}

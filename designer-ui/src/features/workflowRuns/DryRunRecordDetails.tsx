import { Descriptions, Empty, Space, Table, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../records';
import { changeTexts, virtualOffset } from './dryRunSummary';
import { RecordLink } from './RecordLink';
import type { DryRunRecord } from './types';

type Props = { record: DryRunRecord; startedAt: string };

/** Everything one record's run would do, each with its instant on the virtual clock. */
export function DryRunRecordDetails({ record, startedAt }: Props) {
  const { t } = useTranslation();
  const when = (at: string) => (
    <span title={formatDateTime(at)} className="wf-mono">
      {virtualOffset(startedAt, at)}
    </span>
  );
  const stepName = (activityId: string) =>
    record.path.find((step) => step.activityId === activityId)?.activityName || activityId;
  const section = (key: string, count: number, body: ReactNode) =>
    count > 0 && (
      <Descriptions.Item key={key} label={t(`workflowRuns.dryRun.sections.${key}`, { count })}>
        {body}
      </Descriptions.Item>
    );

  return (
    <div className="dry-run-record" data-testid={`dry-run-details-${record.recordId}`}>
      <Typography.Title level={5}>{t('workflowRuns.dryRun.sections.path')}</Typography.Title>
      {record.path.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workflowRuns.dryRun.noPath')} />
      ) : (
        <Timeline
          className="dry-run-path"
          items={record.path.map((step) => ({
            color: step.event === 'Faulted' ? 'red' : step.event === 'Suspended' ? 'gold' : 'green',
            children: (
              <Space size={6} wrap>
                {when(step.at)}
                <span>{step.activityName || step.activityId}</span>
                <Tag bordered={false}>{t(`workflowRuns.events.${step.event}`, step.event)}</Tag>
                {(step.outcomes ?? []).map((outcome) => (
                  <Tag key={outcome} color="blue" bordered={false}>
                    {outcome}
                  </Tag>
                ))}
              </Space>
            ),
          }))}
        />
      )}
      <Descriptions size="small" column={1} bordered className="dry-run-effects">
        {section(
          'changes',
          record.changes.length,
          <Table
            size="small"
            pagination={false}
            rowKey={(change) => change.field}
            dataSource={record.changes}
            columns={[
              { key: 'field', title: t('workflowRuns.dryRun.change.field'), render: (_, change) => changeTexts(change).field },
              { key: 'from', title: t('workflowRuns.dryRun.change.from'), render: (_, change) => changeTexts(change).from },
              { key: 'to', title: t('workflowRuns.dryRun.change.to'), render: (_, change) => <strong>{changeTexts(change).to}</strong> },
            ]}
          />,
        )}
        {section(
          'created',
          record.created?.length ?? 0,
          (record.created ?? []).map((created) => (
            <div key={`${created.entity}:${created.recordId}`}>
              {when(created.at)} <RecordLink entity={created.entity} recordId={created.recordId} />
            </div>
          )),
        )}
        {section(
          'tasks',
          record.tasks.length,
          record.tasks.map((task, index) => (
            <div key={index}>
              {when(task.at)} <strong>{task.title}</strong> →{' '}
              {task.assigneeName || (task.assigneeId != null ? `#${task.assigneeId}` : '—')}
              {task.dueAt && <span className="wf-muted"> · {t('workflowRuns.dryRun.due', { when: formatDateTime(task.dueAt) })}</span>}
            </div>
          )),
        )}
        {section(
          'notifications',
          record.notifications.length,
          record.notifications.map((note, index) => (
            <div key={index}>
              {when(note.at)} {note.userName || (note.userId != null ? `#${note.userId}` : '—')}: {note.title}
            </div>
          )),
        )}
        {section(
          'messages',
          record.messages.length,
          record.messages.map((sent, index) => (
            <div key={index}>
              {when(sent.at)} <Tag bordered={false}>{t(`workflowRuns.dryRun.kinds.${sent.kind}`, sent.kind)}</Tag>
              <span className="wf-mono">{sent.to}</span>
              {sent.subject && <> · {sent.subject}</>}
            </div>
          )),
        )}
        {section(
          'waiting',
          record.waiting.length,
          record.waiting.map((wait, index) => (
            <div key={index}>
              {wait.activityName || wait.activityId} <Typography.Text code>{wait.name}</Typography.Text>
              {wait.dueAt
                ? ` · ${t('workflowRuns.bookmarks.timer', { when: formatDateTime(wait.dueAt) })}`
                : ` · ${t('workflowRuns.dryRun.stillWaiting')}`}
            </div>
          )),
        )}
        {section(
          'incidents',
          record.incidents.length,
          record.incidents.map((incident, index) => (
            <div key={index} className="dry-run-incident">
              <strong>{stepName(incident.activityId)}</strong>
              {incident.line != null && (
                <span className="wf-muted"> ({t('workflowRuns.incidents.position', { line: incident.line, column: incident.column ?? 1 })})</span>
              )}
              : {incident.message}
            </div>
          )),
        )}
      </Descriptions>
    </div>
  );
}

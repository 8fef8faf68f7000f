import { Badge, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../records';
import { InstanceStatusTags } from './InstanceStatusTags';
import { RecordLink } from './RecordLink';
import type { WorkflowInstance, WorkflowSummary } from './types';

type Props = { instances: WorkflowInstance[]; workflows: WorkflowSummary[]; loading: boolean };

/** Instances newest first: what ran, how it stands, which record it is about and when. */
export function InstanceTable({ instances, workflows, loading }: Props) {
  const { t } = useTranslation();
  const names = new Map(workflows.map((workflow) => [workflow.definitionId, workflow.name || workflow.definitionId]));
  const columns: TableColumnsType<WorkflowInstance> = [
    {
      key: 'definition',
      title: t('workflowRuns.columns.definition'),
      render: (_, instance) => (
        <Link to={`/automations/instances/${encodeURIComponent(instance.id)}`} data-testid={`instance-link-${instance.id}`}>
          {instance.name || names.get(instance.definitionId) || instance.definitionId}
        </Link>
      ),
    },
    { key: 'version', title: t('workflowRuns.columns.version'), dataIndex: 'version', width: 90, render: (version: number) => `v${version}` },
    { key: 'status', title: t('workflowRuns.columns.status'), render: (_, instance) => <InstanceStatusTags instance={instance} /> },
    {
      key: 'record',
      title: t('workflowRuns.columns.record'),
      render: (_, instance) => <RecordLink entity={instance.entity} recordId={instance.recordId} />,
    },
    {
      key: 'incidents',
      title: t('workflowRuns.columns.incidents'),
      dataIndex: 'incidentCount',
      width: 110,
      render: (count: number) => (count > 0 ? <Badge count={count} /> : <span className="wf-muted">0</span>),
    },
    { key: 'created', title: t('workflowRuns.columns.created'), dataIndex: 'createdAt', render: (at: string) => formatDateTime(at) },
    { key: 'updated', title: t('workflowRuns.columns.updated'), dataIndex: 'updatedAt', render: (at: string) => formatDateTime(at) },
  ];
  return (
    <Table<WorkflowInstance>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={instances}
      loading={loading}
      pagination={false}
      locale={{ emptyText: t('workflowRuns.list.empty') }}
      data-testid="instances-table"
    />
  );
}

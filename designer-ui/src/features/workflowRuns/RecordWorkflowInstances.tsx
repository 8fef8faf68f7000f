import { Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isProblem } from '../../shared/api';
import { formatDateTime } from '../records';
import { InstanceStatusTags } from './InstanceStatusTags';
import { useRecordInstances } from './useRecordInstances';
import { useWorkflows } from './useWorkflows';

type Props = { entity: string; recordId: number };

/**
 * The workflow runs about one record, newest first, each linking to its viewer. Only admins may list
 * instances: for anyone else the server answers 403 and the card stays away, as it does while there are none.
 */
export function RecordWorkflowInstances({ entity, recordId }: Props) {
  const { t } = useTranslation();
  const instances = useRecordInstances(entity, recordId);
  const forbidden = isProblem(instances.error, 403) || isProblem(instances.error, 401);
  const workflows = useWorkflows(instances.isSuccess);
  const items = instances.data?.items ?? [];
  // A record no workflow has run for keeps its page as it was.
  if (forbidden || (instances.isSuccess && items.length === 0)) return null;
  const names = new Map((workflows.data ?? []).map((workflow) => [workflow.definitionId, workflow.name || workflow.definitionId]));
  const all = `/automations/instances?entity=${encodeURIComponent(entity)}&recordId=${recordId}`;
  return (
    <Card
      size="small"
      title={t('workflowRuns.record.title')}
      extra={<Link to={all}>{t('workflowRuns.record.all')}</Link>}
      loading={instances.isLoading}
      data-testid="record-workflow-instances"
    >
      {instances.isError ? (
        <Typography.Text type="secondary">{t('errors.loadFailed')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(instance) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <Link to={`/automations/instances/${encodeURIComponent(instance.id)}`} data-testid={`record-instance-${instance.id}`}>
                    {instance.name || names.get(instance.definitionId) || instance.definitionId}
                  </Link>
                }
                description={formatDateTime(instance.createdAt)}
              />
              <InstanceStatusTags instance={instance} />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

import { Button, Card, Descriptions, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../records';
import { InstanceStatusTags } from './InstanceStatusTags';
import { RecordLink } from './RecordLink';
import type { InstanceDetails } from './types';

type Props = {
  instance: InstanceDetails;
  definitionName: string;
  retrying: boolean;
  cancelling: boolean;
  onRetryAll: () => void;
  onCancel: () => void;
};

/** What ran and how it stands, with retry-all (when something faulted) and cancel (while it runs). */
export function InstanceHeader({ instance, definitionName, retrying, cancelling, onRetryAll, onCancel }: Props) {
  const { t } = useTranslation();
  const running = instance.status === 'Running';
  return (
    <Card
      title={
        <Space>
          <Link to={`/automations/${encodeURIComponent(instance.definitionId)}`} data-testid="instance-definition">
            {definitionName}
          </Link>
          <span className="wf-muted">v{instance.version}</span>
          <InstanceStatusTags instance={instance} />
        </Space>
      }
      extra={
        <Space>
          {instance.incidents.length > 0 && (
            <Button loading={retrying} onClick={onRetryAll} data-testid="instance-retry-all">
              {t('workflowRuns.actions.retryAll')}
            </Button>
          )}
          {running && (
            <Popconfirm
              title={t('workflowRuns.actions.cancelTitle')}
              description={t('workflowRuns.actions.cancelText')}
              okText={t('workflowRuns.actions.cancelConfirm')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true, 'data-testid': 'instance-cancel-confirm' } as never}
              onConfirm={onCancel}
            >
              <Button danger loading={cancelling} data-testid="instance-cancel">
                {t('workflowRuns.actions.cancel')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label={t('workflowRuns.columns.record')}>
          <RecordLink entity={instance.entity} recordId={instance.recordId} />
        </Descriptions.Item>
        <Descriptions.Item label={t('workflowRuns.viewer.correlationId')}>
          <span className="wf-mono">{instance.correlationId || '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('workflowRuns.viewer.instanceId')}>
          <span className="wf-mono">{instance.id}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('workflowRuns.viewer.started')}>{formatDateTime(instance.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('workflowRuns.viewer.finished')}>
          {instance.finishedAt ? formatDateTime(instance.finishedAt) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('workflowRuns.columns.updated')}>{formatDateTime(instance.updatedAt)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

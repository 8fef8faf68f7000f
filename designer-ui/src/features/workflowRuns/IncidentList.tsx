import { Alert, Button, Card, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../records';
import type { InstanceIncident } from './types';

type Props = {
  incidents: InstanceIncident[];
  activityName: (activityId: string) => string;
  retrying: boolean;
  onRetry: (incidentId: string) => void;
};

/** Faults still open: which activity, the message and the script position, each with its own retry. */
export function IncidentList({ incidents, activityName, retrying, onRetry }: Props) {
  const { t } = useTranslation();
  if (incidents.length === 0) return null;
  return (
    <Card size="small" title={t('workflowRuns.incidents.title', { count: incidents.length })} data-testid="instance-incidents">
      <List
        size="small"
        dataSource={incidents}
        renderItem={(incident) => (
          <List.Item
            data-testid={`incident-${incident.id}`}
            actions={[
              <Button key="retry" size="small" loading={retrying} onClick={() => onRetry(incident.id)} data-testid={`incident-retry-${incident.id}`}>
                {t('workflowRuns.actions.retry')}
              </Button>,
            ]}
          >
            <Space direction="vertical" size={2} className="incident">
              <Space size={6} wrap>
                <Typography.Text strong>{activityName(incident.activityId)}</Typography.Text>
                <Typography.Text type="secondary" code>
                  {incident.activityType}
                </Typography.Text>
                {incident.line != null && (
                  <Typography.Text type="secondary">
                    {t('workflowRuns.incidents.position', { line: incident.line, column: incident.column ?? 1 })}
                  </Typography.Text>
                )}
                <Typography.Text type="secondary">{formatDateTime(incident.at)}</Typography.Text>
              </Space>
              <Alert type="error" showIcon={false} message={incident.message} className="incident__message" />
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { statusTone } from './instanceFilters';
import type { WorkflowInstance } from './types';

type Props = { instance: Pick<WorkflowInstance, 'status' | 'subStatus'> };

/** Status and sub-status as tags: the sub-status coloured (waiting amber, faulted red, finished green). */
export function InstanceStatusTags({ instance }: Props) {
  const { t } = useTranslation();
  return (
    <span className="instance-status" data-testid="instance-status">
      <Tag bordered={false}>{t(`workflowRuns.status.${instance.status}`, instance.status)}</Tag>
      <Tag color={statusTone(instance.subStatus)}>{t(`workflowRuns.status.${instance.subStatus}`, instance.subStatus)}</Tag>
    </span>
  );
}

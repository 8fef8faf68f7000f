import { Card, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { WorkflowDiagram, type ActivityMark, type ElsaWorkflow } from '../workflows';

type Props = {
  workflow: ElsaWorkflow | undefined;
  loading: boolean;
  marks: Record<string, ActivityMark>;
  badges: Record<string, string>;
  onSelect: (activityId: string | null) => void;
};

const legend: { mark: ActivityMark; color: string }[] = [
  { mark: 'completed', color: 'green' },
  { mark: 'running', color: 'blue' },
  { mark: 'waiting', color: 'gold' },
  { mark: 'faulted', color: 'red' },
];

/** The version the instance runs, read-only, with the path it took coloured; a click filters the journal. */
export function InstanceDiagram({ workflow, loading, marks, badges, onSelect }: Props) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      loading={loading && !workflow}
      title={t('workflowRuns.viewer.diagram')}
      extra={
        <Space size={0}>
          {legend.map(({ mark, color }) => (
            <Tag key={mark} color={color} bordered={false}>
              {t(`workflowRuns.marks.${mark}`)}
            </Tag>
          ))}
        </Space>
      }
      data-testid="instance-diagram"
    >
      {workflow ? (
        <WorkflowDiagram workflow={workflow} marks={marks} badges={badges} onSelect={onSelect} height={420} />
      ) : (
        <span className="wf-muted">{t('workflowRuns.viewer.noDiagram')}</span>
      )}
    </Card>
  );
}

import { ExclamationCircleFilled, QuestionCircleOutlined } from '@ant-design/icons';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { Tooltip } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { describeActivity } from './activityCatalog';
import { IN_PORT } from './elsaGraph';
import type { ActivityNode } from './types';
import { useActivityLabel } from './useActivityLabel';
import { isStartNode } from './validateWorkflow';

/** One activity on the canvas: its title, a target port on the left and one labelled source port per outcome on the right. */
export const ActivityNodeView = memo(function ActivityNodeView({ id, data, selected }: NodeProps<ActivityNode>) {
  const { t } = useTranslation();
  const { activity, ports = [], mark, badge, issues } = data;
  const descriptor = describeActivity(activity.type);
  const { title, typeName, known } = useActivityLabel(activity);
  // Marked only when it starts the workflow; a trigger further down a flow waits for its event instead.
  const trigger = activity.type !== 'Elsa.Start' && isStartNode(activity);
  const classes = [
    'wf-node',
    descriptor ? `wf-group--${descriptor.group}` : 'wf-node--unknown',
    mark ? `wf-node--${mark}` : '',
    issues?.length ? 'wf-node--invalid' : '',
    selected ? 'wf-node--selected' : '',
  ];
  return (
    <div className={classes.filter(Boolean).join(' ')} data-testid={`node-${id}`} data-mark={mark} data-invalid={issues?.length ? 'true' : undefined}>
      <Handle type="target" position={Position.Left} id={IN_PORT} className="wf-handle" data-testid={`port-${id}-${IN_PORT}`} />
      <div className="wf-node__head">
        {trigger && <span className="wf-node__trigger">{t('workflows.node.trigger')}</span>}
        <span className="wf-node__title" title={title}>
          {title}
        </span>
        {!known && (
          <Tooltip title={t('workflows.node.unknown', { type: activity.type })}>
            <QuestionCircleOutlined className="wf-node__unknown" />
          </Tooltip>
        )}
        {issues?.length ? (
          <Tooltip title={<ul className="wf-node__issues">{issues.map((issue, i) => <li key={i}>{issue}</li>)}</ul>}>
            <ExclamationCircleFilled className="wf-node__issue-icon" data-testid={`node-issues-${id}`} />
          </Tooltip>
        ) : null}
      </div>
      <div className="wf-node__type">{title === typeName ? activity.name ?? activity.id : typeName}</div>
      {ports.length > 0 && (
        <div className="wf-node__ports">
          {ports.map((port) => (
            <div key={port} className="wf-node__port">
              <span className="wf-node__port-label">{t(`workflows.ports.${port}`, { defaultValue: port })}</span>
              <Handle type="source" position={Position.Right} id={port} className="wf-handle wf-handle--source" data-testid={`port-${id}-${port}`} />
            </div>
          ))}
        </div>
      )}
      {badge && <div className="wf-node__badge" data-testid={`node-badge-${id}`}>{badge}</div>}
    </div>
  );
});

import { DeleteOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Form, Input, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EntityDefinition } from '../entities';
import { describeActivity, typeKey } from './activityCatalog';
import { CasesEditor } from './CasesEditor';
import { InputEditor } from './InputEditor';
import type { ElsaActivity, ElsaVariable, WorkflowIssue } from './types';
import { useIssueText } from './useIssueText';
import { VariablePicker } from './VariablePicker';
import { literalString } from './workflowEntity';

type Props = {
  activity: ElsaActivity | null;
  issues: WorkflowIssue[];
  serverMessages: string[];
  variables: ElsaVariable[];
  entities: EntityDefinition[];
  workflowEntity?: string;
  /** `key` folds the keystrokes of one field into one undo step. */
  onChange: (activity: ElsaActivity, key: string) => void;
  onDelete: () => void;
};

/** The selected activity: its names, whether it starts the workflow, and each of its inputs. */
export function PropertyPanel({ activity, issues, serverMessages, variables, entities, workflowEntity, onChange, onDelete }: Props) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  if (!activity) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workflows.props.nothingSelected')} />;
  const descriptor = describeActivity(activity.type);
  const key = (part: string) => `${activity.id}:${part}`;
  const forInput = (name: string) => issues.filter((i) => i.params?.input === name).map(issueText);
  const general = [...issues.filter((i) => typeof i.params?.input !== 'string' || !descriptor?.inputs.some((d) => d.name === i.params?.input)).map(issueText), ...serverMessages];
  const custom = (activity.customProperties ?? {}) as Record<string, unknown>;
  const entity = literalString(activity, 'entity') ?? workflowEntity;

  return (
    <Form layout="vertical" size="small" className="wf-props" data-testid="wf-props">
      <div className="wf-props__head">
        <Typography.Text strong>{t(`workflows.types.${typeKey(activity.type)}.name`, { defaultValue: activity.type })}</Typography.Text>
        <Typography.Text type="secondary" className="wf-props__type">{activity.type}</Typography.Text>
        {descriptor && <Typography.Paragraph type="secondary" className="wf-props__desc">{t(`workflows.types.${typeKey(activity.type)}.description`)}</Typography.Paragraph>}
      </div>
      {general.length > 0 && <Alert type="error" showIcon className="wf-props__issues" message={<ul>{general.map((m, i) => <li key={i}>{m}</li>)}</ul>} data-testid="prop-issues" />}
      {!descriptor && <Alert type="warning" showIcon message={t('workflows.props.unknownType', { type: activity.type })} />}
      <Form.Item label={t('workflows.props.displayText')}>
        <Input
          value={activity.metadata?.displayText ?? ''}
          placeholder={t(`workflows.types.${typeKey(activity.type)}.name`, { defaultValue: activity.type })}
          onChange={(e) => {
            const metadata = { ...activity.metadata };
            if (e.target.value) metadata.displayText = e.target.value;
            else delete metadata.displayText;
            onChange({ ...activity, metadata }, key('displayText'));
          }}
          data-testid="prop-displayText"
        />
      </Form.Item>
      <Form.Item label={t('workflows.props.name')} tooltip={t('workflows.props.nameHelp')}>
        <Input value={activity.name ?? ''} onChange={(e) => onChange({ ...activity, name: e.target.value }, key('name'))} data-testid="prop-name" />
      </Form.Item>
      {descriptor?.trigger && (
        <Form.Item label={t('workflows.props.canStart')} tooltip={t('workflows.props.canStartHelp')}>
          <Switch
            checked={custom.canStartWorkflow === true}
            onChange={(on) => onChange({ ...activity, customProperties: { ...custom, canStartWorkflow: on } }, key('canStart'))}
            data-testid="prop-canStartWorkflow"
          />
        </Form.Item>
      )}
      {descriptor?.inputs.map((input) => {
        if (input.type === 'variable') {
          return <VariablePicker key={input.name} activity={activity} variables={variables} issues={forInput(input.name)} onChange={(a) => onChange(a, key(input.name))} />;
        }
        if (input.type === 'cases') return <CasesEditor key={input.name} activity={activity} entity={workflowEntity} onChange={(a) => onChange(a, key(input.name))} />;
        return (
          <InputEditor
            key={input.name}
            activity={activity}
            input={input}
            variables={variables}
            entities={entities}
            entity={entity}
            issues={forInput(input.name)}
            onChange={(a) => onChange(a, key(input.name))}
          />
        );
      })}
      {!descriptor && <pre className="wf-props__json">{JSON.stringify(activity, null, 2)}</pre>}
      <Button danger icon={<DeleteOutlined />} onClick={onDelete} data-testid="wf-delete-node">
        {t('workflows.props.delete')}
      </Button>
    </Form>
  );
}

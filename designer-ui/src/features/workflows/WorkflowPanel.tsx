import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Divider, Form, Input, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { newActivityId } from './newActivity';
import type { ElsaInputDefinition, ElsaVariable, ElsaWorkflow } from './types';

type Props = { workflow: ElsaWorkflow; isNew: boolean; onChange: (workflow: ElsaWorkflow, key: string) => void };

const idPattern = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;

export const VALUE_TYPES = ['String', 'Int32', 'Int64', 'Double', 'Decimal', 'Boolean', 'DateTimeOffset', 'TimeSpan', 'Object', 'JSON', 'String[]'];

const storageDriver = 'Elsa.Workflows.WorkflowInstanceStorageDriver, Elsa.Workflows.Core';

/** The workflow's own properties: name, description, variables (with defaults) and inputs. */
export function WorkflowPanel({ workflow, isNew, onChange }: Props) {
  const { t } = useTranslation();
  const variables = (workflow.variables ?? []) as ElsaVariable[];
  const inputs = (Array.isArray(workflow.inputs) ? workflow.inputs : []) as ElsaInputDefinition[];
  const typeOptions = VALUE_TYPES.map((v) => ({ value: v, label: v }));
  const setVariable = (index: number, patch: Partial<ElsaVariable>) =>
    onChange({ ...workflow, variables: variables.map((v, i) => (i === index ? { ...v, ...patch } : v)) }, `variable:${index}:${Object.keys(patch).join()}`);
  const setInput = (index: number, patch: Partial<ElsaInputDefinition>) =>
    onChange({ ...workflow, inputs: inputs.map((v, i) => (i === index ? { ...v, ...patch } : v)) }, `input:${index}:${Object.keys(patch).join()}`);

  return (
    <Form layout="vertical" size="small" className="wf-props" data-testid="wf-workflow-panel">
      <Form.Item label={t('workflows.panel.name')} required>
        <Input value={workflow.name ?? ''} onChange={(e) => onChange({ ...workflow, name: e.target.value }, 'name')} data-testid="wf-name" />
      </Form.Item>
      <Form.Item label={t('workflows.panel.description')}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          value={typeof workflow.description === 'string' ? workflow.description : ''}
          onChange={(e) => onChange({ ...workflow, description: e.target.value }, 'description')}
          data-testid="wf-description"
        />
      </Form.Item>
      {isNew ? (
        <Form.Item
          label={t('workflows.panel.id')}
          tooltip={t('workflows.panel.idHelp')}
          validateStatus={idPattern.test(workflow.definitionId) ? undefined : 'error'}
          help={idPattern.test(workflow.definitionId) ? undefined : t('workflows.panel.idInvalid')}
        >
          <Input className="wf-code" value={workflow.definitionId} onChange={(e) => onChange({ ...workflow, definitionId: e.target.value.trim() }, 'definitionId')} data-testid="wf-definition-id" />
        </Form.Item>
      ) : (
        <Typography.Text type="secondary" className="wf-hint">{t('workflows.panel.definitionId', { id: workflow.definitionId })}</Typography.Text>
      )}

      <Divider orientation="left" plain>{t('workflows.panel.variables')}</Divider>
      {variables.map((v, i) => (
        <Space.Compact key={v.id ?? i} className="wf-row" data-testid={`wf-variable-${i}`}>
          <Input placeholder={t('workflows.panel.varName')} value={v.name} onChange={(e) => setVariable(i, { name: e.target.value })} data-testid={`wf-variable-${i}-name`} />
          <Select style={{ width: 130 }} value={v.typeName} options={typeOptions} onChange={(typeName) => setVariable(i, { typeName })} data-testid={`wf-variable-${i}-type`} />
          <Input placeholder={t('workflows.panel.varDefault')} value={v.value ?? ''} onChange={(e) => setVariable(i, { value: e.target.value })} data-testid={`wf-variable-${i}-default`} />
          <Button icon={<DeleteOutlined />} onClick={() => onChange({ ...workflow, variables: variables.filter((_, j) => j !== i) }, `variable-remove:${i}`)} aria-label={t('workflows.panel.remove')} />
        </Space.Compact>
      ))}
      <Button
        size="small"
        icon={<PlusOutlined />}
        onClick={() =>
          onChange(
            { ...workflow, variables: [...variables, { id: newActivityId(), name: `variable${variables.length + 1}`, typeName: 'Object', isArray: false, storageDriverTypeName: storageDriver }] },
            'variable-add',
          )
        }
        data-testid="wf-variable-add"
      >
        {t('workflows.panel.addVariable')}
      </Button>

      <Divider orientation="left" plain>{t('workflows.panel.inputs')}</Divider>
      {inputs.map((input, i) => (
        <Space.Compact key={i} className="wf-row" data-testid={`wf-input-${i}`}>
          <Input placeholder={t('workflows.panel.inputName')} value={input.name} onChange={(e) => setInput(i, { name: e.target.value })} />
          <Select style={{ width: 130 }} value={input.type} options={typeOptions} onChange={(type) => setInput(i, { type })} />
          <Input placeholder={t('workflows.panel.inputLabel')} value={input.displayName ?? ''} onChange={(e) => setInput(i, { displayName: e.target.value })} />
          <Button icon={<DeleteOutlined />} onClick={() => onChange({ ...workflow, inputs: inputs.filter((_, j) => j !== i) }, `input-remove:${i}`)} aria-label={t('workflows.panel.remove')} />
        </Space.Compact>
      ))}
      <Button
        size="small"
        icon={<PlusOutlined />}
        onClick={() => onChange({ ...workflow, inputs: [...inputs, { name: `input${inputs.length + 1}`, type: 'String', displayName: '' }] }, 'input-add')}
        data-testid="wf-input-add"
      >
        {t('workflows.panel.addInput')}
      </Button>
    </Form>
  );
}

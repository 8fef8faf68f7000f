import { Form, Input, Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ScriptEditor } from '../../shared/scripting';
import type { EntityDefinition } from '../entities';
import type { CatalogInput } from './activityCatalog';
import { readInput, removeInput, writeInput } from './activityInputs';
import { EXPRESSION_KINDS, jsonError, switchKind, variableRef } from './expressionKinds';
import { LiteralEditor } from './LiteralEditor';
import type { ElsaActivity, ElsaVariable, ExpressionKind } from './types';

type Props = {
  activity: ElsaActivity;
  input: CatalogInput;
  variables: ElsaVariable[];
  entities: EntityDefinition[];
  entity?: string;
  issues?: string[];
  onChange: (activity: ElsaActivity) => void;
};

const empty = (value: unknown) => value === undefined || value === null || value === '';

/** One input of the selected activity: its expression kind and an editor for that kind. */
export function InputEditor({ activity, input, variables, entities, entity, issues, onChange }: Props) {
  const { t } = useTranslation();
  const current = readInput(activity, input.name);
  const kind = (current?.kind === 'Json' ? 'Object' : current?.kind ?? input.kind ?? 'Literal') as ExpressionKind;
  const testId = `prop-${input.name}`;
  // A Literal kind with nothing in it leaves the property out, as an untouched Elsa export would.
  const write = (nextKind: string, value: unknown) =>
    onChange(
      nextKind === 'Literal' && (input.kind ?? 'Literal') === 'Literal' && empty(value)
        ? removeInput(activity, input.name)
        : writeInput(activity, input.name, input.typeName, nextKind, value),
    );
  const fixedKind = input.type === 'script';
  const label = t(`workflows.inputs.${input.name}`, { defaultValue: input.name });

  const editor = () => {
    const value = current?.value;
    const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value);
    switch (kind) {
      case 'JavaScript':
        return <ScriptEditor entity={entity ?? ''} value={text} onChange={(v) => write(kind, v)} minHeight={60} maxHeight={260} data-testid={testId} />;
      case 'Variable': {
        const ref = variableRef(value);
        return (
          <Select
            style={{ width: '100%' }}
            value={ref?.id ?? ref?.name}
            placeholder={t('workflows.props.pickVariable')}
            onChange={(id: string) => {
              const v = variables.find((x) => x.id === id);
              write(kind, v ? JSON.stringify({ id: v.id, name: v.name }) : '');
            }}
            options={variables.map((v) => ({ value: v.id, label: v.name }))}
            data-testid={testId}
          />
        );
      }
      case 'Liquid':
        return <Input.TextArea autoSize={{ minRows: 1, maxRows: 8 }} value={text} onChange={(e) => write(kind, e.target.value)} placeholder="{{ Input.record.name }}" data-testid={testId} />;
      case 'Object': {
        const error = jsonError(text);
        return (
          <Input.TextArea className="wf-code" autoSize={{ minRows: 2, maxRows: 10 }} value={text} status={error ? 'error' : undefined} onChange={(e) => write(kind, e.target.value)} data-testid={testId} />
        );
      }
      default:
        return <LiteralEditor input={input} value={value} onChange={(v) => write('Literal', v)} entities={entities} entity={entity} testId={testId} />;
    }
  };

  return (
    <Form.Item
      label={label}
      required={input.required}
      validateStatus={issues?.length ? 'error' : undefined}
      help={issues?.length ? issues.join(' ') : kind === 'Object' && jsonError(String(current?.value ?? '')) ? t('workflows.props.badJson', { message: jsonError(String(current?.value ?? '')) }) : undefined}
      className="wf-input"
    >
      {!fixedKind && (
        <Segmented
          size="small"
          className="wf-input__kind"
          value={kind}
          onChange={(next) => onChange(writeInput(activity, input.name, input.typeName, next, switchKind(current, next as ExpressionKind) ?? ''))}
          options={EXPRESSION_KINDS.map((k) => ({ value: k, label: t(`workflows.kinds.${k}`) }))}
          data-testid={`${testId}-kind`}
        />
      )}
      {editor()}
    </Form.Item>
  );
}

import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ElsaActivity, ElsaVariable } from './types';

type Props = { activity: ElsaActivity; variables: ElsaVariable[]; issues?: string[]; onChange: (activity: ElsaActivity) => void };

/** SetVariable's `variable`: a copy of the workflow variable's definition, found by id at run time. */
export function VariablePicker({ activity, variables, issues, onChange }: Props) {
  const { t } = useTranslation();
  const current = activity.variable as { id?: string; name?: string } | undefined;
  return (
    <Form.Item label={t('workflows.inputs.variable')} required validateStatus={issues?.length ? 'error' : undefined} help={issues?.join(' ')} className="wf-input">
      <Select
        style={{ width: '100%' }}
        value={current?.id ?? current?.name}
        placeholder={t('workflows.props.pickVariable')}
        onChange={(id: string) => {
          const v = variables.find((x) => x.id === id);
          if (v) onChange({ ...activity, variable: { id: v.id, name: v.name, typeName: v.typeName, value: v.value } });
        }}
        options={variables.map((v) => ({ value: v.id, label: `${v.name} (${v.typeName})` }))}
        notFoundContent={t('workflows.props.noVariables')}
        data-testid="prop-variable"
      />
    </Form.Item>
  );
}

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ScriptEditor } from '../../shared/scripting';
import { unwrapList } from './elsaGraph';
import type { ElsaActivity } from './types';

type Case = { label?: string; condition?: { type?: string; value?: unknown }; [k: string]: unknown };

type Props = { activity: ElsaActivity; entity?: string; onChange: (activity: ElsaActivity) => void };

/** The cases of a switch: each a label (its port) and a JavaScript condition. */
export function CasesEditor({ activity, entity, onChange }: Props) {
  const { t } = useTranslation();
  const cases = unwrapList(activity.cases) as Case[];
  const write = (next: Case[]) => onChange({ ...activity, cases: next });
  const change = (index: number, patch: Partial<Case>) => write(cases.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <Form.Item label={t('workflows.inputs.cases')} className="wf-input">
      {cases.map((c, i) => (
        <div key={i} className="wf-case" data-testid={`prop-case-${i}`}>
          <div className="wf-case__head">
            <Input
              size="small"
              value={c.label ?? ''}
              placeholder={t('workflows.props.caseLabel')}
              onChange={(e) => change(i, { label: e.target.value })}
              data-testid={`prop-case-${i}-label`}
            />
            <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={() => write(cases.filter((_, j) => j !== i))} aria-label={t('workflows.props.removeCase')} />
          </div>
          <ScriptEditor
            entity={entity ?? ''}
            value={typeof c.condition?.value === 'string' ? c.condition.value : ''}
            onChange={(value) => change(i, { condition: { ...c.condition, type: 'JavaScript', value } })}
            minHeight={40}
            maxHeight={160}
            data-testid={`prop-case-${i}-condition`}
          />
        </div>
      ))}
      <Button
        size="small"
        icon={<PlusOutlined />}
        onClick={() => write([...cases, { label: t('workflows.props.newCase', { n: cases.length + 1 }), condition: { type: 'JavaScript', value: 'true' } }])}
        data-testid="prop-case-add"
      >
        {t('workflows.props.addCase')}
      </Button>
    </Form.Item>
  );
}

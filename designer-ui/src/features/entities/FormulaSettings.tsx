import { Collapse, Form, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formulaResultTypes, type EntityDefinition, type FormulaResultType } from '../../shared/schema';
import { ScriptEditor, ScriptTestPanel, type ScriptMarker } from '../../shared/scripting';
import { RecomputeStatus } from './RecomputeStatus';

type Props = {
  entity: EntityDefinition;
  field: string;
  /** Where the last save found the formula broken, if it said. */
  saveMarker?: ScriptMarker | null;
};

/** A formula field's result type, its script (with completion and a test panel) and its recomputation. */
export function FormulaSettings({ entity, field, saveMarker }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const resultType = (Form.useWatch('resultType', form) as FormulaResultType | undefined) ?? 'number';
  const formula = (Form.useWatch('formula', form) as string | undefined) ?? '';
  const [tested, setTested] = useState<ScriptMarker | null>(null);
  const marker = tested ?? saveMarker ?? null;

  return (
    <>
      <Form.Item name="resultType" label={t('scripting.formula.resultType')}>
        <Select
          data-testid="field-result-type"
          options={formulaResultTypes.map((value) => ({ value, label: t(`scripting.formula.resultTypes.${value}`) }))}
        />
      </Form.Item>
      {resultType === 'number' && (
        <Form.Item name="precision" label={t('designer.precision')} tooltip={t('designer.precisionHint')}>
          <InputNumber min={0} max={8} style={{ width: '100%' }} data-testid="field-precision" />
        </Form.Item>
      )}
      <Form.Item
        name="formula"
        label={t('scripting.formula.formula')}
        extra={t('scripting.formula.formulaHint')}
        rules={[{ required: true, whitespace: true, message: t('scripting.formula.formulaRequired') }]}
      >
        <ScriptEditor entity={entity.slug} error={marker} minHeight={96} maxHeight={260} data-testid="field-formula" />
      </Form.Item>
      <Collapse
        size="small"
        className="formula-test"
        items={[
          {
            key: 'test',
            label: t('scripting.formula.test'),
            children: <ScriptTestPanel entity={entity} script={formula} kind="formula" kindLocked onMarker={setTested} />,
          },
        ]}
        data-testid="formula-test"
      />
      <Form.Item label={t('scripting.formula.recompute')} style={{ marginTop: 12 }}>
        <RecomputeStatus entity={entity.slug} field={field} />
      </Form.Item>
    </>
  );
}

import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import { currencyCodes, hasSetting, type EntityDefinition, type FieldDefinition, type FieldType } from '../../shared/schema';
import { StageSettings } from '../stages';
import { OptionsEditor } from './OptionsEditor';
import { RollupSettings } from './RollupSettings';
import { useEntities } from './useEntities';

type Props = { type: FieldType; entity: EntityDefinition; field: FieldDefinition };

/** The settings only some types have: length, precision, currency, options, relation, pattern, maximum, stages. */
export function TypeSettings({ type, entity, field }: Props) {
  const { t, i18n } = useTranslation();
  const entities = useEntities();
  return (
    <>
      {hasSetting(type, 'maxLength') && (
        <Form.Item name="maxLength" label={t('designer.maxLength')} tooltip={t('designer.maxLengthHint')}>
          <InputNumber min={1} max={100000} style={{ width: '100%' }} data-testid="field-maxLength" />
        </Form.Item>
      )}
      {hasSetting(type, 'precision') && (
        <Form.Item name="precision" label={t('designer.precision')} tooltip={t('designer.precisionHint')}>
          <InputNumber min={0} max={8} style={{ width: '100%' }} data-testid="field-precision" />
        </Form.Item>
      )}
      {hasSetting(type, 'currency') && (
        <Form.Item name="currency" label={t('designer.currency')}>
          <Select
            showSearch
            data-testid="field-currency"
            options={currencyCodes.map((code) => ({ value: code, label: `${code} · ${t(`currencies.${code}`)}` }))}
          />
        </Form.Item>
      )}
      {hasSetting(type, 'options') && (
        <Form.Item label={t('designer.options')} required>
          <OptionsEditor />
        </Form.Item>
      )}
      {hasSetting(type, 'relation') && (
        <>
          <Form.Item
            name={['relation', 'entity']}
            label={t('designer.relationEntity')}
            rules={[{ required: true, message: t('designer.relationEntityRequired') }]}
          >
            <Select
              data-testid="field-relation-entity"
              loading={entities.isPending}
              options={(entities.data ?? []).map((entity) => ({
                value: entity.slug,
                label: `${localize(entity.label, i18n.language)} (${entity.slug})`,
              }))}
            />
          </Form.Item>
          <Form.Item name={['relation', 'onDelete']} label={t('designer.onDelete')}>
            <Select
              data-testid="field-relation-ondelete"
              options={(['restrict', 'set_null', 'cascade'] as const).map((value) => ({
                value,
                label: t(`designer.onDeleteOptions.${value}`),
              }))}
            />
          </Form.Item>
        </>
      )}
      {hasSetting(type, 'pattern') && (
        <Form.Item
          name="pattern"
          label={t('designer.pattern')}
          extra={t('designer.patternHint')}
          rules={[{ required: true, message: t('designer.patternRequired') }]}
        >
          <Input placeholder="L-{yyyy}-{0000}" data-testid="field-pattern" />
        </Form.Item>
      )}
      {hasSetting(type, 'rollup') && <RollupSettings />}
      {hasSetting(type, 'max') && (
        <Form.Item name="max" label={t('designer.ratingMax')}>
          <InputNumber min={1} max={10} style={{ width: '100%' }} data-testid="field-max" />
        </Form.Item>
      )}
      {hasSetting(type, 'stages') && <StageSettings entity={entity} field={field} entities={entities.data ?? []} />}
    </>
  );
}

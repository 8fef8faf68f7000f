import { AutoComplete, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import type { FieldType } from '../../shared/schema';
import type { FieldFormValues } from './fieldForm';

type Props = {
  type: FieldType;
  options: FieldFormValues['options'];
  value?: unknown;
  onChange?: (value: unknown) => void;
};

/** The default value editor, shaped by the field type (a Form.Item child: value/onChange come from it). */
export function DefaultValueInput({ type, options, value, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const common = { 'data-testid': 'field-default', allowClear: true, placeholder: t('designer.noDefault') };
  const choices = (options ?? [])
    .filter((option) => option?.value)
    .map((option) => ({ value: option.value, label: localize(option.label, i18n.language) || option.value }));
  switch (type) {
    case 'number':
    case 'currency':
    case 'percent':
    case 'rating':
      return (
        <InputNumber
          {...common}
          style={{ width: '100%' }}
          value={typeof value === 'number' ? value : null}
          onChange={(next) => onChange?.(next ?? null)}
        />
      );
    case 'boolean':
      return (
        <Select
          {...common}
          value={typeof value === 'boolean' ? String(value) : undefined}
          onChange={(next?: string) => onChange?.(next === undefined ? null : next === 'true')}
          options={[
            { value: 'true', label: t('common.yes') },
            { value: 'false', label: t('common.no') },
          ]}
        />
      );
    case 'select':
      return <Select {...common} value={value ?? undefined} onChange={(next) => onChange?.(next ?? null)} options={choices} />;
    case 'multiselect':
      return (
        <Select
          {...common}
          mode="multiple"
          value={Array.isArray(value) ? value : []}
          onChange={(next) => onChange?.(next)}
          options={choices}
        />
      );
    case 'date':
    case 'datetime': {
      const keyword = type === 'date' ? 'today' : 'now';
      return (
        <AutoComplete
          {...common}
          value={typeof value === 'string' ? value : undefined}
          onChange={(next: string) => onChange?.(next)}
          options={[{ value: keyword, label: t(`designer.default_${keyword}`) }]}
          placeholder={type === 'date' ? t('designer.dateDefaultHint') : t('designer.dateTimeDefaultHint')}
        />
      );
    }
    default:
      return (
        <Input
          {...common}
          value={typeof value === 'string' ? value : value == null ? '' : String(value)}
          onChange={(event) => onChange?.(event.target.value)}
        />
      );
  }
}

import { Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import { isNumeric, type FieldDefinition } from '../../shared/schema';

type Props = {
  /** The linked records' field the value is compared with. */
  field?: FieldDefinition;
  value?: unknown;
  onChange?: (value: unknown) => void;
  'data-testid'?: string;
};

/** The value a linked record's field must equal, typed like that field: a choice, yes/no, a number or text. */
export function WhereValueInput({ field, value, onChange, 'data-testid': testId }: Props) {
  const { t, i18n } = useTranslation();
  const common = { size: 'small' as const, style: { minWidth: 120 }, 'data-testid': testId };
  const choices = field?.type === 'stage' ? field.stages : field?.options;
  if (choices && (field?.type === 'select' || field?.type === 'multiselect' || field?.type === 'stage')) {
    return (
      <Select
        {...common}
        value={value ?? undefined}
        onChange={(next) => onChange?.(next)}
        options={choices.map((choice) => ({ value: choice.value, label: localize(choice.label, i18n.language) || choice.value }))}
      />
    );
  }
  if (field?.type === 'boolean') {
    return (
      <Select
        {...common}
        value={typeof value === 'boolean' ? String(value) : undefined}
        onChange={(next: string) => onChange?.(next === 'true')}
        options={[
          { value: 'true', label: t('common.yes') },
          { value: 'false', label: t('common.no') },
        ]}
      />
    );
  }
  if (field && isNumeric(field.type)) {
    return <InputNumber {...common} value={typeof value === 'number' ? value : null} onChange={(next) => onChange?.(next)} />;
  }
  return (
    <Input
      {...common}
      value={value === undefined || value === null ? '' : String(value)}
      onChange={(event) => onChange?.(event.target.value)}
    />
  );
}

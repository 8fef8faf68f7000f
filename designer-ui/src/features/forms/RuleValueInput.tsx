import { Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import { isNumeric, type FieldDefinition } from '../../shared/schema';

type Props = { field?: FieldDefinition; value: unknown; onChange: (value: unknown) => void; testId: string };

/** The value a rule compares with, in the field's own terms: an option, yes/no, a number or a text. */
export function RuleValueInput({ field, value, onChange, testId }: Props) {
  const { t, i18n } = useTranslation();
  const common = { className: 'rule-row__value', 'data-testid': testId, placeholder: t('formDesigner.rules.value') };
  if (field?.type === 'select' || field?.type === 'multiselect') {
    return (
      <Select
        {...common}
        popupMatchSelectWidth={false}
        value={value as string | undefined}
        onChange={onChange}
        options={(field.options ?? []).map((option) => ({
          value: option.value,
          label: localize(option.label, i18n.language) || option.value,
        }))}
      />
    );
  }
  if (field?.type === 'boolean') {
    return (
      <Select
        {...common}
        value={value as boolean | undefined}
        onChange={onChange}
        options={[
          { value: true, label: t('common.yes') },
          { value: false, label: t('common.no') },
        ]}
      />
    );
  }
  if (field && (isNumeric(field.type) || field.type === 'user' || field.type === 'relation')) {
    return <InputNumber {...common} value={value as number | undefined} onChange={(next) => onChange(next ?? undefined)} />;
  }
  return <Input {...common} value={(value as string | undefined) ?? ''} onChange={(event) => onChange(event.target.value)} />;
}

import { DatePicker, Input, InputNumber, Rate, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import type { FieldDefinition } from '../../shared/schema';
import { RelationSelect } from './RelationSelect';
import { UserSelect } from './UserSelect';

type Props = { field: FieldDefinition; value?: unknown; onChange?: (value: unknown) => void; id?: string };

/** The input for one field in the record form (a Form.Item child: value and onChange come from the item). */
export function FieldInput({ field, value, onChange, id }: Props) {
  const { t, i18n } = useTranslation();
  const testId = `record-field-${field.slug}`;
  const common = { id, 'data-testid': testId };
  const options = (field.options ?? []).map((option) => ({
    value: option.value,
    label: (
      <span className="option-label">
        <span className="option-dot" style={{ background: option.color ?? '#d9d9d9' }} />
        {localize(option.label, i18n.language) || option.value}
      </span>
    ),
    search: `${option.value} ${localize(option.label, i18n.language)}`,
  }));
  switch (field.type) {
    case 'longtext':
      return (
        <Input.TextArea
          {...common}
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={field.maxLength ?? undefined}
          value={value as string | undefined}
          onChange={(event) => onChange?.(event.target.value)}
        />
      );
    case 'number':
    case 'currency':
    case 'percent':
      return (
        <InputNumber
          {...common}
          style={{ width: '100%' }}
          precision={field.precision ?? (field.type === 'number' ? 0 : 2)}
          addonBefore={field.type === 'currency' ? field.currency || 'CNY' : undefined}
          addonAfter={field.type === 'percent' ? '%' : undefined}
          value={value as number | null | undefined}
          onChange={(next) => onChange?.(next)}
        />
      );
    case 'boolean':
      return <Switch {...common} checked={!!value} onChange={(next) => onChange?.(next)} />;
    case 'date':
      return <DatePicker {...common} style={{ width: '100%' }} value={value as never} onChange={(next) => onChange?.(next)} />;
    case 'datetime':
      return (
        <DatePicker
          {...common}
          style={{ width: '100%' }}
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          value={value as never}
          onChange={(next) => onChange?.(next)}
        />
      );
    case 'select':
      return (
        <Select
          {...common}
          allowClear
          showSearch
          optionFilterProp="search"
          options={options}
          value={value ?? undefined}
          onChange={(next) => onChange?.(next ?? null)}
          placeholder={t('records.choose')}
        />
      );
    case 'multiselect':
      return (
        <Select
          {...common}
          mode="multiple"
          allowClear
          optionFilterProp="search"
          options={options}
          value={(value as string[] | undefined) ?? []}
          onChange={(next) => onChange?.(next)}
          placeholder={t('records.choose')}
        />
      );
    case 'user':
      return <UserSelect {...common} value={value as number | undefined} onChange={(next) => onChange?.(next ?? null)} />;
    case 'relation':
      return field.relation ? (
        <RelationSelect
          {...common}
          entity={field.relation.entity}
          value={value as number | undefined}
          onChange={(next) => onChange?.(next ?? null)}
        />
      ) : null;
    case 'rating':
      return <Rate {...common} count={field.max ?? 5} value={(value as number | undefined) ?? 0} onChange={(next) => onChange?.(next)} />;
    default:
      // email, phone and url stay plain text inputs: the server checks their shape and its message shows here.
      return (
        <Input
          {...common}
          inputMode={field.type === 'email' ? 'email' : field.type === 'phone' ? 'tel' : field.type === 'url' ? 'url' : undefined}
          maxLength={field.maxLength ?? undefined}
          placeholder={field.type === 'url' ? 'https://' : undefined}
          value={(value as string | undefined) ?? ''}
          onChange={(event) => onChange?.(event.target.value)}
        />
      );
  }
}

import { DatePicker, Input, InputNumber, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import { periods, valueKind, type FilterField } from './filterFields';
import { RelationSelect } from './RelationSelect';
import type { FilterOp } from './types';
import { UserSelect } from './UserSelect';

type Props = { field: FilterField; op: FilterOp; value: unknown; onChange: (value: unknown) => void };

/** One value of the field's type; dates travel as the API's strings, not as dayjs objects. */
function SingleValue({ field, value, onChange }: Omit<Props, 'op'>) {
  const { t, i18n } = useTranslation();
  const common = { size: 'small' as const, style: { width: '100%' }, 'data-testid': 'filter-value' };
  switch (field.type) {
    case 'number':
    case 'currency':
    case 'percent':
    case 'rating':
      return (
        <InputNumber
          {...common}
          value={typeof value === 'number' ? value : value ? Number(value) : null}
          onChange={(next) => onChange(next ?? undefined)}
        />
      );
    case 'date':
      return (
        <DatePicker
          {...common}
          value={typeof value === 'string' && value ? dayjs(value) : null}
          onChange={(next) => onChange(next ? next.format('YYYY-MM-DD') : undefined)}
        />
      );
    case 'datetime':
      return (
        <DatePicker
          {...common}
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          value={typeof value === 'string' && value ? dayjs(value) : null}
          onChange={(next) => onChange(next ? next.toISOString() : undefined)}
        />
      );
    case 'boolean':
      return (
        <Select
          {...common}
          value={typeof value === 'boolean' ? String(value) : undefined}
          onChange={(next: string) => onChange(next === 'true')}
          options={[
            { value: 'true', label: t('common.yes') },
            { value: 'false', label: t('common.no') },
          ]}
        />
      );
    case 'select':
    case 'multiselect':
      return (
        <Select
          {...common}
          value={value ?? undefined}
          onChange={onChange}
          options={(field.options ?? []).map((option) => ({
            value: option.value,
            label: localize(option.label, i18n.language) || option.value,
          }))}
        />
      );
    case 'user':
      return <UserSelect {...common} value={value as number | undefined} onChange={onChange} />;
    case 'relation':
      return field.relation ? (
        <RelationSelect {...common} entity={field.relation.entity} value={value as number | undefined} onChange={onChange} />
      ) : null;
    default:
      return (
        <Input
          {...common}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.target.value)}
          placeholder={t('filter.valuePlaceholder')}
        />
      );
  }
}

/** The value part of a filter row, shaped by the operator: nothing, one value, a list, a range, days, a period. */
export function FilterValueInput({ field, op, value, onChange }: Props) {
  const { t, i18n } = useTranslation();
  switch (valueKind(op)) {
    case 'none':
      return null;
    case 'list': {
      const list = Array.isArray(value) ? value : [];
      if (field.type === 'select' || field.type === 'multiselect') {
        return (
          <Select
            size="small"
            mode="multiple"
            style={{ width: '100%' }}
            data-testid="filter-value"
            value={list}
            onChange={onChange}
            options={(field.options ?? []).map((option) => ({
              value: option.value,
              label: localize(option.label, i18n.language) || option.value,
            }))}
          />
        );
      }
      if (field.type === 'user') {
        return <UserSelect size="small" style={{ width: '100%' }} mode="multiple" value={list} onChange={onChange} />;
      }
      return (
        <Select
          size="small"
          mode="tags"
          style={{ width: '100%' }}
          data-testid="filter-value"
          value={list.map(String)}
          onChange={onChange}
          open={false}
          tokenSeparators={[',', '，']}
          placeholder={t('filter.listPlaceholder')}
        />
      );
    }
    case 'range': {
      const [from, to] = Array.isArray(value) ? value : [undefined, undefined];
      return (
        <Space.Compact block size="small">
          <SingleValue field={field} value={from} onChange={(next) => onChange([next, to])} />
          <SingleValue field={field} value={to} onChange={(next) => onChange([from, next])} />
        </Space.Compact>
      );
    }
    case 'days':
      return (
        <InputNumber
          size="small"
          min={0}
          style={{ width: '100%' }}
          data-testid="filter-value"
          addonAfter={t('filter.days')}
          value={typeof value === 'number' ? value : null}
          onChange={(next) => onChange(next ?? undefined)}
        />
      );
    case 'period':
      return (
        <Select
          size="small"
          style={{ width: '100%' }}
          data-testid="filter-value"
          value={value ?? undefined}
          onChange={onChange}
          options={periods.map((period) => ({ value: period, label: t(`filter.periods.${period}`) }))}
        />
      );
    default:
      return <SingleValue field={field} value={value} onChange={onChange} />;
  }
}

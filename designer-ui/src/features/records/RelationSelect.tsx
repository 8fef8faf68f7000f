import { useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../shared/ui/useDebouncedValue';
import { useEntity } from '../entities';
import { linkLabel } from './formatValue';
import { recordKeys, recordsApi } from './recordsApi';
import { useRecords } from './useRecords';

type Props = Omit<SelectProps, 'options' | 'loading' | 'onSearch' | 'filterOption'> & {
  entity: string;
  value?: number;
};

/** Picks a record of the target entity, searching it on the server as the person types. */
export function RelationSelect({ entity, value, ...props }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search, 250);
  const target = useEntity(entity);
  const displayField = target.data?.displayField ?? undefined;
  const records = useRecords(entity, { q: q || undefined, limit: 20 });
  const items = records.data?.items;
  const missing = value !== undefined && value !== null && !items?.some((record) => record.id === value);
  // The chosen record may not be on the first page of results: fetch it to show its name.
  const current = useQuery({
    queryKey: recordKeys.one(entity, Number(value)),
    queryFn: () => recordsApi.get(entity, Number(value)),
    enabled: missing,
  });
  const options = useMemo(() => {
    const list = [...(items ?? [])];
    if (missing && current.data) list.unshift(current.data);
    return list.map((record) => ({ value: record.id, label: linkLabel(record, displayField) }));
  }, [items, missing, current.data, displayField]);

  return (
    <Select
      showSearch
      allowClear
      filterOption={false}
      onSearch={setSearch}
      onBlur={() => setSearch('')}
      placeholder={t('records.pickRecord')}
      loading={records.isFetching}
      notFoundContent={records.isFetching ? t('common.loading') : t('records.noMatch')}
      value={value}
      options={options}
      {...props}
    />
  );
}

import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityDefinition } from '../schema';
import { useDebouncedValue } from '../ui/useDebouncedValue';
import { recordChoiceLabel } from './recordChoiceLabel';
import type { RecordChoice } from './types';
import { useRecordChoices } from './useRecordChoices';

type Props = {
  entity: EntityDefinition;
  value?: number;
  onChange: (id: number | undefined, record: RecordChoice | undefined) => void;
};

/** One of the entity's records by its display value, searched on the server as the person types. */
export function RecordPicker({ entity, value, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search);
  const choices = useRecordChoices(entity.slug, debounced);
  const items = useMemo(() => choices.data?.items ?? [], [choices.data]);
  return (
    <Select<number>
      showSearch
      allowClear
      filterOption={false}
      value={value}
      placeholder={t('scripting.test.chooseRecord')}
      notFoundContent={choices.isFetching ? t('common.loading') : t('scripting.test.noRecords')}
      loading={choices.isFetching}
      onSearch={setSearch}
      onChange={(id) => onChange(id, items.find((item) => item.id === id))}
      options={items.map((record) => ({ value: record.id, label: recordChoiceLabel(record, entity.displayField) }))}
      style={{ width: '100%' }}
      data-testid="script-test-record"
    />
  );
}

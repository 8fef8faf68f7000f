import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordChoiceLabel } from '../../shared/scripting';
import { useDebouncedValue } from '../../shared/ui/useDebouncedValue';
import { maxDryRunRecords } from './dryRunSummary';
import { useRecordChoices } from './useRecordChoices';

type Props = {
  entity: string | undefined;
  displayField: string | null | undefined;
  value: number[];
  onChange: (ids: number[]) => void;
};

/** Several records of the entity, searched on the server as the person types (newest first when empty). */
export function DryRunRecordSelect({ entity, displayField, value, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search);
  const choices = useRecordChoices(entity, debounced);
  // Labels of records chosen earlier stay known while the search shows other records.
  const [known, setKnown] = useState<Map<number, string>>(new Map());
  const options = useMemo(() => {
    const found = (choices.data?.items ?? []).map((record) => ({ value: record.id, label: recordChoiceLabel(record, displayField) }));
    const missing = value
      .filter((id) => !found.some((option) => option.value === id))
      .map((id) => ({ value: id, label: known.get(id) ?? `#${id}` }));
    return [...missing, ...found];
  }, [choices.data, displayField, value, known]);

  return (
    <Select<number[]>
      mode="multiple"
      showSearch
      allowClear
      filterOption={false}
      disabled={!entity}
      value={value}
      maxCount={maxDryRunRecords}
      placeholder={t('workflowRuns.dryRun.recordsPlaceholder')}
      notFoundContent={choices.isFetching ? t('common.loading') : t('workflowRuns.dryRun.noRecords')}
      loading={choices.isFetching}
      onSearch={setSearch}
      onChange={(ids) => {
        const next = new Map(known);
        for (const option of options) if (ids.includes(option.value)) next.set(option.value, option.label);
        setKnown(next);
        onChange(ids);
      }}
      options={options}
      style={{ width: '100%' }}
      data-testid="dry-run-records"
    />
  );
}

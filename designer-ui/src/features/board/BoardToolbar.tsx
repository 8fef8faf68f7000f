import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Input, Segmented, Select, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import type { FieldDefinition } from '../../shared/schema';
import { amountFields, cardFieldChoices, type BoardPrefs } from './boardPrefs';
import { CardFieldsChooser } from './CardFieldsChooser';
import type { QuickFilters } from './types';

type Props = {
  fields: FieldDefinition[];
  stageField: string;
  filters: QuickFilters;
  onFilters: (filters: QuickFilters) => void;
  prefs: BoardPrefs;
  onPrefs: (prefs: Partial<BoardPrefs>) => void;
  onReload: () => void;
  reloading: boolean;
};

/** Quick filters (search, my records, a choice field) on the left; what the board shows on the right. */
export function BoardToolbar({ fields, stageField, filters, onFilters, prefs, onPrefs, onReload, reloading }: Props) {
  const { t, i18n } = useTranslation();
  const label = (field: FieldDefinition) => localize(field.label, i18n.language) || field.slug;
  const choiceFields = fields.filter((field) => field.type === 'select' || field.type === 'multiselect');
  const choice = choiceFields.find((field) => field.slug === filters.choiceField) ?? choiceFields[0];
  const amounts = amountFields(fields);
  return (
    <div className="board-toolbar">
      <Space wrap size={8}>
        <Input
          allowClear
          prefix={<SearchOutlined className="board-toolbar__search-icon" />}
          placeholder={t('board.filters.search')}
          value={filters.q}
          onChange={(event) => onFilters({ ...filters, q: event.target.value })}
          className="board-toolbar__search"
          data-testid="board-search"
        />
        <Segmented<'all' | 'mine'>
          value={filters.mine ? 'mine' : 'all'}
          onChange={(value) => onFilters({ ...filters, mine: value === 'mine' })}
          options={[
            { value: 'all', label: t('board.filters.all') },
            { value: 'mine', label: t('board.filters.mine') },
          ]}
          data-testid="board-mine"
        />
        {choice && choiceFields.length > 1 && (
          <Select
            value={choice.slug}
            onChange={(slug) => onFilters({ ...filters, choiceField: slug, choices: [] })}
            options={choiceFields.map((field) => ({ value: field.slug, label: label(field) }))}
            className="board-toolbar__choice-field"
            popupMatchSelectWidth={false}
            data-testid="board-choice-field"
          />
        )}
        {choice && (
          <Select
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            value={filters.choices}
            onChange={(choices: string[]) => onFilters({ ...filters, choiceField: choice.slug, choices })}
            placeholder={t('board.filters.choice', { field: label(choice) })}
            options={(choice.options ?? []).map((option) => ({ value: option.value, label: localize(option.label, i18n.language) || option.value }))}
            className="board-toolbar__choices"
            data-testid="board-choices"
          />
        )}
      </Space>
      <Space wrap size={8}>
        {amounts.length > 0 && (
          <Select
            value={prefs.amount ?? ''}
            onChange={(amount: string) => onPrefs({ amount })}
            options={[
              { value: '', label: t('board.amount.none') },
              ...amounts.map((field) => ({ value: field.slug, label: t('board.amount.sumOf', { field: label(field) }) })),
            ]}
            className="board-toolbar__amount"
            popupMatchSelectWidth={false}
            data-testid="board-amount"
          />
        )}
        <CardFieldsChooser choices={cardFieldChoices(fields, stageField)} chosen={prefs.cardFields} onChange={(cardFields) => onPrefs({ cardFields })} />
        <Tooltip title={t('board.reload')}>
          <Button icon={<ReloadOutlined spin={reloading} />} onClick={onReload} aria-label={t('board.reload')} data-testid="board-reload" />
        </Tooltip>
      </Space>
    </div>
  );
}

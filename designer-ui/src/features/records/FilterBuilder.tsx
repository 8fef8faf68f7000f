import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Segmented, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import { operatorsFor, valueKind, type FilterField } from './filterFields';
import { newRowId, type FilterDraft, type FilterLogic, type FilterRow } from './filterJson';
import { FilterValueInput } from './FilterValueInput';
import type { FilterOp } from './types';

type Props = { fields: FilterField[]; draft: FilterDraft; onChange: (draft: FilterDraft) => void };

/** Rows of field + operator + value, joined by AND or OR; the JSON is built by filterJson.ts. */
export function FilterBuilder({ fields, draft, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const fieldName = (field: FilterField) =>
    field.system ? t(`records.system.${field.slug}`) : localize(field.label, i18n.language) || field.slug;

  // Dates read better as "before / after" than "less / greater than".
  const opLabel = (type: FilterField['type'] | undefined, op: FilterOp) =>
    (type === 'date' || type === 'datetime') && ['lt', 'lte', 'gt', 'gte', 'eq', 'between'].includes(op)
      ? t(`filter.dateOps.${op}`)
      : t(`filter.ops.${op}`);

  const setRow = (id: string, patch: Partial<FilterRow>) =>
    onChange({ ...draft, rows: draft.rows.map((row) => (row.id === id ? { ...row, ...patch } : row)) });

  const changeField = (row: FilterRow, slug: string) => {
    const field = fields.find((candidate) => candidate.slug === slug);
    const op = field ? operatorsFor(field.type)[0] : undefined;
    setRow(row.id, { field: slug, op, value: undefined });
  };

  const changeOp = (row: FilterRow, op: FilterOp) => {
    const keep = row.op && valueKind(row.op) === valueKind(op);
    setRow(row.id, { op, value: keep ? row.value : undefined });
  };

  const addRow = () => {
    const first = fields[0];
    onChange({
      ...draft,
      rows: [...draft.rows, { id: newRowId(), field: first?.slug, op: first ? operatorsFor(first.type)[0] : undefined }],
    });
  };

  return (
    <div className="filter-builder" data-testid="filter-builder">
      <div className="filter-builder__head">
        <Typography.Text strong>{t('filter.title')}</Typography.Text>
        {draft.rows.length > 1 && (
          <Segmented<FilterLogic>
            size="small"
            value={draft.logic}
            onChange={(logic) => onChange({ ...draft, logic })}
            data-testid="filter-logic"
            options={[
              { value: 'and', label: t('filter.and') },
              { value: 'or', label: t('filter.or') },
            ]}
          />
        )}
      </div>
      {draft.rows.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('filter.empty')} className="filter-builder__empty" />
      )}
      {draft.rows.map((row, index) => {
        const field = fields.find((candidate) => candidate.slug === row.field);
        return (
          <div key={row.id} className="filter-row" data-testid={`filter-row-${index}`}>
            <span className="filter-row__logic">
              {index === 0 ? t('filter.where') : draft.logic === 'and' ? t('filter.and') : t('filter.or')}
            </span>
            <Select
              size="small"
              showSearch
              optionFilterProp="label"
              className="filter-row__field"
              data-testid="filter-field"
              value={row.field}
              onChange={(slug: string) => changeField(row, slug)}
              options={fields.map((candidate) => ({ value: candidate.slug, label: fieldName(candidate) }))}
            />
            <Select
              size="small"
              className="filter-row__op"
              data-testid="filter-op"
              value={row.op}
              disabled={!field}
              onChange={(op: FilterOp) => changeOp(row, op)}
              options={(field ? operatorsFor(field.type) : []).map((op) => ({ value: op, label: opLabel(field?.type, op) }))}
            />
            <div className="filter-row__value">
              {field && row.op && (
                <FilterValueInput field={field} op={row.op} value={row.value} onChange={(value) => setRow(row.id, { value })} />
              )}
            </div>
            <Button
              size="small"
              type="text"
              icon={<DeleteOutlined />}
              aria-label={t('filter.removeRow')}
              onClick={() => onChange({ ...draft, rows: draft.rows.filter((item) => item.id !== row.id) })}
            />
          </div>
        );
      })}
      <div className="filter-builder__foot">
        <Button size="small" type="link" icon={<PlusOutlined />} onClick={addRow} data-testid="filter-add-row">
          {t('filter.addCondition')}
        </Button>
        {draft.rows.length > 0 && (
          <Button size="small" type="link" danger onClick={() => onChange({ ...draft, rows: [] })} data-testid="filter-clear">
            {t('filter.clear')}
          </Button>
        )}
      </div>
    </div>
  );
}

import { DeleteOutlined, EditOutlined, ExportOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Table, Tooltip, type TableColumnsType, type TableProps } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize } from '../../shared/i18n';
import type { FieldDefinition } from '../../shared/schema';
import { isNumeric, valueType } from '../../shared/schema';
import { isSystemColumn } from './columns';
import { formatDateTime, linkLabel, type FormatContext } from './formatValue';
import { recordPath } from './recordPath';
import { applyTableSorters, sortOrderOf, type SortItem } from './sortParam';
import type { RecordItem } from './types';
import { ValueCell } from './ValueCell';

type Props = {
  entity: string;
  fields: FieldDefinition[];
  columns: string[];
  records: RecordItem[];
  loading: boolean;
  sort: SortItem[];
  trash: boolean;
  context: FormatContext;
  onSort: (sort: SortItem[]) => void;
  onEdit: (record: RecordItem) => void;
  onDelete: (record: RecordItem) => void;
  onRestore: (record: RecordItem) => void;
};

/** The records as an antd Table: one column per chosen field, server-side multi-sort by header clicks. */
export function RecordsTable(props: Props) {
  const { fields, columns, records, loading, sort, trash, context } = props;
  const { t, i18n } = useTranslation();

  const systemCell = (slug: string, value: unknown) => {
    if (value === undefined || value === null) return <span className="value-empty">—</span>;
    if (slug === 'createdAt' || slug === 'updatedAt') return formatDateTime(String(value));
    if (slug === 'ownerId') return linkLabel(value, 'name', context.userNames);
    return <span className="mono">{String(value)}</span>;
  };

  const tableColumns: TableColumnsType<RecordItem> = columns.map((slug, index) => {
    const field = fields.find((candidate) => candidate.slug === slug);
    const type = field && valueType(field);
    const numeric = type ? isNumeric(type) && type !== 'rating' : slug === 'id';
    return {
      key: slug,
      dataIndex: slug,
      title: field ? localize(field.label, i18n.language) || slug : t(`records.system.${slug}`),
      sorter: { multiple: 1 },
      sortOrder: sortOrderOf(sort, slug),
      showSorterTooltip: { title: t('records.sortHint') },
      align: numeric ? 'right' : undefined,
      ellipsis: field?.type === 'longtext',
      render: (value: unknown, record: RecordItem) => {
        const cell = field ? (
          <ValueCell field={field} value={value} context={context} />
        ) : isSystemColumn(slug) ? (
          systemCell(slug, value)
        ) : null;
        // The first column opens the record, like a title.
        if (index === 0 && !trash) {
          return (
            <a className="record-open" onClick={() => props.onEdit(record)} data-testid={`record-open-${record.id}`}>
              {cell}
            </a>
          );
        }
        return cell;
      },
    };
  });

  tableColumns.push({
    key: 'actions',
    title: t('records.actions'),
    fixed: 'right',
    width: trash ? 110 : 124,
    render: (_: unknown, record) =>
      trash ? (
        <Button
          size="small"
          icon={<UndoOutlined />}
          onClick={() => props.onRestore(record)}
          data-testid={`record-restore-${record.id}`}
        >
          {t('records.restore')}
        </Button>
      ) : (
        <Space size={2}>
          <Tooltip title={t('recordDetail.openPage')}>
            <Link to={recordPath(props.entity, record.id)} data-testid={`record-page-${record.id}`}>
              <Button size="small" type="text" icon={<ExportOutlined />} aria-label={t('recordDetail.openPage')} />
            </Link>
          </Tooltip>
          <Tooltip title={t('common.edit')}>
            <Button
              size="small"
              type="text"
              icon={<EditOutlined />}
              aria-label={t('common.edit')}
              onClick={() => props.onEdit(record)}
              data-testid={`record-edit-${record.id}`}
            />
          </Tooltip>
          <Popconfirm
            title={t('records.deleteConfirm')}
            description={t('records.deleteHint')}
            okText={t('common.delete')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true, 'data-testid': 'record-delete-confirm' }}
            onConfirm={() => props.onDelete(record)}
          >
            <Button
              size="small"
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('common.delete')}
              data-testid={`record-delete-${record.id}`}
            />
          </Popconfirm>
        </Space>
      ),
  });

  const onChange: TableProps<RecordItem>['onChange'] = (_pagination, _filters, sorter) => {
    const list = (Array.isArray(sorter) ? sorter : [sorter]) as SorterResult<RecordItem>[];
    props.onSort(
      applyTableSorters(
        sort,
        list.filter((item) => item.columnKey !== undefined).map((item) => ({ field: String(item.columnKey), order: item.order })),
      ),
    );
  };

  return (
    <Table<RecordItem>
      rowKey="id"
      size="middle"
      data-testid="records-table"
      className="records-table"
      columns={tableColumns}
      dataSource={records}
      loading={loading}
      pagination={false}
      onChange={onChange}
      scroll={{ x: 'max-content' }}
      onRow={(record) => ({ 'data-testid': `record-row-${record.id}` }) as object}
      locale={{ emptyText: trash ? t('records.trashEmpty') : t('records.empty') }}
    />
  );
}

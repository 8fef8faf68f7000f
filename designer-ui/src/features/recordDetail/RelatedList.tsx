import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize } from '../../shared/i18n';
import { ErrorResult } from '../../shared/ui/ErrorResult';
import {
  ValueCell,
  expandableFields,
  formatDateTime,
  recordPath,
  useRecords,
  type FormatContext,
  type RecordItem,
} from '../records';
import { QuickCreateModal } from './QuickCreateModal';
import { relatedColumns, type RelatedLink } from './relatedLinks';

type Props = {
  link: RelatedLink;
  parent: { entity: string; id: number };
  /** Whether the child entity links here through more than one field: then the list names its field. */
  named: boolean;
  context: FormatContext;
};

const pageSize = 10;

/** The records of another entity linking to this one through `link.via`, newest first, with a quick create. */
export function RelatedList({ link, parent, named, context }: Props) {
  const { t, i18n } = useTranslation();
  const [creating, setCreating] = useState(false);
  const columns = useMemo(() => relatedColumns(link), [link]);
  const params = useMemo(
    () => ({
      filter: { field: link.via.slug, op: 'eq' as const, value: parent.id },
      sort: '-createdAt',
      limit: pageSize,
      expand: expandableFields(columns),
    }),
    [link.via.slug, parent.id, columns],
  );
  const records = useRecords(link.entity.slug, params);
  const testId = `related-${link.entity.slug}-${link.via.slug}`;
  const total = records.data?.total ?? records.data?.items.length ?? 0;

  const tableColumns: TableColumnsType<RecordItem> = [
    ...columns.map((field, index) => ({
      key: field.slug,
      dataIndex: field.slug,
      title: localize(field.label, i18n.language) || field.slug,
      render: (value: unknown, record: RecordItem) => {
        const cell = <ValueCell field={field} value={value} context={context} />;
        return index === 0 ? (
          <Link to={recordPath(link.entity.slug, record.id)} data-testid={`${testId}-open-${record.id}`}>
            {cell}
          </Link>
        ) : (
          cell
        );
      },
    })),
    {
      key: 'createdAt',
      dataIndex: 'createdAt',
      title: t('records.system.createdAt'),
      render: (value: string) => <Typography.Text type="secondary">{formatDateTime(value)}</Typography.Text>,
    },
  ];

  return (
    <Card
      size="small"
      className="related-list"
      data-testid={testId}
      title={
        <span className="related-list__title">
          {localize(link.entity.label, i18n.language) || link.entity.slug}
          <Tag bordered={false} className="related-list__count" data-testid={`${testId}-count`}>
            {total}
          </Tag>
          {named && (
            <Typography.Text type="secondary" className="related-list__via">
              {t('recordDetail.related.via', { field: localize(link.via.label, i18n.language) || link.via.slug })}
            </Typography.Text>
          )}
        </span>
      }
      extra={
        <Button size="small" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid={`${testId}-new`}>
          {t('recordDetail.related.new')}
        </Button>
      }
    >
      {records.isError ? (
        <ErrorResult error={records.error} onRetry={() => void records.refetch()} />
      ) : (
        <Table<RecordItem>
          rowKey="id"
          size="small"
          columns={tableColumns}
          dataSource={records.data?.items ?? []}
          loading={records.isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('recordDetail.related.empty') }}
        />
      )}
      {total > pageSize && (
        <Typography.Text type="secondary" className="related-list__more">
          {t('recordDetail.related.more', { shown: pageSize, total })}
        </Typography.Text>
      )}
      {creating && <QuickCreateModal link={link} parent={parent} onClose={() => setCreating(false)} />}
    </Card>
  );
}

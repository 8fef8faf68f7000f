import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../../shared/schema';
import type { ImportRowError } from './types';
import { useTargetLabel } from './useTargetLabel';

type Props = { fields: FieldDefinition[]; errors: ImportRowError[]; failed: number };

/** The bad rows with their reasons: row number in the file, the field at fault, the message. */
export function ImportErrorsTable({ fields, errors, failed }: Props) {
  const { t } = useTranslation();
  const label = useTargetLabel(fields);
  const columns: TableColumnsType<ImportRowError & { key: number }> = [
    { key: 'row', title: t('transfers.errors.row'), dataIndex: 'row', width: 90, align: 'right' },
    {
      key: 'field',
      title: t('transfers.errors.field'),
      width: 200,
      render: (_, error) =>
        error.field ? (
          label(error.field)
        ) : (
          <Typography.Text type="secondary">{t('transfers.errors.wholeRow')}</Typography.Text>
        ),
    },
    { key: 'message', title: t('transfers.errors.message'), dataIndex: 'message' },
  ];
  // A bad row may carry several messages; the table lists them all, the count is of rows.
  const shownRows = new Set(errors.map((error) => error.row)).size;
  return (
    <div className="import-errors" data-testid="import-errors">
      <Typography.Title level={5}>{t('transfers.errors.title')}</Typography.Title>
      {shownRows < failed && (
        <Typography.Paragraph type="secondary">
          {t('transfers.errors.partial', { shown: shownRows, count: failed })}
        </Typography.Paragraph>
      )}
      <Table
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={errors.map((error, index) => ({ ...error, key: index }))}
        pagination={errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        data-testid="import-errors-table"
      />
    </div>
  );
}

import { Empty, Spin, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import type { FieldDefinition } from '../../shared/schema';
import { ErrorResult } from '../../shared/ui/ErrorResult';
import { formatDateTime, formatValue } from './formatValue';
import type { HistoryEntry } from './types';
import { useFormatContext } from './useFormatContext';
import { useRecordHistory } from './useRecordHistory';

const actionColor: Record<HistoryEntry['action'], string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  restore: 'gold',
};

/** Who changed what and when, newest first. */
export function RecordHistory({ entity, id, fields }: { entity: string; id: number; fields: FieldDefinition[] }) {
  const { t, i18n } = useTranslation();
  const history = useRecordHistory(entity, id);
  const context = useFormatContext();
  if (history.isPending) return <Spin />;
  if (history.isError) return <ErrorResult error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.length === 0) return <Empty description={t('history.empty')} />;

  const show = (slug: string, value: unknown) => {
    const field = fields.find((candidate) => candidate.slug === slug);
    const text = field ? formatValue(field, value, context) : value == null ? '' : JSON.stringify(value);
    return text === '' ? <Typography.Text type="secondary">{t('history.empty_value')}</Typography.Text> : text;
  };

  return (
    <Timeline
      className="record-history"
      data-testid="record-history"
      items={history.data.map((entry) => ({
        color: actionColor[entry.action] ?? 'gray',
        children: (
          <div>
            <div className="record-history__head">
              <Tag color={actionColor[entry.action]}>{t(`history.actions.${entry.action}`)}</Tag>
              <Typography.Text strong>{entry.userName ?? (entry.userId ? `#${entry.userId}` : t('history.system'))}</Typography.Text>
              <Typography.Text type="secondary">{formatDateTime(entry.at)}</Typography.Text>
            </div>
            {(entry.changes?.length ?? 0) > 0 && (
              <ul className="record-history__changes">
                {entry.changes?.map((change) => {
                  const field = fields.find((candidate) => candidate.slug === change.field);
                  return (
                    <li key={change.field}>
                      <Typography.Text type="secondary">
                        {field ? localize(field.label, i18n.language) : change.field}:
                      </Typography.Text>{' '}
                      {entry.action === 'create' ? (
                        <span>{show(change.field, change.new)}</span>
                      ) : (
                        <>
                          <span className="record-history__old">{show(change.field, change.old)}</span> →{' '}
                          <span>{show(change.field, change.new)}</span>
                        </>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        ),
      }))}
    />
  );
}

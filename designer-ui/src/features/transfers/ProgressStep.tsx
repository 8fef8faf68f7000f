import { DownloadOutlined, TableOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FieldDefinition } from '../../shared/schema';
import { ErrorResult } from '../../shared/ui/ErrorResult';
import { ImportCounts } from './ImportCounts';
import { ImportErrorsTable } from './ImportErrorsTable';
import { isFinished, progressPercent } from './importProgress';
import { errorsCsvUrl } from './transfersApi';
import type { ImportJob } from './types';
import { useImportJob } from './useImportJob';

type Props = { entity: string; fields: FieldDefinition[]; jobId: string; onAnother: () => void };

/** Step 4: the real run in the background, followed until it ends; then its counts and its bad rows. */
export function ProgressStep({ entity, fields, jobId, onAnother }: Props) {
  const { t, i18n } = useTranslation();
  const job = useImportJob(jobId);
  if (job.isError) return <ErrorResult error={job.error} onRetry={() => void job.refetch()} />;
  const data = job.data;
  // The total is unknown until the rows have been counted; until then the count of rows read is shown.
  const progressText = (value: ImportJob) =>
    value.status === 'running' && value.total === null
      ? t('transfers.progress.reading', { processed: value.processed })
      : t(`transfers.progress.${value.status}`, { processed: value.processed, total: value.total ?? value.processed });
  const finished = !!data && isFinished(data.status);
  const status = data?.status === 'failed' ? 'exception' : data?.status === 'completed' ? 'success' : 'active';

  return (
    <div className="import-step" data-testid="import-progress" data-status={data?.status ?? 'loading'}>
      <div className="import-progress__head">
        <Typography.Text strong data-testid="import-progress-text">
          {data ? progressText(data) : t('transfers.progress.queued')}
        </Typography.Text>
        {data?.fileName && <Typography.Text type="secondary">{data.fileName}</Typography.Text>}
      </div>
      <Progress percent={data ? progressPercent(data) : 0} status={status} data-testid="import-progress-bar" />
      {data?.status === 'failed' && (
        <Alert type="error" showIcon className="import-notice" message={data.message || t('transfers.progress.failedHint')} />
      )}
      {finished && data && (
        <>
          <ImportCounts job={data} done />
          {data.failed > 0 && (
            <Alert
              type="warning"
              showIcon
              className="import-notice"
              message={t('transfers.progress.badRows', { count: data.failed })}
              description={t('transfers.progress.badRowsHint')}
              action={
                <Button icon={<DownloadOutlined />} href={errorsCsvUrl(jobId, i18n.language)} download data-testid="import-errors-csv">
                  {t('transfers.progress.downloadErrors')}
                </Button>
              }
            />
          )}
          {data.errors.length > 0 && <ImportErrorsTable fields={fields} errors={data.errors} failed={data.failed} />}
        </>
      )}
      <div className="import-actions">
        <Button icon={<UploadOutlined />} onClick={onAnother} disabled={!finished} data-testid="import-another">
          {t('transfers.progress.another')}
        </Button>
        <Space>
          <Link to={`/entities/${encodeURIComponent(entity)}/records`}>
            <Button type={finished ? 'primary' : 'default'} icon={<TableOutlined />} data-testid="import-open-records">
              {t('transfers.progress.openRecords')}
            </Button>
          </Link>
        </Space>
      </div>
    </div>
  );
}

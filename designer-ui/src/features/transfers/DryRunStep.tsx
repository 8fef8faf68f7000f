import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../../shared/schema';
import { ImportCounts } from './ImportCounts';
import { ImportErrorsTable } from './ImportErrorsTable';
import { writtenRows } from './importProgress';
import type { ImportJob, ImportMode } from './types';

type Props = {
  fields: FieldDefinition[];
  result: ImportJob;
  running: ImportMode | undefined;
  onBack: () => void;
  onRerun: () => void;
  onCommit: () => void;
};

/** Step 3: what the import would do, row by row, with nothing saved yet. */
export function DryRunStep({ fields, result, running, onBack, onRerun, onCommit }: Props) {
  const { t } = useTranslation();
  const rows = writtenRows(result);
  return (
    <div className="import-step" data-testid="import-dry-run-result">
      <ImportCounts job={result} done={false} />
      <Alert
        type={result.failed > 0 ? 'warning' : 'success'}
        showIcon
        className="import-notice"
        message={t('transfers.dryRun.nothingSaved')}
        description={result.failed > 0 ? t('transfers.dryRun.badRowsHint') : t('transfers.dryRun.allGood')}
      />
      {result.errors.length > 0 && <ImportErrorsTable fields={fields} errors={result.errors} failed={result.failed} />}
      <div className="import-actions">
        <Button onClick={onBack} data-testid="import-change-mapping">
          {t('transfers.dryRun.changeMapping')}
        </Button>
        <Space>
          <Button onClick={onRerun} loading={running === 'dryRun'} disabled={running === 'commit'} data-testid="import-rerun">
            {t('transfers.dryRun.rerun')}
          </Button>
          <Button type="primary" onClick={onCommit} loading={running === 'commit'} disabled={rows === 0 || running === 'dryRun'} data-testid="import-commit">
            {t('transfers.dryRun.commit', { count: rows })}
          </Button>
        </Space>
      </div>
    </div>
  );
}

import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ElsaWorkflow } from '../workflows';
import { formatDateTime } from '../records';
import { DryRunRecordTable } from './DryRunRecordTable';
import { DryRunTotalsView } from './DryRunTotalsView';
import type { DryRunResult } from './types';

type Props = { result: DryRunResult; workflow: ElsaWorkflow | undefined };

/** A dry run's answer: nothing was kept, the totals first, then each record. */
export function DryRunResults({ result, workflow }: Props) {
  const { t } = useTranslation();
  return (
    <div className="dry-run-results" data-testid="dry-run-results">
      <Alert
        type="info"
        showIcon
        message={t('workflowRuns.dryRun.nothingSaved')}
        description={t('workflowRuns.dryRun.ranAt', {
          version: result.version,
          when: formatDateTime(result.startedAt),
          horizon: result.horizon,
        })}
        data-testid="dry-run-nothing-saved"
      />
      {result.matched !== undefined && result.matched > result.records.length && (
        <Alert
          type="warning"
          showIcon
          message={t('workflowRuns.dryRun.matched', { matched: result.matched, count: result.records.length })}
          data-testid="dry-run-matched"
        />
      )}
      <DryRunTotalsView totals={result.totals} workflow={workflow} />
      <Typography.Title level={5} className="dry-run-results__records">
        {t('workflowRuns.dryRun.perRecord')}
      </Typography.Title>
      <DryRunRecordTable entity={result.entity} records={result.records} startedAt={result.startedAt} />
    </div>
  );
}

import { Drawer } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText, ProblemError } from '../../shared/api';
import { useEntities } from '../entities';
import { DryRunForm } from './DryRunForm';
import { DryRunResults } from './DryRunResults';
import { dryRunErrors, dryRunRequest } from './dryRunSummary';
import { triggerEntity } from './triggerEntity';
import type { DryRunChoice } from './types';
import { useDryRun } from './useDryRun';
import { useWorkflowVersion } from './useWorkflowVersion';

type Props = { definitionId: string; entity?: string; open: boolean; onClose: () => void };

const initialChoice: DryRunChoice = { source: 'records', recordIds: [], horizon: 7, unit: 'days' };

/**
 * Runs the latest (draft) version against chosen records or a saved view with every effect captured and
 * none applied, and shows what would have happened.
 */
export function DryRunDrawer({ definitionId, entity, open, onClose }: Props) {
  const { t } = useTranslation();
  const entities = useEntities();
  const draft = useWorkflowVersion(open ? definitionId : undefined);
  const dryRun = useDryRun(definitionId);
  const [choice, setChoice] = useState<DryRunChoice>(initialChoice);
  // Until someone picks an entity, the trigger's (known once the draft has loaded) stands in.
  const current = { ...choice, entity: choice.entity ?? entity ?? triggerEntity(draft.data) };

  const errors = dryRun.error
    ? dryRunErrors(
        dryRun.error instanceof ProblemError ? dryRun.error.errors : {},
        problemText(dryRun.error, t('errors.unexpected')),
      )
    : { fields: {}, other: [] };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      width="min(1100px, 96vw)"
      title={t('workflowRuns.dryRun.title', { name: draft.data?.name || definitionId })}
      destroyOnHidden
      data-testid="dry-run-drawer"
    >
      <p className="wf-muted">{t('workflowRuns.dryRun.intro')}</p>
      <DryRunForm
        entities={entities.data ?? []}
        value={current}
        onChange={(next) => {
          // A refusal speaks of the choice it was given; once that changes, it no longer applies.
          if (dryRun.isError) dryRun.reset();
          setChoice(next);
        }}
        onRun={() => dryRun.mutate(dryRunRequest(current))}
        running={dryRun.isPending}
        errors={errors}
      />
      {dryRun.data && !dryRun.isPending && <DryRunResults result={dryRun.data} workflow={draft.data} />}
    </Drawer>
  );
}

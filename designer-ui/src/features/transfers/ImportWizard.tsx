import { Card, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { EntityDefinition } from '../../shared/schema';
import { DryRunStep } from './DryRunStep';
import { ImportProblem } from './ImportProblem';
import { MappingStep } from './MappingStep';
import { ProgressStep } from './ProgressStep';
import { UploadStep } from './UploadStep';
import { useImportJob } from './useImportJob';
import { useImportWizard, type WizardStep } from './useImportWizard';

const stepKeys = ['upload', 'mapping', 'dryRun', 'import'] as const;

/**
 * Upload → mapping → dry run → import. The running import's id is kept in the address (`?job=`), so a
 * reload or a shared link keeps following it.
 */
export function ImportWizard({ entity }: { entity: EntityDefinition }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const jobId = params.get('job') ?? undefined;
  const wizard = useImportWizard(entity.slug, (job) => setParams({ job: String(job.id) }));
  const step: WizardStep = jobId ? 3 : wizard.step;
  // The same query the progress step polls; here it only marks the last step done or failed.
  const jobStatus = useImportJob(jobId).data?.status;

  const another = () => {
    setParams({});
    wizard.chooseFile(undefined);
    wizard.goTo(0);
  };

  return (
    <Card className="import-card">
      <Steps
        className="import-steps"
        current={step}
        status={jobStatus === 'completed' ? 'finish' : jobStatus === 'failed' ? 'error' : 'process'}
        data-testid="import-steps"
        // Earlier steps can be revisited until the import has started.
        onChange={(next) => {
          if (step < 3 && next < step) wizard.goTo(next as WizardStep);
        }}
        items={stepKeys.map((key, index) => ({
          title: t(`transfers.steps.${key}`),
          disabled: step === 3 || index >= step,
        }))}
      />
      {wizard.error && step < 3 && <ImportProblem error={wizard.error} />}
      {step === 0 && (
        <UploadStep
          file={wizard.file}
          running={!!wizard.running}
          onFile={wizard.chooseFile}
          onNext={() => void wizard.analyse()}
        />
      )}
      {step === 1 && (
        <MappingStep
          fields={entity.fields}
          columns={wizard.columns}
          settings={wizard.settings}
          running={!!wizard.running}
          onMap={wizard.mapColumn}
          onMatchOn={wizard.setMatchOn}
          onDuplicate={wizard.setOnDuplicate}
          onBack={() => wizard.goTo(0)}
          onRun={() => void wizard.check()}
        />
      )}
      {step === 2 && wizard.dryRun && (
        <DryRunStep
          fields={entity.fields}
          result={wizard.dryRun}
          running={wizard.running}
          onBack={() => wizard.goTo(1)}
          onRerun={() => void wizard.check(true)}
          onCommit={() => void wizard.commit()}
        />
      )}
      {step === 3 && jobId && (
        <ProgressStep entity={entity.slug} fields={entity.fields} jobId={jobId} onAnother={another} />
      )}
    </Card>
  );
}

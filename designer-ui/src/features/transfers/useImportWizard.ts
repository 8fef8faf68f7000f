import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { importBody, mappingFromColumns, settingsKey } from './importRequest';
import { transfersApi } from './transfersApi';
import type { DuplicateMode, ImportColumn, ImportJob, ImportMode, ImportSettings } from './types';

export type WizardStep = 0 | 1 | 2 | 3;

const noSettings: ImportSettings = { mapping: {}, matchOn: [], onDuplicate: 'skip' };

/**
 * The import wizard's state: the file (kept in the browser), the server's columns, the person's mapping and
 * duplicate rule, and the last dry run with the settings it was made for. Every run re-sends the file, so
 * nothing is kept on the server between steps.
 */
export function useImportWizard(entity: string, onCommitted: (job: ImportJob) => void) {
  const [step, setStep] = useState<WizardStep>(0);
  const [file, setFile] = useState<File>();
  const [columns, setColumns] = useState<ImportColumn[]>([]);
  const [settings, setSettings] = useState<ImportSettings>(noSettings);
  const [dryRun, setDryRun] = useState<{ key: string; result: ImportJob }>();

  const run = useMutation({
    mutationFn: ({ mode, with: chosen }: { mode: ImportMode; with?: ImportSettings }) =>
      transfersApi.startImport(entity, importBody(file as File, (file as File).name, mode, chosen)),
  });

  // A failed run stays in `run.error` for the step to show; the wizard just does not move on.
  const attempt = (mode: ImportMode, chosen?: ImportSettings) =>
    run.mutateAsync({ mode, with: chosen }).catch(() => undefined);

  const update = (patch: Partial<ImportSettings>) => setSettings((previous) => ({ ...previous, ...patch }));

  /** The first dry run: the server reads the sheet, proposes a mapping and shows a few values per column. */
  const analyse = async () => {
    const result = await attempt('dryRun');
    if (!result) return;
    const proposed: ImportSettings = { ...noSettings, mapping: mappingFromColumns(result.columns ?? []) };
    setColumns(result.columns ?? []);
    setSettings(proposed);
    setDryRun({ key: settingsKey(proposed), result });
    setStep(1);
  };

  /** A dry run for the current settings; one made for the same settings already is shown again. */
  const check = async (force = false) => {
    const key = settingsKey(settings);
    if (!force && dryRun?.key === key) {
      setStep(2);
      return;
    }
    const result = await attempt('dryRun', settings);
    if (!result) return;
    setDryRun({ key, result });
    setStep(2);
  };

  const commit = async () => {
    const job = await attempt('commit', settings);
    if (!job) return;
    onCommitted(job);
    setStep(3);
  };

  return {
    step,
    file,
    columns,
    settings,
    dryRun: dryRun?.result,
    /** The kind of run under way, so only its button spins. */
    running: run.isPending ? run.variables?.mode : undefined,
    error: run.error,
    goTo: (next: WizardStep) => {
      run.reset();
      setStep(next);
    },
    chooseFile: (next: File | undefined) => {
      run.reset();
      setFile(next);
      setColumns([]);
      setSettings(noSettings);
      setDryRun(undefined);
    },
    mapColumn: (column: string, field: string | null) =>
      setSettings((previous) => ({ ...previous, mapping: { ...previous.mapping, [column]: field } })),
    setMatchOn: (matchOn: string[]) => update({ matchOn }),
    setOnDuplicate: (onDuplicate: DuplicateMode) => update({ onDuplicate }),
    analyse,
    check,
    commit,
  };
}

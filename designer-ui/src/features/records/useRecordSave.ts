import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem, problemText } from '../../shared/api';
import type { FormData } from '../../shared/forms';
import { scriptFailure, type ScriptFailure } from '../../shared/scripting';
import { toCreateBody, toUpdateBody, type RecordBody } from './recordForm';
import type { RecordItem } from './types';
import { useRecordMutations } from './useRecordMutations';

/** Why the last save was refused, when no field carries it: a stale version, a script, anything else. */
export type RecordProblem = { kind: 'stale' | 'other'; text: string } | { kind: 'script'; failure: ScriptFailure };

type SaveInput = {
  /** The fields the form shows. */
  fields: string[];
  data: FormData;
  /** The record being edited; undefined to create one. */
  record?: RecordItem;
  /** Values a create always sends, under what the form holds (the link to a parent record). */
  fixed?: RecordBody;
};

/**
 * Saves a record form, create or update, and sorts a refusal into what the screen shows: errors at their
 * fields, a stale version to reload, a failed script with its place, or the server's explanation.
 */
export function useRecordSave(entity: string) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { create, update } = useRecordMutations(entity);
  const [problem, setProblem] = useState<RecordProblem>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>();

  const clear = () => {
    setProblem(undefined);
    setFieldErrors(undefined);
  };

  const fail = (error: unknown, updating: boolean) => {
    // A 409 without field errors on an update is the version check (If-Match); a unique value already
    // used comes with errors keyed by its field.
    if (updating && isProblem(error, 409) && Object.keys(error.errors).length === 0) {
      setProblem({ kind: 'stale', text: t('records.staleVersion') });
      return;
    }
    // A script that threw, timed out or hit a limit names itself and the place; say so, not "failed".
    const failure = scriptFailure(error);
    if (failure) {
      setProblem({ kind: 'script', failure });
      return;
    }
    if (isProblem(error) && Object.keys(error.errors).length > 0) {
      setFieldErrors(error.errors);
      return;
    }
    setProblem({ kind: 'other', text: problemText(error, t('errors.unexpected')) });
  };

  /** Answers the saved record (the one given when nothing changed), or undefined when refused. */
  const save = async ({ fields, data, record, fixed }: SaveInput): Promise<RecordItem | undefined> => {
    clear();
    try {
      if (record) {
        const body = toUpdateBody(fields, record, data);
        const saved =
          Object.keys(body).length > 0
            ? await update.mutateAsync({ id: record.id, version: record.version, body })
            : record;
        void message.success(t('records.saved'));
        return saved;
      }
      const created = await create.mutateAsync({ ...fixed, ...toCreateBody(fields, data) });
      void message.success(t('records.created'));
      return created;
    } catch (error) {
      fail(error, !!record);
      return undefined;
    }
  };

  const showError = (error: unknown) => setProblem({ kind: 'other', text: problemText(error, t('errors.unexpected')) });

  return { save, saving: create.isPending || update.isPending, problem, fieldErrors, clear, showError };
}

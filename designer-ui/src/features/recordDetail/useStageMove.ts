import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem, problemText } from '../../shared/api';
import { recordKeys, useRecordMutations, type RecordItem } from '../records';
import { gateRefusal } from './stagePath';
import type { UnmetCriterion } from './types';

/** A move a stage gate refused: the pipeline, the stage asked for and what is missing. */
export type GateRefusal = { field: string; stage: string; unmet: UnmetCriterion[] };

/**
 * Moves the record to another stage of one pipeline with an ordinary update (the version guards it);
 * a gate's refusal is kept to show, a stale version reloads the record.
 */
export function useStageMove(entity: string, record: RecordItem) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { update } = useRecordMutations(entity);
  const [refusal, setRefusal] = useState<GateRefusal>();

  const move = async (field: string, stage: string, label: string) => {
    setRefusal(undefined);
    try {
      await update.mutateAsync({ id: record.id, version: record.version, body: { [field]: stage } });
      void message.success(t('recordDetail.path.moved', { stage: label }));
    } catch (error) {
      const gate = gateRefusal(error);
      if (gate) {
        setRefusal({ field, stage, unmet: gate.unmet });
      } else if (isProblem(error, 409)) {
        void message.warning(t('recordDetail.path.stale'));
        void queryClient.invalidateQueries({ queryKey: recordKeys.one(entity, record.id) });
      } else {
        void message.error(problemText(error, t('errors.unexpected')));
      }
    }
  };

  return { move, moving: update.isPending ? update.variables?.body : undefined, refusal, dismiss: () => setRefusal(undefined) };
}

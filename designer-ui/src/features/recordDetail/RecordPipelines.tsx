import { useQueryClient } from '@tanstack/react-query';
import { App, Card, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EntityDefinition, FieldDefinition } from '../../shared/schema';
import { GatePrompt } from '../board';
import { recordKeys, type RecordItem } from '../records';
import { StageGuidance } from './StageGuidance';
import { StagePath } from './StagePath';
import { useStageHistory } from './useStageHistory';
import { useStageMove } from './useStageMove';

type Props = {
  entity: EntityDefinition;
  record: RecordItem;
  pipelines: FieldDefinition[];
  /** The form holds changes not saved yet: a move reloads the record, so it asks first. */
  unsaved: boolean;
};

/**
 * The record's pipelines across the top of its page: each stage path with the current stage's guidance.
 * A move a gate refuses asks for what is missing (the board's prompt) instead of only saying no.
 */
export function RecordPipelines({ entity, record, pipelines, unsaved }: Props) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const queryClient = useQueryClient();
  const history = useStageHistory(entity.slug, record.id, pipelines.length > 0);
  const { move, moving, refusal, dismiss } = useStageMove(entity.slug, record);
  const dwells = history.data?.dwells ?? [];
  const requestMove = (field: string, stage: string, label: string) => {
    if (!unsaved) {
      void move(field, stage, label);
      return;
    }
    modal.confirm({
      title: t('recordDetail.path.unsavedTitle', { stage: label }),
      content: t('recordDetail.path.unsaved'),
      okText: t('recordDetail.path.moveAnyway'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true, 'data-testid': 'stage-move-anyway' } as ButtonProps,
      onOk: () => void move(field, stage, label),
    });
  };
  if (pipelines.length === 0) return null;
  return (
    <Card className="record-pipelines" size="small">
      {pipelines.map((field) => {
        const target = moving?.[field.slug];
        return (
          <div key={field.slug} className="record-pipelines__item">
            <StagePath
              field={field}
              value={record[field.slug]}
              dwells={dwells}
              moving={typeof target === 'string' ? target : undefined}
              onMove={(stage, label) => requestMove(field.slug, stage, label)}
            />
            <StageGuidance field={field} value={record[field.slug]} />
          </div>
        );
      })}
      {refusal && (
        <GatePrompt
          key={`${refusal.field}:${refusal.stage}`}
          entity={entity}
          record={record}
          gate={refusal}
          onClose={dismiss}
          onMoved={() => {
            dismiss();
            void queryClient.invalidateQueries({ queryKey: recordKeys.entity(entity.slug) });
          }}
        />
      )}
    </Card>
  );
}

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Select, Switch, type ButtonProps } from 'antd';
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, localize } from '../../shared/i18n';
import type { EntityDefinition, FieldDefinition } from '../../shared/schema';
import { RemoveStageModal } from './RemoveStageModal';
import { StageDrawer } from './StageDrawer';
import type { StageForm } from './stageForm';
import { stagesWithErrors } from './stageErrors';
import { moveTargets, newStage, reorder } from './stageList';
import { StageRow } from './StageRow';
import { stagesApi } from './stagesApi';
import { useMoveStageRecords } from './useMoveStageRecords';
import { useStageCounts } from './useStageCounts';

export type StageSettingsProps = {
  /** The entity the field belongs to, as saved. */
  entity: EntityDefinition;
  /** The field as saved: its stages are the ones records can already hold. */
  field: FieldDefinition;
  /** Every entity, for the gates that ask for linked records. */
  entities: EntityDefinition[];
};

const rowId = (key: number) => `stage-${key}`;

/**
 * The pipeline itself: the stages in order (drag to reorder, click to edit in a drawer, add, remove), whether
 * records may move back, and the stage new records start in. `errorKey` names the stage inputs showing an
 * error, so it redraws when they change and not on every keystroke elsewhere in the panel.
 */
export const StagePipeline = memo(function StagePipeline({
  entity,
  field,
  entities,
  errorKey,
}: StageSettingsProps & { errorKey: string }) {
  const { t, i18n } = useTranslation();
  const { modal } = App.useApp();
  const form = Form.useFormInstance();
  const stages = (Form.useWatch('stages', form) as StageForm[] | undefined) ?? [];
  const [editing, setEditing] = useState<number | null>(null);
  const [removing, setRemoving] = useState<{ index: number; count: number } | null>(null);
  const isSaved = field.type === 'stage';
  const saved = isSaved ? (field.stages ?? []).map((stage) => stage.value) : [];
  const counts = useStageCounts(entity.slug, field.slug, isSaved);
  const moveRecords = useMoveStageRecords(entity.slug, field.slug);
  const trashedIn = (stage: string) => stagesApi.trashed(entity.slug, field.slug, stage);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  // A refused save or a failed check opens the first stage it is about, so the message is seen.
  const errorPaths = errorKey ? errorKey.split('|') : [];
  const errors = stagesWithErrors(errorPaths);
  const [shownError, setShownError] = useState<number | undefined>();
  if (errors[0] !== shownError) {
    setShownError(errors[0]);
    if (errors[0] !== undefined) setEditing(errors[0]);
  }

  // Saving right after removing a stage would check the inputs still drawn for the old list: save once the
  // list has been drawn again.
  const saveAfterDraw = useRef(false);
  useEffect(() => {
    if (!saveAfterDraw.current) return;
    saveAfterDraw.current = false;
    form.submit();
  });

  const countOf = (stage: StageForm | undefined) =>
    stage && saved.includes(stage.value) ? counts.data?.[stage.value] : undefined;
  const nameOf = (stage: StageForm | undefined) => localize(stage?.label, i18n.language) || stage?.value || '';

  const stageName = () => {
    const names = { 'zh-CN': '', en: '' };
    for (const language of languages) names[language] = i18n.getFixedT(language)('stages.newStageName');
    return names;
  };

  const clearStart = (value: string) => {
    if (form.getFieldValue('default') === value) form.setFieldValue('default', null);
  };

  return (
    <div className="stage-settings" data-testid="stage-settings">
      <Form.List
        name="stages"
        rules={[
          {
            validator: async (_rule, value: StageForm[] | undefined) => {
              if (!value?.length) throw new Error(t('stages.atLeastOne'));
            },
          },
        ]}
      >
        {(items, { add, remove, move }, { errors: listErrors }) => {
          const ids = items.map((item) => rowId(item.key));
          const onDragEnd = ({ active, over }: DragEndEvent) => {
            const change = reorder(ids, String(active.id), over ? String(over.id) : undefined);
            if (!change) return;
            move(change.from, change.to);
            if (editing === change.from) setEditing(change.to);
          };
          const removeAt = (index: number) => {
            remove(index);
            setEditing(null);
          };
          const askRemove = async (index: number) => {
            const stage = stages[index];
            const live = countOf(stage) ?? 0;
            // Records in the trash hold a stage too: they are moved with the others.
            const held = live > 0 || !saved.includes(stage?.value) ? live : await trashedIn(stage.value).catch(() => 0);
            if (held > 0) {
              setRemoving({ index, count: held });
              return;
            }
            modal.confirm({
              title: t('stages.removeConfirm', { stage: nameOf(stage) }),
              content: t('stages.removeConfirmHint'),
              okText: t('stages.remove'),
              okButtonProps: { danger: true, 'data-testid': 'stage-remove-confirm' } as ButtonProps,
              cancelText: t('common.cancel'),
              onOk: () => {
                clearStart(stage?.value);
                removeAt(index);
              },
            });
          };
          const removingStage = removing === null ? undefined : stages[removing.index];
          return (
            <>
              <div className="stage-settings__head">
                <span>{t('stages.title')}</span>
                <span className="stage-settings__hint">{t('stages.listHint')}</span>
              </div>
              {errors.length > 0 && (
                <Alert
                  type="error"
                  showIcon
                  className="stage-settings__errors"
                  data-testid="stage-errors"
                  message={t('stages.fixStages', {
                    stages: errors.map((index) => `“${nameOf(stages[index])}”`).join(t('stages.listSeparator')),
                  })}
                />
              )}
              <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
                <SortableContext items={ids} strategy={verticalListSortingStrategy}>
                  <div className="stage-list" data-testid="stage-list">
                    {items.map((item, index) => (
                      <StageRow
                        key={item.key}
                        id={rowId(item.key)}
                        index={index}
                        stage={stages[index]}
                        count={countOf(stages[index])}
                        hasError={errors.includes(index)}
                        onOpen={() => setEditing(index)}
                        onRemove={() => void askRemove(index)}
                      />
                    ))}
                  </div>
                </SortableContext>
              </DndContext>
              <Form.ErrorList errors={listErrors} />
              <Button
                type="dashed"
                block
                icon={<PlusOutlined />}
                className="stage-settings__add"
                data-testid="stage-add"
                onClick={() => {
                  add(newStage(stages, stageName()));
                  setEditing(items.length);
                }}
              >
                {t('stages.add')}
              </Button>
              <StageDrawer
                items={items}
                editing={editing}
                entity={entity}
                entities={entities}
                saved={saved}
                errorPaths={errorPaths}
                onClose={() => setEditing(null)}
              />
              {removingStage && removing !== null && (
                <RemoveStageModal
                  stage={removingStage}
                  count={removing.count}
                  targets={moveTargets(stages, saved, removingStage.value)}
                  pending={moveRecords.isPending}
                  onCancel={() => setRemoving(null)}
                  onMove={async (to, reason) => {
                    await moveRecords.mutateAsync({ stage: removingStage.value, to, reason });
                    clearStart(removingStage.value);
                    // The records have left the stage: save the pipeline without it now.
                    saveAfterDraw.current = true;
                    removeAt(removing.index);
                    setRemoving(null);
                  }}
                />
              )}
            </>
          );
        }}
      </Form.List>
      <Form.Item
        name="allowBackward"
        valuePropName="checked"
        label={t('stages.allowBackward')}
        tooltip={t('stages.allowBackwardHint')}
        className="stage-settings__switch"
      >
        <Switch data-testid="stage-allow-backward" />
      </Form.Item>
      <Form.Item name="default" label={t('stages.start')} extra={t('stages.startHint')}>
        <Select
          allowClear
          placeholder={t('stages.noStart')}
          data-testid="stage-start"
          options={stages
            .filter((stage) => stage?.value)
            .map((stage) => ({ value: stage.value, label: nameOf(stage) }))}
        />
      </Form.Item>
    </div>
  );
});

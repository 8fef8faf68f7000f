import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { DeleteOutlined, ExclamationCircleFilled, HolderOutlined, LoginOutlined, LogoutOutlined } from '@ant-design/icons';
import { Button, Tag, Tooltip } from 'antd';
import type { KeyboardEventHandler, PointerEventHandler } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import { gateSize, type StageForm } from './stageForm';

type Props = {
  id: string;
  index: number;
  stage: StageForm;
  /** Live records in the stage, when the field is saved. */
  count?: number;
  hasError: boolean;
  onOpen: () => void;
  onRemove: () => void;
};

/** One stage in the pipeline list: drag to reorder, click to edit, remove. */
export function StageRow({ id, index, stage, count, hasError, onOpen, onRemove }: Props) {
  const { t, i18n } = useTranslation();
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, transform, transition, isDragging } = useSortable({ id });
  const entry = gateSize(stage?.entryCriteria);
  const exit = gateSize(stage?.exitCriteria);
  const classes = ['stage-row'];
  if (isDragging) classes.push('stage-row--dragging');
  if (hasError) classes.push('stage-row--error');
  return (
    <div
      ref={setNodeRef}
      className={classes.join(' ')}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-testid={`stage-row-${index}`}
      data-value={stage?.value}
      onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
      onClick={onOpen}
    >
      <button
        ref={setActivatorNodeRef}
        type="button"
        className="stage-row__handle"
        aria-label={t('stages.dragToReorder')}
        data-testid={`stage-handle-${index}`}
        {...attributes}
        onKeyDown={listeners?.onKeyDown as KeyboardEventHandler | undefined}
        onClick={(event) => event.stopPropagation()}
      >
        <HolderOutlined />
      </button>
      <span className="stage-row__color" style={{ background: stage?.color || '#d9d9d9' }} />
      <button type="button" className="stage-row__main" data-testid={`stage-open-${index}`}>
        <span className="stage-row__label" data-testid={`stage-label-${index}`}>
          {localize(stage?.label, i18n.language) || stage?.value || t('stages.unnamed')}
        </span>
        <span className="stage-row__meta">
          {stage?.category === 'won' && <Tag color="success">{t('stages.categories.won')}</Tag>}
          {stage?.category === 'lost' && <Tag color="error">{t('stages.categories.lost')}</Tag>}
          {typeof stage?.probability === 'number' && <span>{t('stages.chance', { value: stage.probability })}</span>}
          {count !== undefined && <span data-testid={`stage-count-${index}`}>· {t('stages.recordCount', { count })}</span>}
        </span>
      </button>
      <span className="stage-row__gates">
        {entry > 0 && (
          <Tooltip title={t('stages.entryGateCount', { count: entry })}>
            <Tag icon={<LoginOutlined />} bordered={false} color="blue" data-testid={`stage-entry-${index}`}>
              {t('stages.entryTag', { count: entry })}
            </Tag>
          </Tooltip>
        )}
        {exit > 0 && (
          <Tooltip title={t('stages.exitGateCount', { count: exit })}>
            <Tag icon={<LogoutOutlined />} bordered={false} color="orange" data-testid={`stage-exit-${index}`}>
              {t('stages.exitTag', { count: exit })}
            </Tag>
          </Tooltip>
        )}
        {hasError && (
          <Tooltip title={t('stages.stageHasError')}>
            <ExclamationCircleFilled className="stage-row__error" data-testid={`stage-error-${index}`} />
          </Tooltip>
        )}
      </span>
      <Button
        size="small"
        type="text"
        icon={<DeleteOutlined />}
        aria-label={t('stages.remove')}
        data-testid={`stage-remove-${index}`}
        onPointerDown={(event) => event.stopPropagation()}
        onClick={(event) => {
          event.stopPropagation();
          onRemove();
        }}
      />
    </div>
  );
}

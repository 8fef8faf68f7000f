import { useDraggable, useDroppable } from '@dnd-kit/core';
import { BranchesOutlined, CloseOutlined, ExclamationCircleFilled, HolderOutlined, StarOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { useCallback, type KeyboardEventHandler, type PointerEventHandler } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../../shared/schema';
import { FieldTypeIcon } from '../entities';
import { placedFieldId, slotId, type DropData, type FormDragData } from './dndIds';
import { fieldLabel } from './fieldText';
import type { FieldOverride, RuleEffect } from './types';

type Props = {
  field: FieldDefinition;
  section: string;
  override?: FieldOverride;
  /** Effects of the rules that target this field, to tag it as conditional. */
  effects: RuleEffect[];
  selected: boolean;
  dropBefore: boolean;
  errors: string[];
  onSelect: (field: string) => void;
  onRemove: (field: string) => void;
};

/** A field on the form: drag it within or between sections (or back to the palette), click to edit it. */
export function FieldCard({ field, section, override, effects, selected, dropBefore, errors, onSelect, onRemove }: Props) {
  const { t, i18n } = useTranslation();
  const drag: FormDragData = { kind: 'placed', field: field.slug, section };
  const drop: DropData = { kind: 'slot', section, field: field.slug };
  const draggable = useDraggable({ id: placedFieldId(field.slug), data: drag });
  const droppable = useDroppable({ id: slotId(field.slug), data: drop });
  const { setNodeRef: setDragRef } = draggable;
  const { setNodeRef: setDropRef } = droppable;
  const setRef = useCallback(
    (node: HTMLElement | null) => {
      setDragRef(node);
      setDropRef(node);
    },
    [setDragRef, setDropRef],
  );
  const required = !!field.required || !!override?.required;
  const conditional = effects.some((effect) => effect === 'show' || effect === 'hide');
  const conditionallyRequired = effects.some((effect) => effect === 'require' || effect === 'optional');
  // The entity designer's row look, plus what a form adds (columns, drop marker, errors, remove).
  const classes = ['field-row', 'form-field-card'];
  if (selected) classes.push('field-row--selected');
  if (draggable.isDragging) classes.push('field-row--dragging');
  if (dropBefore) classes.push('form-field-card--drop-before');
  if (errors.length > 0) classes.push('form-field-card--error');
  return (
    <div
      ref={setRef}
      className={classes.join(' ')}
      data-testid={`canvas-field-${field.slug}`}
      onPointerDown={draggable.listeners?.onPointerDown as PointerEventHandler | undefined}
      onClick={() => onSelect(field.slug)}
    >
      <button
        type="button"
        className="field-row__handle"
        aria-label={t('formDesigner.canvas.dragField')}
        {...draggable.attributes}
        onKeyDown={draggable.listeners?.onKeyDown as KeyboardEventHandler | undefined}
        onClick={(event) => event.stopPropagation()}
      >
        <HolderOutlined />
      </button>
      <span className="field-row__icon">
        <FieldTypeIcon type={field.type} />
      </span>
      <button type="button" className="field-row__main" aria-pressed={selected} data-testid={`canvas-field-select-${field.slug}`}>
        <span className="field-row__label">
          {fieldLabel(field, override, i18n.language)}
          {required && <span className="form-field-card__required">*</span>}
        </span>
        <span className="field-row__slug">{field.slug}</span>
      </button>
      <span className="field-row__tags">
        {errors.length > 0 && (
          <Tooltip title={errors.join(' ')}>
            <ExclamationCircleFilled className="form-field-card__error-icon" />
          </Tooltip>
        )}
        {conditional && (
          <Tooltip title={t('formDesigner.canvas.conditional')}>
            <BranchesOutlined className="form-field-card__badge form-field-card__badge--show" aria-label={t('formDesigner.canvas.conditional')} />
          </Tooltip>
        )}
        {conditionallyRequired && (
          <Tooltip title={t('formDesigner.canvas.conditionallyRequired')}>
            <StarOutlined className="form-field-card__badge form-field-card__badge--require" aria-label={t('formDesigner.canvas.conditionallyRequired')} />
          </Tooltip>
        )}
      </span>
      <Tooltip title={t('formDesigner.canvas.removeField')}>
        <button
          type="button"
          className="form-field-card__remove"
          aria-label={t('formDesigner.canvas.removeField')}
          data-testid={`canvas-field-remove-${field.slug}`}
          onPointerDown={(event) => event.stopPropagation()}
          onClick={(event) => {
            event.stopPropagation();
            onRemove(field.slug);
          }}
        >
          <CloseOutlined />
        </button>
      </Tooltip>
    </div>
  );
}

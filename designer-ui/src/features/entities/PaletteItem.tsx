import { useDraggable } from '@dnd-kit/core';
import { Tooltip } from 'antd';
import type { PointerEventHandler } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldType } from '../../shared/schema';
import { paletteId, type DragData } from './dndIds';
import { FieldTypeIcon } from './FieldTypeIcon';

type Props = { type: FieldType; onAdd: (type: FieldType) => void; disabled?: boolean };

/** A field type to drag onto the canvas; a click (or Enter) adds it at the end instead. */
export function PaletteItem({ type, onAdd, disabled }: Props) {
  const { t } = useTranslation();
  const data: DragData = { kind: 'palette', type };
  const { setNodeRef, listeners, attributes, isDragging } = useDraggable({ id: paletteId(type), data, disabled });
  return (
    <Tooltip title={t(`fieldTypes.${type}.hint`)} placement="right" mouseEnterDelay={0.6}>
      <button
        ref={setNodeRef}
        type="button"
        className={`palette-item${isDragging ? ' palette-item--dragging' : ''}`}
        data-testid={`palette-${type}`}
        aria-roledescription={attributes['aria-roledescription']}
        aria-describedby={attributes['aria-describedby']}
        aria-label={t('designer.addFieldOfType', { type: t(`fieldTypes.${type}.name`) })}
        disabled={disabled}
        onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
        onClick={() => onAdd(type)}
      >
        <span className="palette-item__icon">
          <FieldTypeIcon type={type} />
        </span>
        <span className="palette-item__name">{t(`fieldTypes.${type}.name`)}</span>
      </button>
    </Tooltip>
  );
}

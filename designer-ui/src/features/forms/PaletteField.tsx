import { useDraggable } from '@dnd-kit/core';
import { PlusOutlined } from '@ant-design/icons';
import type { PointerEventHandler } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import type { FieldDefinition } from '../../shared/schema';
import { FieldTypeIcon } from '../entities';
import { paletteFieldId, type FormDragData } from './dndIds';

type Props = { field: FieldDefinition; onAdd: (field: string) => void };

/** An entity field not on the form yet: drag it into a section, or click to add it to the current section. */
export function PaletteField({ field, onAdd }: Props) {
  const { t, i18n } = useTranslation();
  const data: FormDragData = { kind: 'palette', field: field.slug };
  const { setNodeRef, listeners, attributes, isDragging } = useDraggable({ id: paletteFieldId(field.slug), data });
  const label = localize(field.label, i18n.language) || field.slug;
  return (
    <button
      ref={setNodeRef}
      type="button"
      className={`palette-item${isDragging ? ' palette-item--dragging' : ''}`}
      data-testid={`form-palette-${field.slug}`}
      aria-roledescription={attributes['aria-roledescription']}
      aria-describedby={attributes['aria-describedby']}
      aria-label={t('formDesigner.canvas.addField', { field: label })}
      onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
      onClick={() => onAdd(field.slug)}
    >
      <span className="palette-item__icon">
        <FieldTypeIcon type={field.type} />
      </span>
      <span className="form-palette__text">
        <span className="form-palette__label">{label}</span>
        <span className="form-palette__meta">
          {t(`fieldTypes.${field.type}.name`)}
          {field.required ? ` · ${t('formDesigner.canvas.requiredByEntity')}` : ''}
        </span>
      </span>
      <PlusOutlined className="form-palette__add" />
    </button>
  );
}

import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { HolderOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { KeyboardEventHandler, PointerEventHandler } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import type { FieldDefinition } from '../../shared/schema';
import type { DragData } from './dndIds';
import { FieldTypeIcon } from './FieldTypeIcon';

type Props = {
  field: FieldDefinition;
  selected: boolean;
  isDisplayField: boolean;
  dropBefore: boolean;
  onSelect: (slug: string) => void;
};

/** One field on the canvas: drag anywhere (or the handle with the keyboard) to reorder, click to edit. */
export function FieldRow({ field, selected, isDisplayField, dropBefore, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const data: DragData = { kind: 'field', slug: field.slug };
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, transform, transition, isDragging } = useSortable({
    id: field.slug,
    data,
  });
  const classes = ['field-row'];
  if (selected) classes.push('field-row--selected');
  if (isDragging) classes.push('field-row--dragging');
  if (dropBefore) classes.push('field-row--drop-before');
  return (
    <div
      ref={setNodeRef}
      className={classes.join(' ')}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-testid={`field-row-${field.slug}`}
      onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
      onClick={() => onSelect(field.slug)}
    >
      <button
        ref={setActivatorNodeRef}
        type="button"
        className="field-row__handle"
        aria-label={t('designer.dragToReorder')}
        {...attributes}
        onKeyDown={listeners?.onKeyDown as KeyboardEventHandler | undefined}
        onClick={(event) => event.stopPropagation()}
      >
        <HolderOutlined />
      </button>
      <span className="field-row__icon">
        <FieldTypeIcon type={field.type} />
      </span>
      <button
        type="button"
        className="field-row__main"
        aria-pressed={selected}
        data-testid={`field-select-${field.slug}`}
      >
        <span className="field-row__label">{localize(field.label, i18n.language) || field.slug}</span>
        <span className="field-row__slug">{field.slug}</span>
      </button>
      <span className="field-row__tags">
        {isDisplayField && <Tag color="gold">{t('designer.displayFieldTag')}</Tag>}
        {field.required && <Tag color="red">{t('designer.requiredTag')}</Tag>}
        {field.unique && <Tag color="purple">{t('designer.uniqueTag')}</Tag>}
        <Tag bordered={false}>{t(`fieldTypes.${field.type}.name`)}</Tag>
      </span>
    </div>
  );
}

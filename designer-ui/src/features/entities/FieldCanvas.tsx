import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { InboxOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../../shared/schema';
import { canvasId } from './dndIds';
import { FieldRow } from './FieldRow';

type Props = {
  fields: FieldDefinition[];
  selected?: string;
  displayField?: string | null;
  /** While a palette type is dragged: the row it would land before, or 'end'. */
  dropTarget?: string | 'end';
  onSelect: (slug: string) => void;
};

/** The entity's fields in order: a drop zone for palette types and a sortable list. */
export function FieldCanvas({ fields, selected, displayField, dropTarget, onSelect }: Props) {
  const { t } = useTranslation();
  const { setNodeRef } = useDroppable({ id: canvasId });
  const classes = ['field-canvas'];
  if (dropTarget) classes.push('field-canvas--over');
  if (dropTarget === 'end') classes.push('field-canvas--drop-end');
  return (
    <section className="designer-canvas" aria-label={t('designer.canvas')}>
      <Typography.Title level={5} className="designer-column__title">
        {t('designer.canvas')}
        <Typography.Text type="secondary" className="designer-column__count">
          {t('designer.fieldCount', { count: fields.length })}
        </Typography.Text>
      </Typography.Title>
      <div ref={setNodeRef} className={classes.join(' ')} data-testid="field-canvas">
        <SortableContext items={fields.map((field) => field.slug)} strategy={verticalListSortingStrategy}>
          {fields.map((field) => (
            <FieldRow
              key={field.slug}
              field={field}
              selected={field.slug === selected}
              isDisplayField={field.slug === displayField}
              dropBefore={dropTarget === field.slug}
              onSelect={onSelect}
            />
          ))}
        </SortableContext>
        {fields.length === 0 ? (
          <div className="field-canvas__empty">
            <InboxOutlined className="field-canvas__empty-icon" />
            <div>{t('designer.emptyCanvas')}</div>
          </div>
        ) : (
          <div className="field-canvas__tail">{t('designer.dropHere')}</div>
        )}
      </div>
    </section>
  );
}

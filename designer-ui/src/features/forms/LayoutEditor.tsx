import { DndContext, DragOverlay } from '@dnd-kit/core';
import { Empty, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../../shared/schema';
import { FieldRowPreview } from '../entities';
import { canBeOnForm } from './fieldCapabilities';
import { FieldPropertiesPanel } from './FieldPropertiesPanel';
import { FormCanvas } from './FormCanvas';
import { addSection, fieldsOnForm, moveSection, placeField, removeField, removeSection, sectionOf, updateSection } from './formLayout';
import { FormPalette } from './FormPalette';
import { SectionPanel } from './SectionPanel';
import type { Selection } from './selection';
import type { Messages } from './targets';
import type { FieldOverride, FormLayout, RuleEffect } from './types';
import { useFormDrag } from './useFormDrag';

type Props = {
  entityFields: FieldDefinition[];
  layout: FormLayout;
  overrides: Record<string, FieldOverride>;
  effects: Map<string, RuleEffect[]>;
  messages: Messages;
  onLayout: (change: (layout: FormLayout) => FormLayout) => void;
  onOverride: (field: string, override: FieldOverride) => void;
};

/** The layout tab: entity fields on the left, the form's sections in the middle, the selection's properties on the right. */
export function LayoutEditor({ entityFields, layout, overrides, effects, messages, onLayout, onOverride }: Props) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<Selection>();
  const byslug = useMemo(() => new Map(entityFields.map((field) => [field.slug, field])), [entityFields]);
  const placed = new Set(fieldsOnForm(layout));
  const available = entityFields.filter((field) => canBeOnForm(field) && !placed.has(field.slug));

  const place = (field: string, section: string, before?: string) => {
    onLayout((current) => placeField(current, field, section, before));
    setSelected({ kind: 'field', slug: field });
  };
  const remove = (field: string) => {
    onLayout((current) => removeField(current, field));
    setSelected((current) => (current?.kind === 'field' && current.slug === field ? undefined : current));
  };
  const drag = useFormDrag({ onPlace: place, onRemove: remove });

  // A click on a palette field adds it to the selected section (or the selected field's), else the last one.
  const addByClick = (field: string) => {
    if (drag.recentlyDragged()) return;
    const current =
      selected?.kind === 'section' ? selected.id : selected?.kind === 'field' ? sectionOf(layout, selected.slug)?.id : undefined;
    const section = current ?? layout.sections.at(-1)?.id;
    if (section) {
      place(field, section);
      return;
    }
    const withSection = addSection(layout);
    const id = withSection.sections[0].id;
    onLayout(() => placeField(withSection, field, id));
    setSelected({ kind: 'field', slug: field });
  };

  const newSection = () => {
    const next = addSection(layout);
    onLayout(() => next);
    setSelected({ kind: 'section', id: (next.sections.at(-1) as { id: string }).id });
  };

  const selectedField = selected?.kind === 'field' && placed.has(selected.slug) ? byslug.get(selected.slug) : undefined;
  const selectedSection = selected?.kind === 'section' ? layout.sections.find((section) => section.id === selected.id) : undefined;
  const draggedField = drag.active ? byslug.get(drag.active.field) : undefined;

  return (
    <DndContext sensors={drag.sensors} collisionDetection={drag.collisionDetection} {...drag.handlers}>
      <div className="designer form-designer">
        <FormPalette
          fields={available}
          receiving={drag.active?.kind === 'placed'}
          over={drag.target === 'palette'}
          onAdd={addByClick}
        />
        <FormCanvas
          layout={layout}
          fields={byslug}
          overrides={overrides}
          effects={effects}
          selected={selected}
          target={drag.target}
          dragging={!!drag.active}
          messages={messages}
          onSelect={setSelected}
          onAddSection={newSection}
          onColumns={(id, columns) => onLayout((current) => updateSection(current, id, { columns }))}
          onMoveSection={(id, to) => onLayout((current) => moveSection(current, id, to))}
          onDeleteSection={(id) => {
            onLayout((current) => removeSection(current, id));
            setSelected(undefined);
          }}
          onRemoveField={remove}
        />
        <aside className="designer-panel" aria-label={t('formDesigner.props.title')}>
          {selectedField ? (
            <FieldPropertiesPanel
              key={selectedField.slug}
              field={selectedField}
              override={overrides[selectedField.slug]}
              messages={messages}
              onChange={(override) => onOverride(selectedField.slug, override)}
              onRemove={() => remove(selectedField.slug)}
            />
          ) : selectedSection ? (
            <SectionPanel
              key={`${selectedSection.id}:${selectedSection.columns}`}
              section={selectedSection}
              messages={messages}
              onChange={(patch) => onLayout((current) => updateSection(current, selectedSection.id, patch))}
              onDelete={() => {
                onLayout((current) => removeSection(current, selectedSection.id));
                setSelected(undefined);
              }}
            />
          ) : (
            <Empty
              className="designer-panel__empty"
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={<Typography.Text type="secondary">{t('formDesigner.props.selectHint')}</Typography.Text>}
            />
          )}
        </aside>
      </div>
      <DragOverlay dropAnimation={null}>{draggedField && <FieldRowPreview field={draggedField} />}</DragOverlay>
    </DndContext>
  );
}

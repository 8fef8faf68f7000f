import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../../shared/schema';
import type { FormDropTarget } from './dndIds';
import { SectionCard } from './SectionCard';
import type { Selection } from './selection';
import { messagesUnder, sectionTarget, type Messages } from './targets';
import type { FieldOverride, FormLayout, RuleEffect } from './types';

type Props = {
  layout: FormLayout;
  fields: Map<string, FieldDefinition>;
  overrides: Record<string, FieldOverride>;
  effects: Map<string, RuleEffect[]>;
  selected?: Selection;
  target?: FormDropTarget;
  dragging: boolean;
  messages: Messages;
  onSelect: (selection: Selection) => void;
  onAddSection: () => void;
  onColumns: (id: string, columns: number) => void;
  onMoveSection: (id: string, to: number) => void;
  onDeleteSection: (id: string) => void;
  onRemoveField: (field: string) => void;
};

/** The form as it will read: its sections from top to bottom, each with its fields in its columns. */
export function FormCanvas(props: Props) {
  const { layout, messages } = props;
  const { t } = useTranslation();
  const layoutErrors = messagesUnder(messages, sectionTarget('*'));
  const fieldCount = layout.sections.reduce((sum, section) => sum + section.fields.length, 0);
  return (
    <section className="designer-canvas form-canvas" aria-label={t('formDesigner.canvas.title')} data-testid="form-canvas">
      <Typography.Title level={5} className="designer-column__title">
        {t('formDesigner.canvas.title')}
        <Typography.Text type="secondary" className="designer-column__count">
          {t('formDesigner.canvas.summary', { sections: layout.sections.length, fields: fieldCount })}
        </Typography.Text>
      </Typography.Title>
      {layoutErrors.length > 0 && (
        <Alert type="error" showIcon message={layoutErrors.join(' ')} className="form-canvas__errors" data-testid="canvas-errors" />
      )}
      <div className="form-canvas__sections">
        {layout.sections.map((section, index) => (
          <SectionCard
            key={section.id}
            section={section}
            index={index}
            count={layout.sections.length}
            fields={props.fields}
            overrides={props.overrides}
            effects={props.effects}
            selected={props.selected}
            target={props.target}
            dragging={props.dragging}
            messages={messages}
            onSelect={props.onSelect}
            onColumns={props.onColumns}
            onMove={props.onMoveSection}
            onDelete={props.onDeleteSection}
            onRemoveField={props.onRemoveField}
          />
        ))}
      </div>
      <Button block type="dashed" icon={<PlusOutlined />} onClick={props.onAddSection} data-testid="canvas-section-add">
        {t('formDesigner.canvas.addSection')}
      </Button>
    </section>
  );
}

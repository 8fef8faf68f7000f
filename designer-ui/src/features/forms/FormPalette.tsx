import { useDroppable } from '@dnd-kit/core';
import { CheckCircleOutlined, RollbackOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../../shared/schema';
import { paletteZoneId, type DropData } from './dndIds';
import { PaletteField } from './PaletteField';

type Props = {
  fields: FieldDefinition[];
  /** True while a field from the canvas is dragged: the palette takes it back. */
  receiving: boolean;
  over: boolean;
  onAdd: (field: string) => void;
};

/** The entity's fields not on the form yet; also where a field is dropped to take it off the form. */
export function FormPalette({ fields, receiving, over, onAdd }: Props) {
  const { t } = useTranslation();
  const data: DropData = { kind: 'palette' };
  const { setNodeRef } = useDroppable({ id: paletteZoneId, data });
  const classes = ['designer-palette', 'form-palette'];
  if (receiving) classes.push('form-palette--receiving');
  if (over) classes.push('form-palette--over');
  return (
    <aside ref={setNodeRef} className={classes.join(' ')} aria-label={t('formDesigner.canvas.palette')} data-testid="form-palette">
      <Typography.Title level={5} className="designer-column__title">
        {t('formDesigner.canvas.palette')}
        <Typography.Text type="secondary" className="designer-column__count">
          {fields.length}
        </Typography.Text>
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="designer-palette__hint">
        {t('formDesigner.canvas.paletteHint')}
      </Typography.Paragraph>
      {receiving && (
        <div className="form-palette__return">
          <RollbackOutlined /> {t('formDesigner.canvas.dropToRemove')}
        </div>
      )}
      <div className="form-palette__list">
        {fields.map((field) => (
          <PaletteField key={field.slug} field={field} onAdd={onAdd} />
        ))}
      </div>
      {fields.length === 0 && (
        <div className="form-palette__done">
          <CheckCircleOutlined /> {t('formDesigner.canvas.allPlaced')}
        </div>
      )}
    </aside>
  );
}

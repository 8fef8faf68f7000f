import { HolderOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import type { FieldDefinition } from '../../shared/schema';
import { FieldTypeIcon } from './FieldTypeIcon';

/** What follows the pointer while a field row is dragged. */
export function FieldRowPreview({ field }: { field: FieldDefinition }) {
  const { i18n } = useTranslation();
  return (
    <div className="field-row field-row--overlay">
      <span className="field-row__handle">
        <HolderOutlined />
      </span>
      <span className="field-row__icon">
        <FieldTypeIcon type={field.type} />
      </span>
      <span className="field-row__main">
        <span className="field-row__label">{localize(field.label, i18n.language) || field.slug}</span>
        <span className="field-row__slug">{field.slug}</span>
      </span>
    </div>
  );
}

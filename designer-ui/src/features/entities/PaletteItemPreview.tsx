import { useTranslation } from 'react-i18next';
import type { FieldType } from '../../shared/schema';
import { FieldTypeIcon } from './FieldTypeIcon';

/** What follows the pointer while a palette type is dragged. */
export function PaletteItemPreview({ type }: { type: FieldType }) {
  const { t } = useTranslation();
  return (
    <div className="palette-item palette-item--overlay">
      <span className="palette-item__icon">
        <FieldTypeIcon type={type} />
      </span>
      <span className="palette-item__name">{t(`fieldTypes.${type}.name`)}</span>
    </div>
  );
}

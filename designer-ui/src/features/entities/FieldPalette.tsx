import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { paletteGroups, type FieldType } from '../../shared/schema';
import { PaletteItem } from './PaletteItem';

type Props = { onAdd: (type: FieldType) => void; disabled?: boolean };

export function FieldPalette({ onAdd, disabled }: Props) {
  const { t } = useTranslation();
  return (
    <aside className="designer-palette" aria-label={t('designer.palette')} data-testid="field-palette">
      <Typography.Title level={5} className="designer-column__title">
        {t('designer.palette')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="designer-palette__hint">
        {t('designer.paletteHint')}
      </Typography.Paragraph>
      {paletteGroups.map((group) => (
        <section key={group.key} className="designer-palette__group">
          <div className="designer-palette__group-title">{t(`designer.groups.${group.key}`)}</div>
          <div className="designer-palette__grid">
            {group.types.map((type) => (
              <PaletteItem key={type} type={type} onAdd={onAdd} disabled={disabled} />
            ))}
          </div>
        </section>
      ))}
    </aside>
  );
}

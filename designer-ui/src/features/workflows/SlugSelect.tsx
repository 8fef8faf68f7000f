import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { localize, type LocalizedText } from '../../shared/i18n';

type Props = { items: { slug: string; label: LocalizedText }[]; value: string; onChange: (value: unknown) => void; testId: string };

/** Picks an entity or a field by slug, shown with its label in the current language. */
export function SlugSelect({ items, value, onChange, testId }: Props) {
  const { i18n } = useTranslation();
  return (
    <Select
      style={{ width: '100%' }}
      showSearch
      allowClear
      value={value || undefined}
      onChange={onChange}
      optionFilterProp="label"
      options={items.map((item) => ({ value: item.slug, label: `${localize(item.label, i18n.language) || item.slug} (${item.slug})` }))}
      data-testid={testId}
    />
  );
}

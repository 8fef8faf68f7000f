import { ColumnWidthOutlined } from '@ant-design/icons';
import { Button, Checkbox, Divider, Popover, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import type { FieldDefinition } from '../../shared/schema';
import { systemColumns } from './columns';

type Props = { fields: FieldDefinition[]; visible: string[]; onChange: (columns: string[]) => void };

/** Ticks which fields (and system columns) the table shows. */
export function ColumnChooser({ fields, visible, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const toggle = (slug: string, checked: boolean) =>
    onChange(checked ? [...visible, slug] : visible.filter((item) => item !== slug));
  const content = (
    <div className="column-chooser" data-testid="column-chooser">
      <div className="column-chooser__actions">
        <Button size="small" type="link" onClick={() => onChange(fields.map((field) => field.slug))}>
          {t('columns.all')}
        </Button>
        <Button size="small" type="link" onClick={() => onChange(fields.slice(0, 1).map((field) => field.slug))}>
          {t('columns.minimal')}
        </Button>
      </div>
      {fields.map((field) => (
        <Checkbox
          key={field.slug}
          checked={visible.includes(field.slug)}
          onChange={(event) => toggle(field.slug, event.target.checked)}
          data-testid={`column-toggle-${field.slug}`}
        >
          {localize(field.label, i18n.language) || field.slug}
        </Checkbox>
      ))}
      <Divider plain className="column-chooser__divider">
        <Typography.Text type="secondary">{t('columns.system')}</Typography.Text>
      </Divider>
      {systemColumns.map((slug) => (
        <Checkbox
          key={slug}
          checked={visible.includes(slug)}
          onChange={(event) => toggle(slug, event.target.checked)}
          data-testid={`column-toggle-${slug}`}
        >
          {t(`records.system.${slug}`)}
        </Checkbox>
      ))}
    </div>
  );
  return (
    <Popover content={content} trigger="click" placement="bottomRight">
      <Button icon={<ColumnWidthOutlined />} data-testid="column-chooser-button">
        {t('columns.button')}
      </Button>
    </Popover>
  );
}

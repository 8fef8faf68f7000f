import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import type { RelatedSource } from './relatedSources';
import { WhereValueInput } from './WhereValueInput';

type Props = {
  /** The criterion's name inside its `related` list. */
  name: number;
  /** Its absolute path in the form, for watching what was chosen. */
  path: (string | number)[];
  sources: RelatedSource[];
  testId: string;
  onRemove: () => void;
};

/** "At least N records of <entity>, linked through <field>, where <field> = <value>…" */
export function RelatedCriterionEditor({ name, path, sources, testId, onRemove }: Props) {
  const { t, i18n } = useTranslation();
  const form = Form.useFormInstance();
  const entitySlug = Form.useWatch([...path, 'entity'], form) as string | undefined;
  const where = (Form.useWatch([...path, 'where'], form) as { field?: string }[] | undefined) ?? [];
  const source = sources.find((item) => item.entity.slug === entitySlug);
  const fieldLabel = (label: Parameters<typeof localize>[0], slug: string) => localize(label, i18n.language) || slug;

  const pickEntity = (slug: string) => {
    const next = sources.find((item) => item.entity.slug === slug);
    form.setFieldValue([...path, 'field'], next?.fields.length === 1 ? next.fields[0].slug : undefined);
    form.setFieldValue([...path, 'where'], []);
  };

  return (
    <div className="related-criterion" data-testid={testId}>
      {/* One item around the inline inputs, so a missing table or field shows its message below them. */}
      <Form.Item className="related-criterion__rule">
      <div className="related-criterion__line">
        <span>{t('stages.relatedAtLeast')}</span>
        <Form.Item name={[name, 'min']} noStyle>
          <InputNumber min={1} size="small" style={{ width: 64 }} data-testid={`${testId}-min`} />
        </Form.Item>
        <Form.Item
          name={[name, 'entity']}
          noStyle
          rules={[{ required: true, message: t('stages.relatedEntityRequired') }]}
        >
          <Select
            size="small"
            style={{ width: 160 }}
            placeholder={t('stages.relatedEntity')}
            onChange={pickEntity}
            data-testid={`${testId}-entity`}
            options={sources.map((item) => ({ value: item.entity.slug, label: fieldLabel(item.entity.label, item.entity.slug) }))}
          />
        </Form.Item>
        <span>{t('stages.relatedRecords')}</span>
        <Button size="small" type="text" icon={<DeleteOutlined />} aria-label={t('stages.removeRelated')} onClick={onRemove} />
      </div>
      <div className="related-criterion__line">
        <span>{t('stages.relatedVia')}</span>
        <Form.Item name={[name, 'field']} noStyle rules={[{ required: true, message: t('stages.relatedFieldRequired') }]}>
          <Select
            size="small"
            style={{ width: 160 }}
            data-testid={`${testId}-field`}
            options={(source?.fields ?? []).map((field) => ({ value: field.slug, label: fieldLabel(field.label, field.slug) }))}
          />
        </Form.Item>
      </div>
      </Form.Item>
      <Form.List name={[name, 'where']}>
        {(rows, { add, remove }) => (
          <div className="related-criterion__where">
            {rows.map((row, position) => {
              const chosen = source?.entity.fields.find((field) => field.slug === where[row.name]?.field);
              return (
                <div key={row.key} className="related-criterion__line">
                  <span>{position === 0 ? t('stages.where') : t('stages.and')}</span>
                  <Form.Item name={[row.name, 'field']} noStyle>
                    <Select
                      size="small"
                      style={{ minWidth: 120 }}
                      placeholder={t('stages.whereField')}
                      data-testid={`${testId}-where-field-${position}`}
                      onChange={() => form.setFieldValue([...path, 'where', row.name, 'value'], undefined)}
                      options={(source?.entity.fields ?? [])
                        .filter((field) => field.type !== 'relation')
                        .map((field) => ({ value: field.slug, label: fieldLabel(field.label, field.slug) }))}
                    />
                  </Form.Item>
                  <span>=</span>
                  <Form.Item name={[row.name, 'value']} noStyle>
                    <WhereValueInput field={chosen} data-testid={`${testId}-where-value-${position}`} />
                  </Form.Item>
                  <Button
                    size="small"
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('stages.removeWhere')}
                    onClick={() => remove(row.name)}
                  />
                </div>
              );
            })}
            <Button
              size="small"
              type="link"
              icon={<PlusOutlined />}
              disabled={!source}
              onClick={() => add({})}
              data-testid={`${testId}-where-add`}
            >
              {t('stages.addWhere')}
            </Button>
          </div>
        )}
      </Form.List>
    </div>
  );
}

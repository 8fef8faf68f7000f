import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Collapse, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { localize, type LocalizedText } from '../../shared/i18n';
import type { RollupFunction } from '../../shared/schema';
import { aggregatableFields, rollupFunctions, rollupSources, timestampFields } from './rollups';
import { useEntities } from './useEntities';

/**
 * A rollup's settings: the related entity (among those linking to this one), the link it follows, what
 * it computes over which field, and an optional filter on the related records.
 */
export function RollupSettings() {
  const { t, i18n } = useTranslation();
  const { slug = '' } = useParams();
  const entities = useEntities();
  const form = Form.useFormInstance();
  const related = Form.useWatch(['rollup', 'entity'], form) as string | undefined;
  const fn = (Form.useWatch(['rollup', 'function'], form) as RollupFunction | undefined) ?? 'count';
  const sources = rollupSources(entities.data ?? [], slug);
  const child = sources.find((source) => source.entity.slug === related)?.entity;
  const label = (text: LocalizedText | null | undefined, fallback: string) => `${localize(text, i18n.language) || fallback} (${fallback})`;
  const relatedOptions = [...new Map(sources.map((source) => [source.entity.slug, source.entity])).values()].map((entity) => ({
    value: entity.slug,
    label: label(entity.label, entity.slug),
  }));
  const aggregatable = [
    ...aggregatableFields(child, fn).map((field) => ({ value: field.slug, label: label(field.label, field.slug) })),
    ...(fn === 'min' || fn === 'max' ? timestampFields.map((value) => ({ value, label: t(`rollups.timestamps.${value}`) })) : []),
  ];
  const filterable = (child?.fields ?? []).filter((field) => !['formula', 'rollup'].includes(field.type));

  const chooseEntity = (entity: string) =>
    form.setFieldValue('rollup', {
      ...(form.getFieldValue('rollup') as object),
      entity,
      via: sources.find((source) => source.entity.slug === entity)?.via.slug,
      field: null,
      where: [],
      whereJson: '',
    });

  return (
    <>
      {!entities.isPending && sources.length === 0 && (
        <Alert type="info" showIcon message={t('rollups.noSources')} style={{ marginBottom: 12 }} data-testid="rollup-no-sources" />
      )}
      <Form.Item name={['rollup', 'entity']} label={t('rollups.entity')} rules={[{ required: true, message: t('rollups.entityRequired') }]}>
        <Select data-testid="rollup-entity" loading={entities.isPending} options={relatedOptions} onChange={chooseEntity} />
      </Form.Item>
      <Form.Item name={['rollup', 'via']} label={t('rollups.via')} tooltip={t('rollups.viaHint')} rules={[{ required: true, message: t('rollups.viaRequired') }]}>
        <Select
          data-testid="rollup-via"
          options={sources
            .filter((source) => source.entity.slug === related)
            .map((source) => ({ value: source.via.slug, label: label(source.via.label, source.via.slug) }))}
        />
      </Form.Item>
      <Form.Item name={['rollup', 'function']} label={t('rollups.function')}>
        <Select
          data-testid="rollup-function"
          options={rollupFunctions.map((value) => ({ value, label: t(`rollups.functions.${value}`) }))}
          onChange={() => form.setFieldValue(['rollup', 'field'], null)}
        />
      </Form.Item>
      {fn !== 'count' && (
        <Form.Item name={['rollup', 'field']} label={t('rollups.field')} rules={[{ required: true, message: t('rollups.fieldRequired') }]}>
          <Select data-testid="rollup-field" options={aggregatable} />
        </Form.Item>
      )}
      <Form.Item label={t('rollups.where')} tooltip={t('rollups.whereHint')}>
        <Form.List name={['rollup', 'where']}>
          {(rows, { add, remove }) => (
            <>
              {rows.map((row) => (
                <Space key={row.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[row.name, 'field']} noStyle>
                    <Select
                      style={{ width: 150 }}
                      placeholder={t('rollups.whereField')}
                      data-testid="rollup-where-field"
                      options={filterable.map((field) => ({ value: field.slug, label: label(field.label, field.slug) }))}
                    />
                  </Form.Item>
                  <span>=</span>
                  <Form.Item name={[row.name, 'value']} noStyle>
                    <Input style={{ width: 130 }} placeholder={t('rollups.whereValue')} data-testid="rollup-where-value" />
                  </Form.Item>
                  <Button type="text" icon={<DeleteOutlined />} aria-label={t('rollups.removeCondition')} onClick={() => remove(row.name)} />
                </Space>
              ))}
              <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({})} data-testid="rollup-where-add">
                {t('rollups.addCondition')}
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
      <Collapse
        size="small"
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'json',
            forceRender: true,
            label: t('rollups.whereJson'),
            children: (
              <Form.Item
                name={['rollup', 'whereJson']}
                extra={t('rollups.whereJsonHint')}
                rules={[{ validator: (_rule, value: string) => (isJsonObject(value) ? Promise.resolve() : Promise.reject(new Error(t('rollups.whereJsonInvalid')))) }]}
              >
                <Input.TextArea className="mono" autoSize={{ minRows: 3, maxRows: 10 }} data-testid="rollup-where-json" />
              </Form.Item>
            ),
          },
        ]}
      />
    </>
  );
}

function isJsonObject(text: string | undefined): boolean {
  if (!text?.trim()) return true;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

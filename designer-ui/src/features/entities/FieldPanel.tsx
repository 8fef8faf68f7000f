import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Divider, Form, Input, Popconfirm, Select, Space, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  acceptsDefault,
  acceptsRequired,
  acceptsUnique,
  fieldTypes,
  type EntityDefinition,
  type FieldDefinition,
} from '../../shared/schema';
import { isProblem } from '../../shared/api';
import { messageMarker, type ScriptMarker } from '../../shared/scripting';
import { formProblem } from '../../shared/ui/formProblem';
import { DefaultValueInput } from './DefaultValueInput';
import { toFieldForm, toFieldPatch, type FieldFormValues } from './fieldForm';
import { fieldFormNames } from './fieldNames';
import { recomputeKeys } from './formulaApi';
import { FormulaSettings } from './FormulaSettings';
import { FieldTypeIcon } from './FieldTypeIcon';
import { isGeneratedFieldSlug, slugPattern, suggestSlug, uniqueSlug } from './slug';
import { TypeSettings } from './TypeSettings';
import { useConfirmedDelete } from './useConfirmedDelete';
import { useFieldMutations } from './useFieldMutations';

type Props = {
  entity: EntityDefinition;
  field: FieldDefinition;
  onRenamed: (slug: string) => void;
  onDeleted: () => void;
};

/** The side panel editing one field. Keyed by the field by its parent, so it starts fresh per field. */
export function FieldPanel({ entity, field, onRenamed, onDeleted }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FieldFormValues>();
  const [problem, setProblem] = useState<string[]>([]);
  const [formulaMarker, setFormulaMarker] = useState<ScriptMarker | null>(null);
  const queryClient = useQueryClient();
  const { update, remove } = useFieldMutations(entity.slug);
  const confirmedDelete = useConfirmedDelete();
  const type = Form.useWatch('type', form) ?? field.type;
  const options = Form.useWatch('options', form) ?? [];

  const otherSlugs = entity.fields.filter((item) => item.slug !== field.slug).map((item) => item.slug);

  const followLabel = (changed: Partial<FieldFormValues>) => {
    // A generated slug (text_1) follows the English label until the person edits the slug themselves.
    const english = changed.label?.en;
    if (english === undefined || form.isFieldTouched('slug')) return;
    const current = form.getFieldValue('slug') as string;
    if (current !== field.slug || !isGeneratedFieldSlug(field.slug, field.type)) return;
    const suggestion = suggestSlug(english);
    if (suggestion) form.setFieldValue('slug', uniqueSlug(suggestion, otherSlugs));
  };

  const save = async (values: FieldFormValues) => {
    setProblem([]);
    setFormulaMarker(null);
    try {
      const saved = await update.mutateAsync({ slug: field.slug, patch: toFieldPatch(values) });
      // A changed formula starts a recomputation: show its progress.
      if (saved.type === 'formula') void queryClient.invalidateQueries({ queryKey: recomputeKeys.entity(entity.slug) });
      void message.success(t('designer.fieldSaved'));
      if (saved.slug !== field.slug) onRenamed(saved.slug);
    } catch (error) {
      showProblem(error);
    }
  };

  const showProblem = (error: unknown) => {
    const formulaError = isProblem(error) ? error.errors.formula?.[0] : undefined;
    setFormulaMarker(formulaError ? (messageMarker(formulaError) ?? null) : null);
    const text = formProblem(form, error, fieldFormNames(form.getFieldsValue(true)), t('errors.unexpected'));
    setProblem(text ? [text] : []);
  };

  const deleteField = async () => {
    const deleted = await confirmedDelete((confirm) => remove.mutateAsync({ slug: field.slug, confirm }), {
      title: t('designer.deleteFieldWithData'),
      countText: (count) => t('designer.fieldHoldsData', { count: count ?? 0 }),
    });
    if (deleted) {
      void message.success(t('designer.fieldDeleted'));
      onDeleted();
    }
  };

  return (
    <Form<FieldFormValues>
      form={form}
      layout="vertical"
      size="middle"
      initialValues={toFieldForm(field)}
      onFinish={save}
      onValuesChange={followLabel}
      className="field-panel"
      data-testid="field-panel"
    >
      <div className="field-panel__head">
        <span className="field-panel__icon">
          <FieldTypeIcon type={type} />
        </span>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('designer.editField')}
        </Typography.Title>
      </div>
      {problem.length > 0 && (
        <Alert type="error" showIcon message={problem.join(' ')} style={{ marginBottom: 12 }} data-testid="field-error" />
      )}
      <Form.Item
        name="slug"
        label={t('designer.slug')}
        tooltip={t('designer.slugHint')}
        rules={[
          { required: true, message: t('designer.slugRequired') },
          { pattern: slugPattern, message: t('designer.slugPattern') },
        ]}
      >
        <Input className="mono" data-testid="field-slug" />
      </Form.Item>
      <Form.Item
        name={['label', 'zh-CN']}
        label={t('designer.labelZh')}
        rules={[{ required: true, message: t('designer.labelRequired') }]}
      >
        <Input data-testid="field-label-zh" />
      </Form.Item>
      <Form.Item name={['label', 'en']} label={t('designer.labelEn')}>
        <Input data-testid="field-label-en" />
      </Form.Item>
      <Form.Item name="type" label={t('designer.type')} extra={type !== field.type ? t('designer.typeChangeHint') : undefined}>
        <Select
          data-testid="field-type"
          showSearch
          optionFilterProp="label"
          options={fieldTypes.map((value) => ({ value, label: t(`fieldTypes.${value}.name`) }))}
          optionRender={(option) => (
            <Space>
              <FieldTypeIcon type={option.value as FieldDefinition['type']} />
              {option.label}
            </Space>
          )}
        />
      </Form.Item>
      <TypeSettings type={type} entity={entity} field={field} />
      {type === 'formula' && <FormulaSettings entity={entity} field={field.slug} saveMarker={formulaMarker} />}
      {acceptsDefault(type) && (
        <Form.Item name="default" label={t('designer.default')}>
          <DefaultValueInput type={type} options={options} />
        </Form.Item>
      )}
      <Form.Item label={t('designer.rules')} className="field-panel__flags">
        <Space wrap>
          {acceptsRequired(type) && (
            <Form.Item name="required" valuePropName="checked" noStyle>
              <Checkbox data-testid="field-required">{t('designer.required')}</Checkbox>
            </Form.Item>
          )}
          {acceptsUnique(type) && (
            <Form.Item name="unique" valuePropName="checked" noStyle>
              <Checkbox data-testid="field-unique">{t('designer.unique')}</Checkbox>
            </Form.Item>
          )}
          <Form.Item name="indexed" valuePropName="checked" noStyle>
            <Checkbox data-testid="field-indexed">{t('designer.indexed')}</Checkbox>
          </Form.Item>
        </Space>
      </Form.Item>
      <Divider plain orientation="left" className="field-panel__divider">
        {t('designer.help')}
      </Divider>
      <Form.Item name={['help', 'zh-CN']} label={t('designer.helpZh')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} data-testid="field-help-zh" />
      </Form.Item>
      <Form.Item name={['help', 'en']} label={t('designer.helpEn')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} data-testid="field-help-en" />
      </Form.Item>
      <div className="field-panel__actions">
        <Popconfirm
          title={t('designer.deleteFieldConfirm')}
          okText={t('common.delete')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={deleteField}
        >
          <Button danger icon={<DeleteOutlined />} loading={remove.isPending} data-testid="field-delete">
            {t('common.delete')}
          </Button>
        </Popconfirm>
        <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={update.isPending} data-testid="field-save">
          {t('common.save')}
        </Button>
      </div>
    </Form>
  );
}

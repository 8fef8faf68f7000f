import { DeleteOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Popconfirm, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compactText, localize } from '../../shared/i18n';
import type { EntityDefinition } from '../../shared/schema';
import { formProblem } from '../../shared/ui/formProblem';
import { slugPattern } from './slug';
import { useConfirmedDelete } from './useConfirmedDelete';
import { useDeleteEntity } from './useDeleteEntity';
import { useUpdateEntity } from './useUpdateEntity';

type Values = { slug: string; label: { 'zh-CN'?: string; en?: string }; displayField?: string };

type Props = {
  open: boolean;
  entity: EntityDefinition;
  onClose: () => void;
  onRenamed: (slug: string) => void;
  onDeleted: () => void;
};

const names = [['slug'], ['label', 'zh-CN'], ['label', 'en'], ['displayField']];

/** Label, slug (renames the table), display field, and deleting the entity. */
export function EntitySettingsModal({ open, entity, onClose, onRenamed, onDeleted }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const update = useUpdateEntity(entity.slug);
  const remove = useDeleteEntity();
  const confirmedDelete = useConfirmedDelete();

  const save = async (values: Values) => {
    setProblem(undefined);
    try {
      const saved = await update.mutateAsync({
        slug: values.slug !== entity.slug ? values.slug : undefined,
        label: compactText(values.label),
        displayField: values.displayField ?? null,
      });
      void message.success(t('designer.entitySaved'));
      onClose();
      if (saved.slug !== entity.slug) onRenamed(saved.slug);
    } catch (error) {
      setProblem(formProblem(form, error, names, t('errors.unexpected')));
    }
  };

  const deleteEntity = async () => {
    const deleted = await confirmedDelete((confirm) => remove.mutateAsync({ slug: entity.slug, confirm }), {
      title: t('designer.deleteEntityWithData'),
      countText: (count) => t('designer.entityHoldsRecords', { count: count ?? 0 }),
    });
    if (deleted) {
      void message.success(t('designer.entityDeleted'));
      onClose();
      onDeleted();
    }
  };

  return (
    <Modal
      open={open}
      title={t('designer.entitySettings')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <div className="modal-footer-split">
          <Popconfirm
            title={t('designer.deleteEntityConfirm')}
            okText={t('common.delete')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={deleteEntity}
          >
            <Button danger icon={<DeleteOutlined />} loading={remove.isPending} data-testid="entity-delete">
              {t('designer.deleteEntity')}
            </Button>
          </Popconfirm>
          <div>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={update.isPending} onClick={() => form.submit()} data-testid="entity-save">
              {t('common.save')}
            </Button>
          </div>
        </div>
      }
    >
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={save}
        initialValues={{
          slug: entity.slug,
          label: { 'zh-CN': entity.label['zh-CN'] ?? '', en: entity.label.en ?? '' },
          displayField: entity.displayField ?? undefined,
        }}
      >
        <Form.Item
          name={['label', 'zh-CN']}
          label={t('designer.labelZh')}
          rules={[{ required: true, message: t('designer.labelRequired') }]}
        >
          <Input data-testid="entity-label-zh" />
        </Form.Item>
        <Form.Item name={['label', 'en']} label={t('designer.labelEn')}>
          <Input data-testid="entity-label-en" />
        </Form.Item>
        <Form.Item
          name="slug"
          label={t('designer.slug')}
          extra={t('designer.renameHint')}
          rules={[
            { required: true, message: t('designer.slugRequired') },
            { pattern: slugPattern, message: t('designer.slugPattern') },
          ]}
        >
          <Input className="mono" data-testid="entity-slug" />
        </Form.Item>
        <Form.Item name="displayField" label={t('designer.displayField')} extra={t('designer.displayFieldHint')}>
          <Select
            allowClear
            data-testid="entity-display-field"
            options={entity.fields.map((field) => ({
              value: field.slug,
              label: `${localize(field.label, i18n.language)} (${field.slug})`,
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

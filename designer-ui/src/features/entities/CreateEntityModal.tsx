import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { compactText } from '../../shared/i18n';
import { formProblem } from '../../shared/ui/formProblem';
import { slugPattern, suggestSlug } from './slug';
import { useCreateEntity } from './useCreateEntity';

type Values = { slug: string; label: { 'zh-CN'?: string; en?: string } };
type Props = { open: boolean; onClose: () => void };

const names = [['slug'], ['label', 'zh-CN'], ['label', 'en']];

/** Asks for the labels and the slug (suggested from the English label), creates, opens the designer. */
export function CreateEntityModal({ open, onClose }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const create = useCreateEntity();

  const onValuesChange = (changed: Partial<Values>) => {
    const english = changed.label?.en;
    if (english !== undefined && !form.isFieldTouched('slug')) form.setFieldValue('slug', suggestSlug(english));
  };

  const submit = async (values: Values) => {
    setProblem(undefined);
    try {
      const entity = await create.mutateAsync({ slug: values.slug, label: compactText(values.label) ?? {} });
      onClose();
      void navigate(`/entities/${entity.slug}/design`);
    } catch (error) {
      setProblem(formProblem(form, error, names, t('errors.unexpected')));
    }
  };

  return (
    <Modal
      open={open}
      title={t('entities.create')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'entity-create-submit' }}
    >
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} />}
      <Form<Values> form={form} layout="vertical" preserve={false} onFinish={submit} onValuesChange={onValuesChange}>
        <Form.Item
          name={['label', 'zh-CN']}
          label={t('designer.labelZh')}
          rules={[{ required: true, message: t('designer.labelRequired') }]}
        >
          <Input placeholder={t('entities.labelZhPlaceholder')} data-testid="entity-create-label-zh" autoFocus />
        </Form.Item>
        <Form.Item name={['label', 'en']} label={t('designer.labelEn')}>
          <Input placeholder={t('entities.labelEnPlaceholder')} data-testid="entity-create-label-en" />
        </Form.Item>
        <Form.Item
          name="slug"
          label={t('designer.slug')}
          extra={t('entities.slugHint')}
          rules={[
            { required: true, message: t('designer.slugRequired') },
            { pattern: slugPattern, message: t('designer.slugPattern') },
          ]}
        >
          <Input className="mono" placeholder="lead" data-testid="entity-create-slug" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { Alert, Form, Input, Modal, Radio, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { compactText } from '../../shared/i18n';
import { formProblem } from '../../shared/ui/formProblem';
import { useMe } from '../auth';
import { formSlugPattern } from './draftChecks';
import { suggestFormSlug } from './formSlug';
import type { FormCreate } from './types';
import { useFormMutations } from './useFormMutations';

type Values = {
  label: { 'zh-CN'?: string; en?: string };
  slug: string;
  public: boolean;
  start: 'all' | 'empty';
};

type Props = { entity: string; takenSlugs: string[]; open: boolean; onClose: () => void };

const names = [['slug'], ['label', 'zh-CN'], ['label', 'en'], ['public']];

/** Asks for the labels, the slug (suggested from the English label) and public; creates and opens the designer. */
export function CreateFormModal({ entity, takenSlugs, open, onClose }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string>();
  const { create } = useFormMutations(entity);
  const me = useMe();

  const onValuesChange = (changed: Partial<Values>, all: Values) => {
    if (!changed.label || form.isFieldTouched('slug')) return;
    form.setFieldValue('slug', suggestFormSlug(all.label?.en ?? '', entity, takenSlugs));
  };

  const submit = async (values: Values) => {
    setProblem(undefined);
    const body: FormCreate = {
      slug: values.slug,
      label: compactText(values.label),
      public: values.public,
    };
    // An empty form starts with one section to drop fields into.
    if (values.start === 'empty') body.layout = { sections: [{ id: 'section_1', columns: 1, fields: [] }] };
    // What a public form collects needs an owner; the person creating it is the likely one (changeable in settings).
    if (values.public && me.data) body.submission = { ownerId: me.data.id };
    try {
      const created = await create.mutateAsync(body);
      onClose();
      void navigate(`/entities/${entity}/forms/${created.slug}`);
    } catch (error) {
      setProblem(formProblem(form, error, names, t('errors.unexpected')));
    }
  };

  return (
    <Modal
      open={open}
      title={t('formDesigner.list.create')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'form-create-submit' }}
    >
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ public: false, start: 'all', slug: suggestFormSlug('', entity, takenSlugs) }}
        onFinish={submit}
        onValuesChange={onValuesChange}
      >
        <Form.Item
          name={['label', 'zh-CN']}
          label={t('formDesigner.labelZh')}
          rules={[{ required: true, message: t('formDesigner.labelRequired') }]}
        >
          <Input placeholder={t('formDesigner.list.labelZhPlaceholder')} data-testid="form-create-label-zh" autoFocus />
        </Form.Item>
        <Form.Item name={['label', 'en']} label={t('formDesigner.labelEn')}>
          <Input placeholder={t('formDesigner.list.labelEnPlaceholder')} data-testid="form-create-label-en" />
        </Form.Item>
        <Form.Item
          name="slug"
          label={t('formDesigner.slug')}
          extra={t('formDesigner.list.slugHint')}
          rules={[
            { required: true, message: t('formDesigner.checks.slugPattern') },
            { pattern: formSlugPattern, message: t('formDesigner.checks.slugPattern') },
          ]}
        >
          <Input className="mono" data-testid="form-create-slug" />
        </Form.Item>
        <Form.Item name="start" label={t('formDesigner.list.start')}>
          <Radio.Group
            data-testid="form-create-start"
            options={[
              { value: 'all', label: t('formDesigner.list.startAll') },
              { value: 'empty', label: t('formDesigner.list.startEmpty') },
            ]}
          />
        </Form.Item>
        <Form.Item name="public" label={t('formDesigner.public')} valuePropName="checked" extra={t('formDesigner.publicHint')}>
          <Switch data-testid="form-create-public" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

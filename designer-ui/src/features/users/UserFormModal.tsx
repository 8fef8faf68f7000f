import { Alert, Col, Form, Input, InputNumber, Modal, Row, Select, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblem } from '../../shared/ui/formProblem';
import type { User } from '../auth';
import type { UserBody } from './types';
import { useUserMutations } from './useUserMutations';

type Props = { open: boolean; user?: User; onClose: () => void };

const names = ['email', 'name', 'password', 'role', 'team', 'region', 'industries', 'seniority', 'capacity', 'active', 'locale'].map(
  (name) => [name],
);

/** Creates a user, or edits one (a password typed here resets it). */
export function UserFormModal({ open, user, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<UserBody>();
  const [problem, setProblem] = useState<string>();
  const { create, update } = useUserMutations();
  const editing = !!user;

  const submit = async (values: UserBody) => {
    setProblem(undefined);
    const body: UserBody = { ...values };
    if (!body.password) delete body.password;
    try {
      if (user) await update.mutateAsync({ id: user.id, body });
      else await create.mutateAsync(body);
      onClose();
    } catch (error) {
      setProblem(formProblem(form, error, names, t('errors.unexpected')));
    }
  };

  return (
    <Modal
      open={open}
      title={editing ? t('users.edit') : t('users.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      width={640}
    >
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} />}
      <Form<UserBody>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={
          user
            ? { ...user, industries: user.industries ?? [] }
            : { role: 'member', active: true, locale: 'zh-CN', industries: [], seniority: 1, capacity: 20 }
        }
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="name" label={t('users.name')} rules={[{ required: true, message: t('users.nameRequired') }]}>
              <Input data-testid="user-name" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="email"
              label={t('users.email')}
              rules={[{ required: true, type: 'email', message: t('users.emailInvalid') }]}
            >
              <Input data-testid="user-email" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="password"
              label={editing ? t('users.newPassword') : t('users.password')}
              rules={[{ required: !editing, min: 8, message: t('users.passwordRule') }]}
            >
              <Input.Password autoComplete="new-password" data-testid="user-password" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="role" label={t('users.role')}>
              <Select
                options={['admin', 'member'].map((role) => ({ value: role, label: t(`users.roles.${role}`) }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="team" label={t('users.team')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="region" label={t('users.region')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="industries" label={t('users.industries')}>
              <Select mode="tags" tokenSeparators={[',', '，']} placeholder={t('users.industriesHint')} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="seniority" label={t('users.seniority')} tooltip={t('users.seniorityHint')}>
              <InputNumber min={1} max={10} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="capacity" label={t('users.capacity')} tooltip={t('users.capacityHint')}>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="locale" label={t('users.locale')}>
              <Select
                options={[
                  { value: 'zh-CN', label: t('layout.languageZh') },
                  { value: 'en', label: t('layout.languageEn') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="active" label={t('users.active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

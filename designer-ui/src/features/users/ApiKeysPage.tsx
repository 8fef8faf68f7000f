import { KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../shared/api';
import { ErrorResult } from '../../shared/ui/ErrorResult';
import { PageHeader } from '../../shared/ui/PageHeader';
import type { ApiKey, NewApiKey } from './types';
import { useApiKeys } from './useApiKeys';

/** API keys for integrators: the secret is shown once, right after creating it. */
export function ApiKeysPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { keys, create, revoke } = useApiKeys();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<NewApiKey>();
  const [form] = Form.useForm<{ name: string }>();
  const formatDate = (value?: string | null) => (value ? new Date(value).toLocaleString(i18n.language) : '—');

  if (keys.isError) return <ErrorResult error={keys.error} onRetry={() => void keys.refetch()} />;

  const submit = async ({ name }: { name: string }) => {
    try {
      setCreated(await create.mutateAsync(name));
      setCreating(false);
    } catch (error) {
      void message.error(problemText(error, t('errors.unexpected')));
    }
  };

  return (
    <div className="page">
      <PageHeader
        title={t('apiKeys.title')}
        subtitle={t('apiKeys.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('apiKeys.create')}
          </Button>
        }
      />
      <Card styles={{ body: { padding: 0 } }}>
        <Table<ApiKey>
          rowKey="id"
          loading={keys.isPending}
          dataSource={keys.data ?? []}
          pagination={false}
          columns={[
            { title: t('apiKeys.name'), dataIndex: 'name', render: (name: string) => <><KeyOutlined /> {name}</> },
            { title: t('apiKeys.prefix'), dataIndex: 'prefix', render: (prefix: string) => <code>{prefix}…</code> },
            { title: t('apiKeys.createdAt'), dataIndex: 'createdAt', render: formatDate },
            { title: t('apiKeys.lastUsedAt'), dataIndex: 'lastUsedAt', render: formatDate },
            {
              key: 'actions',
              width: 100,
              render: (_: unknown, key) => (
                <Popconfirm
                  title={t('apiKeys.revokeConfirm')}
                  okText={t('apiKeys.revoke')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => revoke.mutateAsync(key.id)}
                >
                  <Button danger type="link">
                    {t('apiKeys.revoke')}
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      </Card>
      <Modal
        open={creating}
        title={t('apiKeys.create')}
        okText={t('common.create')}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setCreating(false)}
        confirmLoading={create.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false} onFinish={submit}>
          <Form.Item name="name" label={t('apiKeys.name')} rules={[{ required: true, message: t('apiKeys.nameRequired') }]}>
            <Input placeholder={t('apiKeys.namePlaceholder')} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!created}
        title={t('apiKeys.createdTitle')}
        onCancel={() => setCreated(undefined)}
        footer={<Button type="primary" onClick={() => setCreated(undefined)}>{t('apiKeys.done')}</Button>}
      >
        <Alert type="warning" showIcon message={t('apiKeys.shownOnce')} style={{ marginBottom: 12 }} />
        <Typography.Paragraph copyable={{ text: created?.key }} code className="api-key-secret">
          {created?.key}
        </Typography.Paragraph>
      </Modal>
    </div>
  );
}

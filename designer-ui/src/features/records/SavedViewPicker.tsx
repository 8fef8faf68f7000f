import { DeleteOutlined, EyeOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Popconfirm, Select, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../shared/api';
import type { SavedView, SavedViewBody } from './types';
import { useSavedViews } from './useSavedViews';

type Props = {
  entity: string;
  viewId?: number;
  onApply: (view: SavedView | undefined) => void;
  currentBody: () => Omit<SavedViewBody, 'name'>;
};

/** Pick a saved view to apply it, save the current filter/columns/sort/search as a new one, delete one. */
export function SavedViewPicker({ entity, viewId, onApply, currentBody }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { views, create, remove } = useSavedViews(entity);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [form] = Form.useForm<{ name: string }>();

  const save = async ({ name }: { name: string }) => {
    setProblem(undefined);
    try {
      const view = await create.mutateAsync({ name, ...currentBody() });
      setSaving(false);
      onApply(view);
      void message.success(t('views.saved'));
    } catch (error) {
      setProblem(problemText(error, t('errors.unexpected')));
    }
  };

  return (
    <Space.Compact>
      <Select
        allowClear
        className="view-picker"
        data-testid="view-select"
        placeholder={
          <span>
            <EyeOutlined /> {t('views.all')}
          </span>
        }
        loading={views.isPending}
        value={viewId}
        onChange={(id?: number) => onApply(views.data?.find((view) => view.id === id))}
        options={(views.data ?? []).map((view) => ({ value: view.id, label: view.name }))}
        popupMatchSelectWidth={false}
      />
      {viewId !== undefined && (
        <Popconfirm
          title={t('views.deleteConfirm')}
          okText={t('common.delete')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={async () => {
            await remove.mutateAsync(viewId);
            onApply(undefined);
          }}
        >
          <Tooltip title={t('views.delete')}>
            <Button icon={<DeleteOutlined />} aria-label={t('views.delete')} />
          </Tooltip>
        </Popconfirm>
      )}
      <Tooltip title={t('views.saveHint')}>
        <Button icon={<SaveOutlined />} onClick={() => setSaving(true)} data-testid="view-save">
          {t('views.save')}
        </Button>
      </Tooltip>
      <Modal
        open={saving}
        title={t('views.saveTitle')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setSaving(false)}
        confirmLoading={create.isPending}
        destroyOnHidden
        okButtonProps={{ 'data-testid': 'view-save-submit' }}
      >
        {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" preserve={false} onFinish={save}>
          <Form.Item name="name" label={t('views.name')} rules={[{ required: true, message: t('views.nameRequired') }]}>
            <Input placeholder={t('views.namePlaceholder')} data-testid="view-name" autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </Space.Compact>
  );
}

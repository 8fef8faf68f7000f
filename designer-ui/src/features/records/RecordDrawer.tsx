import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Drawer, Form, Space, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem, problemText } from '../../shared/api';
import { formProblem } from '../../shared/ui/formProblem';
import { localize } from '../../shared/i18n';
import type { EntityDefinition } from '../../shared/schema';
import { formatDateTime, formatValue } from './formatValue';
import { editableFields, ownerKey, toCreateBody, toFormValues, toUpdateBody, type FormValues } from './recordForm';
import { RecordForm } from './RecordForm';
import { RecordHistory } from './RecordHistory';
import { recordsApi } from './recordsApi';
import type { RecordItem } from './types';
import { useFormatContext } from './useFormatContext';
import { useRecordMutations } from './useRecordMutations';

type Props = {
  entity: EntityDefinition;
  /** The record to edit; undefined to create one. */
  record?: RecordItem;
  open: boolean;
  onClose: () => void;
};

type Problem = { kind: 'stale' | 'other'; text: string };

/** Create or edit a record; server errors land at their fields, a stale version offers a reload. */
export function RecordDrawer({ entity, record: initial, open, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [record, setRecord] = useState(initial);
  const [problem, setProblem] = useState<Problem>();
  const { create, update } = useRecordMutations(entity.slug);
  const context = useFormatContext();
  const fields = useMemo(() => editableFields(entity.fields), [entity.fields]);
  const readOnly = entity.fields.filter((field) => field.type === 'autonumber');
  const initialValues = useMemo(() => (record ? toFormValues(fields, record) : {}), [fields, record]);
  const saving = create.isPending || update.isPending;

  const showProblem = (error: unknown) => {
    // A 409 without field errors on an update is the version check (If-Match); a unique value already
    // used comes with errors keyed by its field.
    if (record && isProblem(error, 409) && Object.keys(error.errors).length === 0) {
      setProblem({ kind: 'stale', text: t('records.staleVersion') });
      return;
    }
    const names = [...fields.map((field) => [field.slug]), [ownerKey]];
    const text = formProblem(form, error, names, t('errors.unexpected'));
    setProblem(text ? { kind: 'other', text } : undefined);
  };

  const save = async (values: FormValues) => {
    setProblem(undefined);
    try {
      if (record) {
        const body = toUpdateBody(fields, record, values);
        if (Object.keys(body).length > 0) await update.mutateAsync({ id: record.id, version: record.version, body });
        void message.success(t('records.saved'));
      } else {
        await create.mutateAsync(toCreateBody(fields, values));
        void message.success(t('records.created'));
      }
      onClose();
    } catch (error) {
      showProblem(error);
    }
  };

  const reload = async () => {
    if (!record) return;
    try {
      const fresh = await recordsApi.get(entity.slug, record.id);
      setRecord(fresh);
      form.resetFields();
      form.setFieldsValue(toFormValues(fields, fresh) as Parameters<typeof form.setFieldsValue>[0]);
      setProblem(undefined);
    } catch (error) {
      setProblem({ kind: 'other', text: problemText(error, t('errors.unexpected')) });
    }
  };

  const title = record
    ? t('records.editTitle', { entity: localize(entity.label, i18n.language), id: record.id })
    : t('records.newTitle', { entity: localize(entity.label, i18n.language) });

  const details = (
    <>
      {problem && (
        <Alert
          type={problem.kind === 'stale' ? 'warning' : 'error'}
          showIcon
          message={problem.text}
          data-testid="record-error"
          style={{ marginBottom: 16 }}
          action={
            problem.kind === 'stale' && (
              <Button size="small" icon={<ReloadOutlined />} onClick={() => void reload()} data-testid="record-reload">
                {t('records.reload')}
              </Button>
            )
          }
        />
      )}
      {record && readOnly.length > 0 && (
        <Descriptions size="small" column={1} className="record-readonly">
          {readOnly.map((field) => (
            <Descriptions.Item key={field.slug} label={localize(field.label, i18n.language)}>
              <span className="mono">{formatValue(field, record[field.slug], context)}</span>
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
      <RecordForm form={form} fields={fields} initialValues={initialValues} onFinish={(values) => void save(values)} />
      {record && (
        <Typography.Text type="secondary" className="record-meta">
          {t('records.meta', {
            id: record.id,
            version: record.version,
            created: formatDateTime(record.createdAt),
            updated: formatDateTime(record.updatedAt),
          })}
        </Typography.Text>
      )}
    </>
  );

  return (
    <Drawer
      open={open}
      title={title}
      width={560}
      onClose={onClose}
      destroyOnHidden
      data-testid="record-drawer"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="record-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {record ? (
        <Tabs
          items={[
            { key: 'details', label: t('records.details'), children: details },
            {
              key: 'history',
              label: t('records.history'),
              children: <RecordHistory entity={entity.slug} id={record.id} fields={entity.fields} />,
            },
          ]}
        />
      ) : (
        details
      )}
    </Drawer>
  );
}

import { ExportOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Space, Tabs, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FormData, FormRendererHandle } from '../../shared/forms';
import { localize } from '../../shared/i18n';
import { isComputed, type EntityDefinition } from '../../shared/schema';
import { formatDateTime, formatValue } from './formatValue';
import { formFields, toFormData } from './recordForm';
import { RecordFormPanel } from './RecordFormPanel';
import { RecordHistory } from './RecordHistory';
import { RecordProblemAlert } from './RecordProblemAlert';
import { RecordScores } from './RecordScores';
import { recordPath } from './recordPath';
import { recordsApi } from './recordsApi';
import type { RecordItem } from './types';
import { useFormatContext } from './useFormatContext';
import { useRecordForm } from './useRecordForm';
import { useRecordSave } from './useRecordSave';

type Props = {
  entity: EntityDefinition;
  /** The record to edit; undefined to create one. */
  record?: RecordItem;
  open: boolean;
  onClose: () => void;
};

/**
 * Create or edit a record with the entity's record form: checked in the browser as the server checks it;
 * server errors land at their fields, a stale version offers a reload.
 */
export function RecordDrawer({ entity, record: initial, open, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const formRef = useRef<FormRendererHandle>(null);
  const recordForm = useRecordForm(entity.slug);
  const [record, setRecord] = useState(initial);
  const { save, saving, problem, fieldErrors, clear, showError } = useRecordSave(entity.slug);
  const context = useFormatContext();
  const fields = useMemo(() => (recordForm.data ? formFields(recordForm.data) : []), [recordForm.data]);
  const readOnly = entity.fields.filter((field) => isComputed(field.type));
  const formData = useMemo(() => (record ? toFormData(fields, record) : {}), [fields, record]);

  const submit = async (data: FormData) => {
    if (await save({ fields, data, record })) onClose();
  };

  const reload = async () => {
    if (!record) return;
    try {
      setRecord(await recordsApi.get(entity.slug, record.id));
      clear();
    } catch (error) {
      showError(error);
    }
  };

  const title = record
    ? t('records.editTitle', { entity: localize(entity.label, i18n.language), id: record.id })
    : t('records.newTitle', { entity: localize(entity.label, i18n.language) });

  const details = (
    <>
      <RecordProblemAlert problem={problem} onReload={() => void reload()} />
      {record && <RecordScores entity={entity} id={record.id} />}
      {record && readOnly.length > 0 && (
        <Descriptions size="small" column={1} className="record-readonly">
          {readOnly.map((field) => (
            <Descriptions.Item key={field.slug} label={localize(field.label, i18n.language)}>
              <span className="mono">{formatValue(field, record[field.slug], context)}</span>
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
      <RecordFormPanel
        query={recordForm}
        formData={formData}
        serverErrors={fieldErrors}
        formRef={formRef}
        onSubmit={(data) => void submit(data)}
      />
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
          {record && (
            <Link to={recordPath(entity.slug, record.id)} data-testid="record-open-page">
              <Button type="text" icon={<ExportOutlined />}>
                {t('recordDetail.openPage')}
              </Button>
            </Link>
          )}
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={saving}
            disabled={!recordForm.data}
            onClick={() => formRef.current?.submit()}
            data-testid="record-save"
          >
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

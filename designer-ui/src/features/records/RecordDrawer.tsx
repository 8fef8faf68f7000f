import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Drawer, Space, Spin, Tabs, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem, problemText } from '../../shared/api';
import type { FormData, FormRendererHandle } from '../../shared/forms';
import { localize } from '../../shared/i18n';
import { ScriptFailureAlert, scriptFailure, type ScriptFailure } from '../../shared/scripting';
import { isComputed, type EntityDefinition } from '../../shared/schema';
import { ErrorResult } from '../../shared/ui/ErrorResult';
import { formatDateTime, formatValue } from './formatValue';
import { formFields, toCreateBody, toFormData, toUpdateBody } from './recordForm';
import { RecordForm } from './RecordForm';
import { RecordHistory } from './RecordHistory';
import { RecordScores } from './RecordScores';
import { recordsApi } from './recordsApi';
import type { RecordItem } from './types';
import { useFormatContext } from './useFormatContext';
import { useRecordForm } from './useRecordForm';
import { useRecordMutations } from './useRecordMutations';

type Props = {
  entity: EntityDefinition;
  /** The record to edit; undefined to create one. */
  record?: RecordItem;
  open: boolean;
  onClose: () => void;
};

type Problem = { kind: 'stale' | 'other'; text: string } | { kind: 'script'; failure: ScriptFailure };

/**
 * Create or edit a record with the entity's record form: checked in the browser as the server checks it;
 * server errors land at their fields, a stale version offers a reload.
 */
export function RecordDrawer({ entity, record: initial, open, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const formRef = useRef<FormRendererHandle>(null);
  const recordForm = useRecordForm(entity.slug);
  const [record, setRecord] = useState(initial);
  const [problem, setProblem] = useState<Problem>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>();
  const { create, update } = useRecordMutations(entity.slug);
  const context = useFormatContext();
  const fields = useMemo(() => (recordForm.data ? formFields(recordForm.data) : []), [recordForm.data]);
  const readOnly = entity.fields.filter((field) => isComputed(field.type));
  const formData = useMemo(() => (record ? toFormData(fields, record) : {}), [fields, record]);
  const saving = create.isPending || update.isPending;

  const showProblem = (error: unknown) => {
    // A 409 without field errors on an update is the version check (If-Match); a unique value already
    // used comes with errors keyed by its field.
    if (record && isProblem(error, 409) && Object.keys(error.errors).length === 0) {
      setProblem({ kind: 'stale', text: t('records.staleVersion') });
      return;
    }
    // A script that threw, timed out or hit a limit names itself and the place; say so, not "failed".
    const failure = scriptFailure(error);
    if (failure) {
      setProblem({ kind: 'script', failure });
      return;
    }
    if (isProblem(error) && Object.keys(error.errors).length > 0) {
      setFieldErrors(error.errors);
      return;
    }
    setProblem({ kind: 'other', text: problemText(error, t('errors.unexpected')) });
  };

  const save = async (data: FormData) => {
    setProblem(undefined);
    setFieldErrors(undefined);
    try {
      if (record) {
        const body = toUpdateBody(fields, record, data);
        if (Object.keys(body).length > 0) await update.mutateAsync({ id: record.id, version: record.version, body });
        void message.success(t('records.saved'));
      } else {
        await create.mutateAsync(toCreateBody(fields, data));
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
      setFieldErrors(undefined);
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
      {problem?.kind === 'script' && (
        <div style={{ marginBottom: 16 }}>
          <ScriptFailureAlert failure={problem.failure} />
        </div>
      )}
      {problem && problem.kind !== 'script' && (
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
      {recordForm.data ? (
        <RecordForm
          form={recordForm.data}
          formData={formData}
          serverErrors={fieldErrors}
          formRef={formRef}
          onSubmit={(data) => void save(data)}
        />
      ) : recordForm.isError ? (
        <ErrorResult error={recordForm.error} onRetry={() => void recordForm.refetch()} />
      ) : (
        <Spin className="record-form-loading" />
      )}
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

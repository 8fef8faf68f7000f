import { SaveOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormRendererHandle } from '../../shared/forms';
import type { EntityDefinition } from '../../shared/schema';
import {
  RecordFormPanel,
  RecordProblemAlert,
  formFields,
  toFormData,
  toUpdateBody,
  useRecordForm,
  useRecordSave,
  type RecordItem,
} from '../records';

type Props = {
  entity: EntityDefinition;
  record: RecordItem;
  onReload: () => void;
  /** Whether the form now holds changes not saved yet. */
  onEdited: (edited: boolean) => void;
};

/** The record's form, edited in place; refusals land at their fields, a stale version offers a reload. */
export function RecordDetailsCard({ entity, record, onReload, onEdited }: Props) {
  const { t } = useTranslation();
  const formRef = useRef<FormRendererHandle>(null);
  const recordForm = useRecordForm(entity.slug);
  const { save, saving, problem, fieldErrors, clear } = useRecordSave(entity.slug);
  const fields = useMemo(() => (recordForm.data ? formFields(recordForm.data) : []), [recordForm.data]);
  const formData = useMemo(() => toFormData(fields, record), [fields, record]);
  const form = recordForm.data;

  return (
    <Card
      title={t('recordDetail.details')}
      className="record-detail-card"
      data-testid="record-details"
      extra={
        <Button
          type="primary"
          icon={<SaveOutlined />}
          loading={saving}
          disabled={!recordForm.data}
          onClick={() => formRef.current?.submit()}
          data-testid="record-save"
        >
          {t('common.save')}
        </Button>
      }
    >
      <RecordProblemAlert
        problem={problem}
        onReload={() => {
          clear();
          onReload();
        }}
      />
      <RecordFormPanel
        query={recordForm}
        form={form}
        formData={formData}
        serverErrors={fieldErrors}
        formRef={formRef}
        onSubmit={(data) => void save({ fields, data, record })}
        onChange={(data) => onEdited(Object.keys(toUpdateBody(fields, record, data)).length > 0)}
      />
    </Card>
  );
}

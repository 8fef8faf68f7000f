import { useQueryClient } from '@tanstack/react-query';
import { Modal } from 'antd';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormRendererHandle } from '../../shared/forms';
import { localize } from '../../shared/i18n';
import { RecordFormPanel, RecordProblemAlert, formFields, recordKeys, useRecordForm, useRecordSave } from '../records';
import type { RelatedLink } from './relatedLinks';

type Props = { link: RelatedLink; parent: { entity: string; id: number }; onClose: () => void };

/**
 * A new record of a related entity, linked to the record on screen. After it is saved, the parent's
 * record (its rollups), timeline and stage history are read again along with the list.
 */
export function QuickCreateModal({ link, parent, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const formRef = useRef<FormRendererHandle>(null);
  const child = link.entity.slug;
  const recordForm = useRecordForm(child);
  const { save, saving, problem, fieldErrors } = useRecordSave(child);
  const fields = useMemo(() => (recordForm.data ? formFields(recordForm.data) : []), [recordForm.data]);
  const fixed = useMemo(() => ({ [link.via.slug]: parent.id }), [link.via.slug, parent.id]);

  const submit = async (data: Record<string, unknown>) => {
    if (!(await save({ fields, data, fixed }))) return;
    await queryClient.invalidateQueries({ queryKey: recordKeys.entity(parent.entity) });
    onClose();
  };

  return (
    <Modal
      open
      width={640}
      title={t('recordDetail.related.newTitle', { entity: localize(link.entity.label, i18n.language) || child })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => formRef.current?.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ disabled: !recordForm.data, 'data-testid': 'quick-create-save' }}
      destroyOnHidden
    >
      <div data-testid="quick-create">
        <RecordProblemAlert problem={problem} />
        <RecordFormPanel
          query={recordForm}
          formData={fixed}
          serverErrors={fieldErrors}
          formRef={formRef}
          onSubmit={(data) => void submit(data)}
        />
      </div>
    </Modal>
  );
}

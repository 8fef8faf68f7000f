import type { Ref } from 'react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormRenderer, type FormData, type FormRendererHandle, type RenderedForm } from '../../shared/forms';
import { withOwnerField } from './recordForm';
import { recordWidgets } from './recordWidgets';

type Props = {
  form: RenderedForm;
  formData: FormData;
  serverErrors?: Record<string, string[]>;
  formRef: Ref<FormRendererHandle>;
  onSubmit: (data: FormData) => void;
  onChange?: (data: FormData) => void;
};

/** The entity's record form (sections, rules, checks as on the server) with the owner picker after it. */
export function RecordForm({ form, formData, serverErrors, formRef, onSubmit, onChange }: Props) {
  const { t } = useTranslation();
  const owned = useMemo(() => withOwnerField(form, t('records.system.ownerId'), t('records.ownerHint')), [form, t]);
  return (
    <div data-testid="record-form" className="record-form">
      <FormRenderer
        schema={owned.schema}
        uiSchema={owned.uiSchema}
        rules={owned.rules}
        formData={formData}
        serverErrors={serverErrors}
        onSubmit={onSubmit}
        onChange={onChange}
        formRef={formRef}
        widgets={recordWidgets}
        testIdPrefix="record-field-"
        hideSubmit
      />
    </div>
  );
}

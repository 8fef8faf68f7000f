import { Form, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import type { FieldDefinition } from '../../shared/schema';
import { FieldInput } from './FieldInput';
import { ownerKey, type FormValues } from './recordForm';
import { UserSelect } from './UserSelect';

type Props = {
  form: FormInstance<FormValues>;
  fields: FieldDefinition[];
  initialValues: FormValues;
  onFinish: (values: FormValues) => void;
};

/** A form generated from the field definitions: label and help per language, input per type. */
export function RecordForm({ form, fields, initialValues, onFinish }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      data-testid="record-form"
      scrollToFirstError
    >
      {fields.map((field) => (
        <Form.Item
          key={field.slug}
          name={field.slug}
          label={localize(field.label, i18n.language) || field.slug}
          tooltip={localize(field.help, i18n.language) || undefined}
          required={field.required}
          rules={field.required ? [{ required: true, message: t('records.requiredField') }] : undefined}
          valuePropName="value"
        >
          <FieldInput field={field} />
        </Form.Item>
      ))}
      <Form.Item name={ownerKey} label={t('records.system.ownerId')} tooltip={t('records.ownerHint')}>
        <UserSelect data-testid="record-field-owner" />
      </Form.Item>
    </Form>
  );
}

import { DeleteOutlined, LayoutOutlined } from '@ant-design/icons';
import { Button, Form, Popconfirm, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../shared/i18n';
import { LocalizedInputs } from './LocalizedInputs';
import { sectionTarget, type Messages } from './targets';
import type { FormSection } from './types';

type Values = { title?: LocalizedText | null; columns: number };
type Props = {
  section: FormSection;
  messages: Messages;
  onChange: (patch: Values) => void;
  onDelete: () => void;
};

/** A section's title in both languages and its number of columns. Keyed by the section by its parent. */
export function SectionPanel({ section, messages, onChange, onDelete }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const errors = messages[sectionTarget(section.id)] ?? [];
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ title: section.title ?? {}, columns: section.columns }}
      onValuesChange={() => onChange(form.getFieldsValue(true) as Values)}
      className="field-panel form-props"
      data-testid="form-section-props"
    >
      <div className="field-panel__head">
        <span className="field-panel__icon">
          <LayoutOutlined />
        </span>
        <div className="form-props__title">
          <Typography.Text strong>{t('formDesigner.section.title')}</Typography.Text>
          <span className="form-props__meta mono">{section.id}</span>
        </div>
      </div>
      {errors.length > 0 && <Typography.Paragraph type="danger">{errors.join(' ')}</Typography.Paragraph>}
      <LocalizedInputs name="title" label={t('formDesigner.section.heading')} testId="section-title" />
      <Form.Item name="columns" label={t('formDesigner.canvas.columns')} extra={t('formDesigner.section.columnsHint')}>
        <Radio.Group
          optionType="button"
          options={[1, 2, 3].map((value) => ({ value, label: t('formDesigner.canvas.columnsN', { count: value }) }))}
        />
      </Form.Item>
      <Typography.Paragraph type="secondary">
        {t('formDesigner.section.fieldCount', { count: section.fields.length })}
      </Typography.Paragraph>
      <div className="field-panel__actions">
        <span />
        <Popconfirm
          title={t('formDesigner.canvas.deleteSection')}
          description={section.fields.length > 0 ? t('formDesigner.canvas.deleteSectionHint') : undefined}
          okText={t('common.delete')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={onDelete}
        >
          <Button danger icon={<DeleteOutlined />}>
            {t('formDesigner.section.delete')}
          </Button>
        </Popconfirm>
      </div>
    </Form>
  );
}

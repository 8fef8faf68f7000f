import { DeleteOutlined } from '@ant-design/icons';
import { Button, Divider, Form, Input, InputNumber, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import type { FieldDefinition } from '../../shared/schema';
import { FieldTypeIcon } from '../entities';
import { supports, textLimit, widgetsFor } from './fieldCapabilities';
import { itemErrors } from './itemErrors';
import { LocalizedInputs } from './LocalizedInputs';
import { OptionLabelsEditor } from './OptionLabelsEditor';
import { fieldTarget, type Messages } from './targets';
import type { FieldOverride } from './types';

type Props = {
  field: FieldDefinition;
  override?: FieldOverride;
  messages: Messages;
  onChange: (override: FieldOverride) => void;
  onRemove: () => void;
};

/**
 * What this form changes about one field: texts in both languages, widget, required and the limits its type
 * has. Changes apply to the draft at once. Keyed by the field by its parent, so it starts fresh per field.
 */
export function FieldPropertiesPanel({ field, override, messages, onChange, onRemove }: Props) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<FieldOverride>();
  const at = (property: string) => itemErrors(messages[fieldTarget(field.slug, property)]);
  const general = messages[fieldTarget(field.slug)] ?? [];
  const widgets = widgetsFor(field.type);
  const numbers = supports(field.type, 'minimum');
  const texts = supports(field.type, 'minLength');
  return (
    <Form<FieldOverride>
      form={form}
      layout="vertical"
      initialValues={override ?? {}}
      onValuesChange={() => onChange(form.getFieldsValue(true) as FieldOverride)}
      className="field-panel form-props"
      data-testid="form-field-props"
    >
      <div className="field-panel__head">
        <span className="field-panel__icon">
          <FieldTypeIcon type={field.type} />
        </span>
        <div className="form-props__title">
          <Typography.Text strong>{localize(field.label, i18n.language) || field.slug}</Typography.Text>
          <span className="form-props__meta">
            <span className="mono">{field.slug}</span> · {t(`fieldTypes.${field.type}.name`)}
          </span>
        </div>
      </div>
      {general.length > 0 && <Typography.Paragraph type="danger">{general.join(' ')}</Typography.Paragraph>}
      <LocalizedInputs name="label" label={t('formDesigner.props.label')} placeholder={field.label} errors={messages[fieldTarget(field.slug, 'label')]}
        testId="prop-label"
      />
      <LocalizedInputs name="help" label={t('formDesigner.props.help')} placeholder={field.help}
        multiline
        errors={messages[fieldTarget(field.slug, 'help')]}
        testId="prop-help"
      />
      {supports(field.type, 'placeholder') && (
        <LocalizedInputs
          name="placeholder"
          label={t('formDesigner.props.placeholder')}
          errors={messages[fieldTarget(field.slug, 'placeholder')]}
          testId="prop-placeholder"
        />
      )}
      {widgets.length > 0 && (
        <Form.Item name="widget" label={t('formDesigner.props.widget')} {...at('widget')}>
          <Select
            allowClear
            placeholder={t(`formDesigner.widgets.${widgets[0]}`)}
            options={widgets.map((widget) => ({ value: widget, label: t(`formDesigner.widgets.${widget}`) }))}
            data-testid="prop-widget"
          />
        </Form.Item>
      )}
      <Form.Item
        label={t('formDesigner.props.required')}
        extra={field.required ? t('formDesigner.props.requiredByEntity') : t('formDesigner.props.requiredHint')}
        {...at('required')}
      >
        {field.required ? (
          <Switch checked disabled />
        ) : (
          <Form.Item name="required" valuePropName="checked" noStyle>
            <Switch data-testid="prop-required" />
          </Form.Item>
        )}
      </Form.Item>
      {(numbers || texts) && (
        <Divider plain orientation="left" className="field-panel__divider">
          {t('formDesigner.props.limits')}
        </Divider>
      )}
      {numbers && (
        <div className="form-props__pair">
          <Form.Item name="minimum" label={t('formDesigner.props.minimum')} {...at('minimum')}>
            <InputNumber className="form-props__number" data-testid="prop-minimum" />
          </Form.Item>
          <Form.Item name="maximum" label={t('formDesigner.props.maximum')} {...at('maximum')}>
            <InputNumber className="form-props__number" data-testid="prop-maximum" />
          </Form.Item>
        </div>
      )}
      {texts && (
        <>
          <div className="form-props__pair">
            <Form.Item name="minLength" label={t('formDesigner.props.minLength')} {...at('minLength')}>
              <InputNumber min={0} precision={0} className="form-props__number" data-testid="prop-minLength" />
            </Form.Item>
            <Form.Item name="maxLength" label={t('formDesigner.props.maxLength')} {...at('maxLength')}>
              <InputNumber
                min={0}
                precision={0}
                max={textLimit(field)}
                placeholder={String(textLimit(field) ?? '')}
                className="form-props__number"
                data-testid="prop-maxLength"
              />
            </Form.Item>
          </div>
          <Form.Item name="pattern" label={t('formDesigner.props.pattern')} extra={t('formDesigner.props.patternHint')} {...at('pattern')}>
            <Input className="mono" placeholder="^1[0-9]{10}$" data-testid="prop-pattern" />
          </Form.Item>
        </>
      )}
      {supports(field.type, 'optionLabels') && (field.options?.length ?? 0) > 0 && (
        <>
          <Divider plain orientation="left" className="field-panel__divider">
            {t('formDesigner.props.optionLabels')}
          </Divider>
          <Form.Item {...at('optionLabels')}>
            <OptionLabelsEditor options={field.options ?? []} />
          </Form.Item>
        </>
      )}
      <div className="field-panel__actions">
        <Typography.Text type="secondary" className="form-props__scope">
          {t('formDesigner.props.appliesHere')}
        </Typography.Text>
        <Button danger icon={<DeleteOutlined />} onClick={onRemove} data-testid="prop-remove">
          {t('formDesigner.canvas.removeField')}
        </Button>
      </div>
    </Form>
  );
}

import { ArrowRightOutlined, CloseOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Tooltip, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { localize } from '../../shared/i18n';
import type { FieldDefinition } from '../../shared/schema';
import { itemErrors } from './itemErrors';
import { settingsTarget, type Messages } from './targets';

type Props = {
  form: FormInstance;
  name: number;
  fields: FieldDefinition[];
  messages: Messages;
  onRemove: () => void;
};

/** One hidden field: which field, from which URL parameter, how its values translate, and the default. */
export function HiddenFieldRow({ form, name, fields, messages, onRemove }: Props) {
  const { t, i18n } = useTranslation();
  const slug = Form.useWatch(['hiddenFields', name, 'field'], form) as string | undefined;
  const field = fields.find((candidate) => candidate.slug === slug);
  const options = field?.options?.map((option) => ({
    value: option.value,
    label: localize(option.label, i18n.language) || option.value,
  }));
  // Rows start with '' for "nothing chosen"; a select shows its placeholder only for undefined.
  const blankAsEmpty = (value: unknown) => ({ value: value === '' ? undefined : value });
  const at = (member: string) => itemErrors(messages[settingsTarget(['hiddenFields', name, member])]);
  const valueInput = (testId: string) =>
    options ? (
      <Select allowClear options={options} placeholder={t('formDesigner.hidden.storedValue')} data-testid={testId} />
    ) : (
      <Input placeholder={t('formDesigner.hidden.storedValue')} data-testid={testId} />
    );
  return (
    <div className="hidden-field" data-testid={`hidden-${name}`}>
      <div className="hidden-field__main">
        <Form.Item name={[name, 'field']} label={t('formDesigner.hidden.field')} {...at('field')}>
          <Select
            showSearch
            optionFilterProp="label"
            placeholder={t('formDesigner.rules.pickField')}
            options={fields.map((candidate) => ({
              value: candidate.slug,
              label: localize(candidate.label, i18n.language) || candidate.slug,
            }))}
            data-testid={`hidden-field-${name}`}
          />
        </Form.Item>
        <Form.Item name={[name, 'param']} label={t('formDesigner.hidden.param')} {...at('param')}>
          <Input className="mono" placeholder="utm_source" data-testid={`hidden-param-${name}`} />
        </Form.Item>
        <Form.Item name={[name, 'default']} label={t('formDesigner.hidden.default')} getValueProps={blankAsEmpty} {...at('default')}>
          {valueInput(`hidden-default-${name}`)}
        </Form.Item>
        <Tooltip title={t('formDesigner.hidden.remove')}>
          <Button type="text" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('formDesigner.hidden.remove')} />
        </Tooltip>
      </div>
      <Form.Item label={t('formDesigner.hidden.map')} extra={t('formDesigner.hidden.mapHint')} {...at('map')} className="hidden-field__map">
        <Form.List name={[name, 'map']}>
          {(rows, { add, remove }) => (
            <>
              {rows.map((row) => (
                <div key={row.key} className="hidden-field__map-row">
                  <Form.Item name={[row.name, 'from']} noStyle>
                    <Input className="mono" placeholder={t('formDesigner.hidden.paramValue')} />
                  </Form.Item>
                  <ArrowRightOutlined className="hidden-field__arrow" />
                  <Form.Item name={[row.name, 'to']} noStyle getValueProps={blankAsEmpty}>
                    {valueInput(`hidden-map-${name}-${row.name}`)}
                  </Form.Item>
                  <Button type="text" size="small" icon={<CloseOutlined />} onClick={() => remove(row.name)} aria-label={t('common.delete')} />
                </div>
              ))}
              <Button type="link" size="small" icon={<PlusOutlined />} onClick={() => add({ from: '', to: '' })}>
                {t('formDesigner.hidden.addMapping')}
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
    </div>
  );
}

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, ColorPicker, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { optionColors } from '../../shared/schema';
import { nextOptionColor, type FieldFormValues } from './fieldForm';

/** The choices of a select or multiselect field: value, colour and a label per language. */
export function OptionsEditor() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<FieldFormValues>();
  return (
    <Form.List name="options">
      {(items, { add, remove }) => (
        <div className="options-editor" data-testid="options-editor">
          {items.length > 0 && (
            <div className="options-editor__head">
              <span />
              <span>{t('designer.optionValue')}</span>
              <span>{t('designer.labelZh')}</span>
              <span>{t('designer.labelEn')}</span>
              <span />
            </div>
          )}
          {items.map((item, index) => (
            <div key={item.key} className="options-editor__row" data-testid={`option-row-${index}`}>
              <Form.Item
                name={[item.name, 'color']}
                noStyle
                getValueFromEvent={(color: { toHexString: () => string }) => color.toHexString()}
              >
                <ColorPicker size="small" disabledAlpha presets={[{ label: t('designer.colors'), colors: optionColors }]} />
              </Form.Item>
              <Form.Item
                name={[item.name, 'value']}
                rules={[
                  { required: true, message: t('designer.optionValueRequired') },
                  { pattern: /^[A-Za-z0-9_-]+$/, message: t('designer.optionValuePattern') },
                ]}
              >
                <Input size="small" placeholder="web" data-testid={`option-value-${index}`} />
              </Form.Item>
              <Form.Item name={[item.name, 'label', 'zh-CN']}>
                <Input size="small" placeholder={t('designer.labelZh')} data-testid={`option-label-zh-${index}`} />
              </Form.Item>
              <Form.Item name={[item.name, 'label', 'en']}>
                <Input size="small" placeholder={t('designer.labelEn')} data-testid={`option-label-en-${index}`} />
              </Form.Item>
              <Button
                size="small"
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('designer.removeOption')}
                onClick={() => remove(item.name)}
              />
            </div>
          ))}
          <Button
            size="small"
            type="dashed"
            icon={<PlusOutlined />}
            block
            data-testid="option-add"
            onClick={() => {
              const used = (form.getFieldValue('options') as FieldFormValues['options'] | undefined) ?? [];
              add({ value: '', color: nextOptionColor(used.map((option) => option?.color)), label: {} });
            }}
          >
            {t('designer.addOption')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

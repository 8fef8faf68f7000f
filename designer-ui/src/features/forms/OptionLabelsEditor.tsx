import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SelectOption } from '../../shared/schema';

/** The form's own labels for a choice field's options; empty keeps the entity's label (shown as placeholder). */
export function OptionLabelsEditor({ options }: { options: SelectOption[] }) {
  const { t } = useTranslation();
  return (
    <div className="option-labels" data-testid="option-labels">
      <div className="option-labels__row option-labels__head">
        <span>{t('formDesigner.props.optionValue')}</span>
        <span>{t('formDesigner.labelZh')}</span>
        <span>{t('formDesigner.labelEn')}</span>
      </div>
      {options.map((option) => (
        <div key={option.value} className="option-labels__row">
          <span className="mono option-labels__value" title={option.value}>
            {option.value}
          </span>
          <Form.Item name={['optionLabels', option.value, 'zh-CN']} noStyle>
            <Input size="small" placeholder={option.label?.['zh-CN'] ?? ''} />
          </Form.Item>
          <Form.Item name={['optionLabels', option.value, 'en']} noStyle>
            <Input size="small" placeholder={option.label?.en ?? ''} />
          </Form.Item>
        </div>
      ))}
    </div>
  );
}

import { ColorPicker, Form, Input, InputNumber, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { optionColors, type StageCategory } from '../../shared/schema';
import { stageValueFrom } from './stageList';
import type { StageForm } from './stageForm';

type Props = {
  name: number;
  index: number;
  /** Values of the stages saved already: those are fixed. */
  saved: string[];
};

const categories: StageCategory[] = ['open', 'won', 'lost'];

/** A stage's name, colour, outcome, chance of winning, code, guidance, time limit and monthly target. */
export function StageBasics({ name, index, saved }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const value = Form.useWatch(['stages', index, 'value'], form) as string | undefined;
  const locked = !!value && saved.includes(value);

  // The code of a new stage follows its English name until the person types one.
  const followName = (english: string) => {
    if (locked || form.isFieldTouched(['stages', index, 'value'])) return;
    const others = ((form.getFieldValue('stages') as StageForm[] | undefined) ?? [])
      .filter((_stage, position) => position !== index)
      .map((stage) => stage?.value);
    if (english.trim()) form.setFieldValue(['stages', index, 'value'], stageValueFrom(english, others));
  };

  return (
    <div className="stage-basics">
      <div className="stage-basics__pair">
        <Form.Item
          name={[name, 'label', 'zh-CN']}
          label={t('stages.labelZh')}
          rules={[{ required: true, whitespace: true, message: t('stages.labelRequired') }]}
        >
          <Input data-testid={`stage-label-zh-${index}`} />
        </Form.Item>
        <Form.Item name={[name, 'label', 'en']} label={t('stages.labelEn')}>
          <Input data-testid={`stage-label-en-${index}`} onChange={(event) => followName(event.target.value)} />
        </Form.Item>
      </div>
      <Form.Item name={[name, 'category']} label={t('stages.category')} extra={t('stages.categoryHint')}>
        <Segmented
          data-testid={`stage-category-${index}`}
          options={categories.map((category) => ({ value: category, label: t(`stages.categories.${category}`) }))}
        />
      </Form.Item>
      <div className="stage-basics__pair">
        <Form.Item
          name={[name, 'color']}
          label={t('stages.color')}
          getValueFromEvent={(color: { toHexString: () => string }) => color.toHexString()}
        >
          <ColorPicker disabledAlpha showText presets={[{ label: t('stages.colors'), colors: optionColors }]} />
        </Form.Item>
        <Form.Item name={[name, 'probability']} label={t('stages.probability')} tooltip={t('stages.probabilityHint')}>
          <InputNumber min={0} max={100} addonAfter="%" style={{ width: '100%' }} data-testid={`stage-probability-${index}`} />
        </Form.Item>
      </div>
      <Form.Item
        name={[name, 'guidance']}
        label={t('stages.guidance')}
        extra={t('stages.guidanceHint')}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} data-testid={`stage-guidance-${index}`} />
      </Form.Item>
      <div className="stage-basics__pair">
        <Form.Item name={[name, 'maxDwellDays']} label={t('stages.maxDwellDays')} tooltip={t('stages.maxDwellDaysHint')}>
          <InputNumber min={0} addonAfter={t('stages.days')} style={{ width: '100%' }} data-testid={`stage-dwell-${index}`} />
        </Form.Item>
        <Form.Item name={[name, 'target']} label={t('stages.target')} tooltip={t('stages.targetHint')}>
          <InputNumber min={0} addonAfter={t('stages.perMonth')} style={{ width: '100%' }} data-testid={`stage-target-${index}`} />
        </Form.Item>
      </div>
      <Form.Item
        name={[name, 'value']}
        label={t('stages.value')}
        extra={locked ? t('stages.valueLocked') : t('stages.valueHint')}
        rules={[
          { required: true, message: t('stages.valueRequired') },
          { pattern: /^[A-Za-z0-9_-]+$/, message: t('stages.valuePattern') },
        ]}
      >
        <Input className="mono" disabled={locked} data-testid={`stage-value-${index}`} />
      </Form.Item>
    </div>
  );
}

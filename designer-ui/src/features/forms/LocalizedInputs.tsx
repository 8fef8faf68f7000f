import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../shared/i18n';
import { itemErrors } from './itemErrors';

type Props = {
  name: string | (string | number)[];
  label: string;
  /** What shows when left empty (the entity's own text). */
  placeholder?: LocalizedText | null;
  multiline?: boolean;
  errors?: string[];
  testId?: string;
};

const languages = [
  { code: 'zh-CN', short: 'formDesigner.langZh', suffix: 'zh' },
  { code: 'en', short: 'formDesigner.langEn', suffix: 'en' },
] as const;

/** A text in both languages as two inputs under one heading. */
export function LocalizedInputs({ name, label, placeholder, multiline, errors, testId }: Props) {
  const { t } = useTranslation();
  const base = Array.isArray(name) ? name : [name];
  return (
    <Form.Item label={label} {...itemErrors(errors)} className="localized-inputs">
      <div className="localized-inputs__pair">
        {languages.map((language) => (
          <Form.Item key={language.code} name={[...base, language.code]} noStyle>
            {multiline ? (
              <Input.TextArea
                autoSize={{ minRows: 1, maxRows: 4 }}
                placeholder={placeholder?.[language.code] || t(language.short)}
                data-testid={testId ? `${testId}-${language.suffix}` : undefined}
              />
            ) : (
              <Input
                addonBefore={t(language.short)}
                placeholder={placeholder?.[language.code] ?? ''}
                data-testid={testId ? `${testId}-${language.suffix}` : undefined}
              />
            )}
          </Form.Item>
        ))}
      </div>
    </Form.Item>
  );
}

import type { WidgetProps } from '@rjsf/utils';
import { ariaDescribedByIds } from '@rjsf/utils';
import { Input } from 'antd';
import { testIdOf } from '../rendererContext';

/** Long text that grows with its content. */
export function TextareaWidget({ id, disabled, readonly, onBlur, onChange, onFocus, options, placeholder, value, registry }: WidgetProps) {
  return (
    <Input.TextArea
      id={id}
      name={id}
      disabled={disabled || readonly}
      placeholder={placeholder}
      autoSize={{ minRows: (options.rows as number | undefined) ?? 3, maxRows: 12 }}
      data-testid={testIdOf(registry.formContext, id)}
      aria-describedby={ariaDescribedByIds(id)}
      value={(value as string | undefined) ?? ''}
      onChange={(event) => onChange(event.target.value === '' ? options.emptyValue : event.target.value)}
      onBlur={(event) => onBlur(id, event.target.value)}
      onFocus={(event) => onFocus(id, event.target.value)}
    />
  );
}

import type { BaseInputTemplateProps } from '@rjsf/utils';
import { ariaDescribedByIds, getInputProps } from '@rjsf/utils';
import { Input, InputNumber } from 'antd';
import type { ChangeEvent } from 'react';
import { testIdOf } from '../rendererContext';

/** Text and number inputs (text, email, url, password, updown) with a test id on the input itself. */
export function TextInputTemplate(props: BaseInputTemplateProps) {
  const { id, disabled, readonly, onBlur, onChange, onFocus, options, placeholder, schema, value, type, registry, autofocus } = props;
  const { min, max, step, type: inputType } = getInputProps(schema, type, options, false);
  const common = {
    id,
    name: id,
    disabled: disabled || readonly,
    placeholder,
    autoFocus: autofocus,
    'data-testid': testIdOf(registry.formContext, id),
    'aria-describedby': ariaDescribedByIds(id),
  };
  if (inputType === 'number' || inputType === 'integer') {
    return (
      <InputNumber
        {...common}
        style={{ width: '100%' }}
        min={typeof min === 'number' ? min : undefined}
        max={typeof max === 'number' ? max : undefined}
        step={typeof step === 'number' ? step : undefined}
        precision={schema.type === 'integer' ? 0 : undefined}
        changeOnWheel={false}
        value={(value as number | undefined) ?? null}
        onChange={(next) => onChange(next === null ? options.emptyValue : next)}
        onBlur={() => onBlur(id, value)}
        onFocus={() => onFocus(id, value)}
      />
    );
  }
  const Component = inputType === 'password' ? Input.Password : Input;
  return (
    <Component
      {...common}
      type={inputType === 'password' ? undefined : inputType === 'email' ? 'email' : inputType === 'url' ? 'url' : 'text'}
      inputMode={inputType === 'email' ? 'email' : inputType === 'url' ? 'url' : undefined}
      value={(value as string | undefined) ?? ''}
      onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value === '' ? options.emptyValue : event.target.value)}
      onBlur={(event) => onBlur(id, event.target.value)}
      onFocus={(event) => onFocus(id, event.target.value)}
    />
  );
}

import type { WidgetProps } from '@rjsf/utils';
import { Switch } from 'antd';
import { testIdOf } from '../rendererContext';

/** A yes/no switch (the boolean widget `switch`). */
export function SwitchWidget({ id, disabled, readonly, onChange, value, registry }: WidgetProps) {
  return (
    <Switch
      id={id}
      disabled={disabled || readonly}
      data-testid={testIdOf(registry.formContext, id)}
      checked={value === true}
      onChange={(next) => onChange(next)}
    />
  );
}

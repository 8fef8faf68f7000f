import type { WidgetProps } from '@rjsf/utils';
import { Rate } from 'antd';
import { testIdOf } from '../rendererContext';

/** Stars; `ui:options.max` (else the schema's maximum) is the number of stars. Clicking the chosen star clears it. */
export function RatingWidget({ id, disabled, readonly, onChange, options, schema, value, registry }: WidgetProps) {
  const count = Number(options.max ?? schema.maximum ?? 5) || 5;
  return (
    <Rate
      id={id}
      count={count}
      disabled={disabled || readonly}
      data-testid={testIdOf(registry.formContext, id)}
      value={(value as number | undefined) ?? 0}
      onChange={(next) => onChange(next === 0 ? undefined : next)}
    />
  );
}

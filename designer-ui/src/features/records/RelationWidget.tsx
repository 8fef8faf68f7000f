import type { WidgetProps } from '@rjsf/utils';
import { testIdOf } from '../../shared/forms';
import { RelationSelect } from './RelationSelect';

/** The form widget `relation`: searches the records of `ui:options.entity`. */
export function RelationWidget({ id, value, onChange, disabled, readonly, options, registry }: WidgetProps) {
  return (
    <RelationSelect
      id={id}
      entity={String(options.entity ?? '')}
      data-testid={testIdOf(registry.formContext, id)}
      disabled={disabled || readonly}
      value={(value as number | undefined) ?? undefined}
      onChange={(next) => onChange(next ?? undefined)}
    />
  );
}

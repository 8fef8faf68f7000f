import type { WidgetProps } from '@rjsf/utils';
import { testIdOf } from '../../shared/forms';
import { UserSelect } from './UserSelect';

/** The form widget `user`: a searchable list of the platform's users. */
export function UserWidget({ id, value, onChange, disabled, readonly, registry }: WidgetProps) {
  return (
    <UserSelect
      id={id}
      data-testid={testIdOf(registry.formContext, id)}
      disabled={disabled || readonly}
      value={(value as number | undefined) ?? undefined}
      onChange={(next) => onChange(next ?? undefined)}
    />
  );
}

import type { Widget, WidgetProps } from '@rjsf/utils';
import { testIdOf } from '../rendererContext';

/** A theme widget wrapped in an element carrying the field's test id (selects, radios, dates…). */
export function withTestId(Inner: Widget): Widget {
  function WithTestId(props: WidgetProps) {
    return (
      <div className="form-runtime__widget" data-testid={testIdOf(props.registry.formContext, props.id)}>
        <Inner {...props} />
      </div>
    );
  }
  WithTestId.displayName = `WithTestId(${Inner.displayName ?? Inner.name ?? 'Widget'})`;
  return WithTestId;
}

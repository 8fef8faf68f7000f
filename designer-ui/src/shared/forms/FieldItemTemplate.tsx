import type { FieldTemplateProps } from '@rjsf/utils';
import { getUiOptions } from '@rjsf/utils';
import { Form } from 'antd';
import { fieldSlug, isRequired } from './rendererContext';

/**
 * One field as an antd form item: label, required mark, help text below, and the errors (ours or the
 * server's) in place of the help line's error slot, so a help text never hides an error.
 */
export function FieldItemTemplate(props: FieldTemplateProps) {
  const { id, children, label, displayLabel, registry, rawErrors, rawHelp, rawDescription, hidden, schema, uiSchema } = props;
  if (id === 'root' || schema.type === 'object') return children;
  if (hidden) return <div className="rjsf-field-hidden">{children}</div>;
  const widget = getUiOptions(uiSchema).widget;
  // A checkbox names itself beside the box; every other widget gets the item label.
  const showLabel = displayLabel && widget !== 'checkbox';
  // rjsf merges the server's errors in again on each live validation; each message is shown once.
  const errors = [...new Set(rawErrors ?? [])];
  return (
    <Form.Item
      className="form-runtime__item"
      data-testid={`form-item-${fieldSlug(id)}`}
      label={showLabel ? label : undefined}
      htmlFor={id}
      required={isRequired(registry.formContext, id)}
      tooltip={rawDescription || undefined}
      extra={rawHelp || undefined}
      validateStatus={errors.length > 0 ? 'error' : undefined}
      help={errors.length > 0 ? errors.join(' ') : undefined}
    >
      {children}
    </Form.Item>
  );
}

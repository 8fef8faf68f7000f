import Form from '@rjsf/core';
import type { IChangeEvent } from '@rjsf/core';
import type { RegistryWidgetsType } from '@rjsf/utils';
import { Alert, Button, Form as AntForm } from 'antd';
import { useImperativeHandle, useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldItemTemplate } from './FieldItemTemplate';
import { formValidator } from './formValidator';
import { prepareUiSchema, withoutRequired } from './prepareForm';
import type { RendererContext } from './rendererContext';
import { SectionsTemplate } from './SectionsTemplate';
import { placeServerErrors } from './serverErrors';
import type { FormData, FormRule, FormSchema, FormUiSchema } from './types';
import { evaluateRules } from './validateRecord';
import { baseWidgets, TextInputTemplate } from './widgets';
import './forms.css';

/** What a parent can do from outside the form, e.g. a drawer's Save button. */
export type FormRendererHandle = {
  /** Validates; when the data is fine, calls onSubmit. */
  submit: () => void;
  /** Validates and shows the errors at the fields; answers whether the data is fine. */
  validate: () => boolean;
  /** The current values. */
  data: () => FormData;
};

export type FormRendererProps = {
  schema: FormSchema;
  uiSchema?: FormUiSchema;
  rules?: FormRule[];
  formData?: FormData;
  onChange?: (data: FormData) => void;
  onSubmit?: (data: FormData) => void;
  /** ProblemDetails `errors` by field from the last submit; shown at their fields until edited. */
  serverErrors?: Record<string, string[]>;
  disabled?: boolean;
  /** Shows the submit button busy. */
  submitting?: boolean;
  submitLabel?: string;
  hideSubmit?: boolean;
  /** Widgets by name, added to (or replacing) the built-in ones, e.g. `user` and `relation` pickers. */
  widgets?: RegistryWidgetsType;
  /** Inputs get `data-testid` = prefix + field slug. */
  testIdPrefix?: string;
  formRef?: Ref<FormRendererHandle>;
  id?: string;
  /** Rendered inside the form element, after the fields. */
  extra?: ReactNode;
};

const templates = { FieldTemplate: FieldItemTemplate, ObjectFieldTemplate: SectionsTemplate, BaseInputTemplate: TextInputTemplate };
const noRules: FormRule[] = [];

/**
 * A form from its generated schema, uiSchema and rules, checked exactly as the server checks it. Fields
 * hidden by the rules are not rendered and required marks follow the rules as the person types; after a
 * first submit attempt, errors update live.
 */
export function FormRenderer(props: FormRendererProps) {
  const { schema, uiSchema, rules = noRules, formData, onChange, onSubmit, serverErrors, disabled, submitting } = props;
  const { t } = useTranslation();
  const form = useRef<Form<FormData>>(null);
  const [data, setData] = useState<FormData>(formData ?? {});
  const [givenData, setGivenData] = useState(formData);
  const [attempted, setAttempted] = useState(false);
  const [sentWithErrors, setSentWithErrors] = useState<{ errors?: Record<string, string[]>; data: FormData }>({ errors: serverErrors, data });

  // A new formData from the parent replaces what is typed (a reloaded record); a new serverErrors object
  // is the answer to the data just sent.
  if (formData !== givenData) {
    setGivenData(formData);
    setData(formData ?? {});
  }
  if (serverErrors !== sentWithErrors.errors) setSentWithErrors({ errors: serverErrors, data });

  const baseRequired = useMemo(() => (Array.isArray(schema.required) ? schema.required : []), [schema]);
  const { hidden, required } = evaluateRules(rules, data, baseRequired);
  const requiredKey = [...required].sort().join('\n');
  const hiddenKey = [...hidden].sort().join('\n');
  const shownSchema = useMemo(() => withoutRequired(schema), [schema]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the keys stand for the sets
  const context = useMemo<RendererContext>(() => ({ hidden, required, testIdPrefix: props.testIdPrefix }), [hiddenKey, requiredKey, props.testIdPrefix]);
  const preparedUi = useMemo(() => prepareUiSchema(schema, uiSchema), [schema, uiSchema]);
  const validator = useMemo(() => formValidator(schema, rules, uiSchema, t), [schema, rules, uiSchema, t]);
  const fields = useMemo(() => Object.keys(schema.properties ?? {}), [schema]);
  const placed = placeServerErrors(sentWithErrors.errors, fields, sentWithErrors.data, data);
  const placedKey = JSON.stringify(placed.byField ?? null);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the errors
  const extraErrors = useMemo(() => placed.byField, [placedKey]);

  useImperativeHandle(
    props.formRef,
    () => ({
      submit: () => form.current?.submit(),
      validate: () => {
        setAttempted(true);
        return form.current?.validateForm() ?? false;
      },
      data: () => data,
    }),
    [data],
  );

  const change = (event: IChangeEvent<FormData>) => {
    const next = event.formData ?? {};
    setData(next);
    onChange?.(next);
  };

  const submit = (event: IChangeEvent<FormData>) => {
    setAttempted(true);
    onSubmit?.(event.formData ?? {});
  };

  return (
    // antd's Form without its own <form> element: it only gives the items the vertical layout.
    <AntForm layout="vertical" component={false}>
      <div className="form-runtime">
        {placed.other.length > 0 && (
          <Alert type="error" showIcon message={placed.other.join(' ')} className="form-runtime__alert" data-testid="form-errors" />
        )}
        <Form<FormData>
          ref={form}
          id={props.id}
          schema={shownSchema}
          uiSchema={preparedUi}
          formData={data}
          validator={validator}
          templates={templates}
          widgets={{ ...baseWidgets, ...props.widgets }}
          formContext={context}
          extraErrors={extraErrors}
          liveValidate={attempted ? 'onChange' : false}
          showErrorList={false}
          noHtml5Validate
          focusOnFirstError
          disabled={disabled}
          onChange={change}
          onSubmit={submit}
          onError={() => setAttempted(true)}
          className="form-runtime__form"
        >
          <>
            {props.extra}
            {!props.hideSubmit && (
              <Button type="primary" htmlType="submit" loading={submitting} disabled={disabled} data-testid="form-submit" className="form-runtime__submit">
                {props.submitLabel ?? t('formRuntime.submit')}
              </Button>
            )}
          </>
        </Form>
      </div>
    </AntForm>
  );
}


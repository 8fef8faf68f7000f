import { Alert, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { FormRenderer } from '../../shared/forms';
import { Honeypot } from './Honeypot';
import { serverText } from './serverText';
import { submitProblem, type SubmitProblem } from './submitOutcome';
import type { PublicForm, SubmitReceipt } from './types';
import { pickParams } from './urlParams';
import { useSubmitPublicForm } from './useSubmitPublicForm';

type Props = { form: PublicForm; onSubmitted: (receipt: SubmitReceipt) => void };

function ProblemAlert({ problem }: { problem: SubmitProblem }) {
  const { t } = useTranslation();
  const text = (() => {
    switch (problem.kind) {
      case 'spam':
        return t('publicForm.rejected');
      case 'rateLimited':
        return problem.retryAfter ? t('publicForm.tooMany', { seconds: problem.retryAfter }) : t('publicForm.tooManyLater');
      case 'notFound':
        return t('publicForm.notFoundText');
      case 'fields':
        return t('publicForm.fixErrors');
      default:
        return problem.text || t('publicForm.failed');
    }
  })();
  return <Alert type={problem.kind === 'fields' ? 'warning' : 'error'} showIcon message={text} className="public-form__alert" data-testid="public-form-problem" />;
}

/** The form itself: title, description, the fields, the spam trap; sends the URL parameters it names. */
export function PublicFormView({ form, onSubmitted }: Props) {
  const { t, i18n } = useTranslation();
  const { search } = useLocation();
  const honeypot = useRef<HTMLInputElement>(null);
  const submission = useSubmitPublicForm(form.slug);
  const [problem, setProblem] = useState<SubmitProblem>();
  const title = serverText(form.label, i18n.language) || String(form.schema.title ?? '');
  const description = serverText(form.description, i18n.language);

  const send = async (data: Record<string, unknown>) => {
    setProblem(undefined);
    try {
      const receipt = await submission.mutateAsync({
        version: form.version,
        data,
        params: pickParams(search, form.params ?? []),
        _honeypot: honeypot.current?.value ?? '',
      });
      onSubmitted(receipt);
    } catch (error) {
      setProblem(submitProblem(error));
    }
  };

  return (
    <>
      <header className="public-form__header">
        <Typography.Title level={3} className="public-form__title" data-testid="public-form-title">
          {title}
        </Typography.Title>
        {description && (
          <Typography.Paragraph type="secondary" className="public-form__description">
            {description}
          </Typography.Paragraph>
        )}
      </header>
      {problem && <ProblemAlert problem={problem} />}
      <FormRenderer
        schema={form.schema}
        uiSchema={form.uiSchema}
        rules={form.rules}
        onSubmit={(data) => void send(data)}
        serverErrors={problem?.kind === 'fields' ? problem.errors : undefined}
        submitting={submission.isPending}
        submitLabel={submission.isPending ? t('publicForm.submitting') : t('publicForm.submit')}
        testIdPrefix="public-field-"
        extra={<Honeypot inputRef={honeypot} />}
      />
    </>
  );
}

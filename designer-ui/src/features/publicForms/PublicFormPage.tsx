import { Button, Result, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { isProblem } from '../../shared/api';
import { isLanguage, useLanguage } from '../../shared/i18n';
import { FormNotFound } from './FormNotFound';
import { PublicFormShell } from './PublicFormShell';
import { PublicFormView } from './PublicFormView';
import { goTo } from './redirect';
import { isWebAddress, serverText } from './serverText';
import { ThankYou } from './ThankYou';
import type { SubmitReceipt } from './types';
import { usePublicForm } from './usePublicForm';
import { useFrameHeight } from './useFrameHeight';

/** `/f/:slug`: a published public form anyone can fill in, without signing in. */
export function PublicFormPage() {
  const { t, i18n } = useTranslation();
  const { slug = '' } = useParams();
  const [search] = useSearchParams();
  const [language, setLanguage] = useLanguage();
  const query = usePublicForm(slug);
  const [done, setDone] = useState<SubmitReceipt>();
  // A new response starts from an empty form: the renderer is mounted afresh.
  const [round, setRound] = useState(0);
  const form = query.data;
  const title = serverText(form?.label, language);
  useFrameHeight(slug);

  // `?lang=en` in a shared link or an embed snippet chooses the language of the page.
  const wanted = search.get('lang');
  useEffect(() => {
    if (isLanguage(wanted)) setLanguage(wanted);
  }, [wanted, setLanguage]);

  useEffect(() => {
    if (title) document.title = title;
  }, [title, language]);

  const submitted = (receipt: SubmitReceipt) => {
    const redirect = receipt.redirectUrl ?? form?.redirectUrl;
    setDone(receipt);
    if (isWebAddress(redirect)) goTo(redirect);
  };

  const body = (() => {
    if (query.isPending) return <Spin className="public-form__spin" tip={t('publicForm.loading')} size="large"><div /></Spin>;
    if (query.isError && !form) {
      if (isProblem(query.error, 404)) return <FormNotFound />;
      return (
        <Result
          status="warning"
          title={t('publicForm.loadFailed')}
          extra={<Button onClick={() => void query.refetch()}>{t('publicForm.retry')}</Button>}
        />
      );
    }
    if (!form) return <FormNotFound />;
    if (done) {
      if (isWebAddress(done.redirectUrl ?? form.redirectUrl)) return <Spin className="public-form__spin" tip={t('publicForm.redirecting')}><div /></Spin>;
      const message = done.message || serverText(form.thankYou, i18n.language) || t('publicForm.defaultThanks');
      return (
        <ThankYou
          message={message}
          receipt={done.receipt}
          onAgain={() => {
            setDone(undefined);
            setRound((r) => r + 1);
          }}
        />
      );
    }
    return <PublicFormView key={round} form={form} onSubmitted={submitted} />;
  })();

  return <PublicFormShell>{body}</PublicFormShell>;
}

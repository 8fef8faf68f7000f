import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** An unknown, unpublished or closed form: said kindly, without a sign-in link (visitors have no account). */
export function FormNotFound() {
  const { t } = useTranslation();
  return (
    <div data-testid="public-form-not-found">
      <Result status="404" title={t('publicForm.notFoundTitle')} subTitle={t('publicForm.notFoundText')} />
    </div>
  );
}

import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isProblem, problemText } from '../api';

type Props = { error: unknown; onRetry?: () => void };

/** A page-sized error: not found, forbidden or anything else, with a retry when it can help. */
export function ErrorResult({ error, onRetry }: Props) {
  const { t } = useTranslation();
  const status = isProblem(error, 404) ? '404' : isProblem(error, 403) ? '403' : 'error';
  const title =
    status === '404' ? t('errors.notFound') : status === '403' ? t('errors.forbidden') : t('errors.loadFailed');
  return (
    <Result
      status={status}
      title={title}
      subTitle={problemText(error, t('errors.unexpected'))}
      extra={
        onRetry && (
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}

import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsAdmin } from '../features/auth';

/** Pages that change definitions or users; the server refuses members anyway (403), this says so up front. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  if (!useIsAdmin()) return <Result status="403" title={t('errors.forbidden')} subTitle={t('errors.adminOnly')} />;
  return <>{children}</>;
}

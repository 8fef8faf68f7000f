import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function BoardPage() {
  const { t } = useTranslation();
  return <Typography.Title level={3}>{t('board.title')}</Typography.Title>;
}

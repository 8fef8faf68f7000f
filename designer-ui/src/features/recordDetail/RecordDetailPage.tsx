import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function RecordDetailPage() {
  const { t } = useTranslation();
  return <Typography.Title level={3}>{t('recordDetail.title')}</Typography.Title>;
}

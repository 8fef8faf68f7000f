import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function StageSettings() {
  const { t } = useTranslation();
  return <Typography.Text>{t('stages.title')}</Typography.Text>;
}

import { UploadOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportMenu } from './ExportMenu';
import type { ExportView } from './types';

type Props = { entity: string; view: ExportView };

/** Import and Export for the records toolbar. Both concern live records, so the trash shows neither. */
export function TransferActions({ entity, view }: Props) {
  const { t } = useTranslation();
  if (view.deleted) return null;
  return (
    <Space>
      <Link to={`/entities/${encodeURIComponent(entity)}/import`}>
        <Button icon={<UploadOutlined />} data-testid="import-open">
          {t('transfers.import')}
        </Button>
      </Link>
      <ExportMenu entity={entity} view={view} />
    </Space>
  );
}

import { UploadOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportMenu } from './ExportMenu';
import type { ExportView } from './types';

type Props = { entity: string; view: ExportView };

/** Import and Export for the records toolbar; importing is for live records, not the trash. */
export function TransferActions({ entity, view }: Props) {
  const { t } = useTranslation();
  return (
    <Space>
      {!view.deleted && (
        <Link to={`/entities/${encodeURIComponent(entity)}/import`}>
          <Button icon={<UploadOutlined />} data-testid="import-open">
            {t('transfers.import')}
          </Button>
        </Link>
      )}
      <ExportMenu entity={entity} view={view} />
    </Space>
  );
}

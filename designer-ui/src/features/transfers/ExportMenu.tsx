import { DownloadOutlined, DownOutlined, FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { exportUrl } from './exportUrl';
import type { ExportFormat, ExportView } from './types';

type Props = { entity: string; view: ExportView };

/**
 * The browser fetches the file itself (sign-in cookie included) and streams it to disk, so a large export
 * never sits in the page's memory.
 */
function download(url: string) {
  const link = document.createElement('a');
  link.href = url;
  link.download = '';
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/** Downloads what the table shows — filter, columns, sort and search — as CSV or Excel. */
export function ExportMenu({ entity, view }: Props) {
  const { t, i18n } = useTranslation();
  const items: MenuProps['items'] = [
    {
      type: 'group',
      key: 'formats',
      label: t('transfers.export.hint'),
      children: [
        { key: 'csv', icon: <FileTextOutlined />, label: t('transfers.export.csv'), 'data-testid': 'export-csv' } as never,
        { key: 'xlsx', icon: <FileExcelOutlined />, label: t('transfers.export.xlsx'), 'data-testid': 'export-xlsx' } as never,
      ],
    },
  ];
  return (
    <Dropdown
      trigger={['click']}
      menu={{ items, onClick: ({ key }) => download(exportUrl(entity, view, key as ExportFormat, i18n.language)) }}
    >
      <Button icon={<DownloadOutlined />} data-testid="export-menu">
        {t('transfers.export.button')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}

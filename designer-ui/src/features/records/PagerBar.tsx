import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = {
  page: number;
  total?: number | null;
  pageSize: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onPageSize: (size: number) => void;
};

/** Keyset paging: previous / next, the page number and the total the server counted. */
export function PagerBar({ page, total, pageSize, hasPrevious, hasNext, onPrevious, onNext, onPageSize }: Props) {
  const { t } = useTranslation();
  const pages = total != null ? Math.max(1, Math.ceil(total / pageSize)) : undefined;
  return (
    <div className="pager-bar">
      <Typography.Text type="secondary" data-testid="records-total">
        {total != null ? t('records.total', { count: total }) : ''}
      </Typography.Text>
      <Space>
        <Select
          size="small"
          value={pageSize}
          onChange={onPageSize}
          options={[10, 20, 50, 100, 200].map((size) => ({ value: size, label: t('records.pageSize', { size }) }))}
        />
        <Button size="small" icon={<LeftOutlined />} disabled={!hasPrevious} onClick={onPrevious} data-testid="page-previous">
          {t('records.previous')}
        </Button>
        <Typography.Text data-testid="page-number">
          {pages ? t('records.pageOf', { page, pages }) : t('records.page', { page })}
        </Typography.Text>
        <Button size="small" disabled={!hasNext} onClick={onNext} data-testid="page-next">
          {t('records.next')} <RightOutlined />
        </Button>
      </Space>
    </div>
  );
}

import { Typography } from 'antd';
import type { ReactNode } from 'react';

type Props = { title: ReactNode; subtitle?: ReactNode; extra?: ReactNode };

export function PageHeader({ title, subtitle, extra }: Props) {
  return (
    <div className="page-header">
      <div className="page-header__text">
        <Typography.Title level={4} className="page-header__title">
          {title}
        </Typography.Title>
        {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
      </div>
      {extra && <div className="page-header__extra">{extra}</div>}
    </div>
  );
}

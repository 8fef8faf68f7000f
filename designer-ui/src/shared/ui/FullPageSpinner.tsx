import { Spin } from 'antd';

export function FullPageSpinner() {
  return (
    <div className="full-page-center">
      <Spin size="large" />
    </div>
  );
}

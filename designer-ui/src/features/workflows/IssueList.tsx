import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export type IssueRow = { activityId: string | null; title: string; message: string };

type Props = { rows: IssueRow[]; onPick: (activityId: string) => void };

/** Every problem of the workflow; a click selects the node it is about. */
export function IssueList({ rows, onPick }: Props) {
  const { t } = useTranslation();
  if (rows.length === 0) {
    return (
      <Typography.Text type="success" data-testid="wf-issues-none">
        <CheckCircleOutlined /> {t('workflows.issuesPanel.none')}
      </Typography.Text>
    );
  }
  return (
    <List
      size="small"
      dataSource={rows}
      data-testid="wf-issues"
      renderItem={(row, i) => (
        <List.Item
          key={i}
          className={row.activityId ? 'wf-issue wf-issue--node' : 'wf-issue'}
          onClick={() => row.activityId && onPick(row.activityId)}
          data-testid={row.activityId ? `wf-issue-${row.activityId}` : 'wf-issue-workflow'}
        >
          <ExclamationCircleOutlined className="wf-issue__icon" />
          <div>
            <Typography.Text strong>{row.title}</Typography.Text>
            <div>{row.message}</div>
          </div>
        </List.Item>
      )}
    />
  );
}

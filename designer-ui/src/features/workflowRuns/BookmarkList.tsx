import { ClockCircleOutlined, PauseCircleOutlined } from '@ant-design/icons';
import { Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../records';
import type { InstanceBookmark } from './types';

type Props = { bookmarks: InstanceBookmark[]; activityName: (activityId: string) => string };

/** Where the instance waits: for each bookmark what it waits for and, for a timer, when it fires. */
export function BookmarkList({ bookmarks, activityName }: Props) {
  const { t } = useTranslation();
  if (bookmarks.length === 0) return null;
  return (
    <Card size="small" title={t('workflowRuns.bookmarks.title')} data-testid="instance-bookmarks">
      <List
        size="small"
        dataSource={bookmarks}
        renderItem={(bookmark) => (
          <List.Item>
            <List.Item.Meta
              avatar={bookmark.dueAt ? <ClockCircleOutlined /> : <PauseCircleOutlined />}
              title={activityName(bookmark.activityId)}
              description={
                <>
                  <Typography.Text code>{bookmark.name}</Typography.Text>{' '}
                  {bookmark.dueAt
                    ? t('workflowRuns.bookmarks.timer', { when: formatDateTime(bookmark.dueAt) })
                    : t('workflowRuns.bookmarks.since', { when: formatDateTime(bookmark.createdAt) })}
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Dropdown, Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { UserNotification } from './types';
import { useFormatInstant } from './useFormatInstant';
import { useMarkRead } from './useMarkRead';
import { useNotifications } from './useNotifications';
import { useUnreadStream } from './useUnreadStream';

/** The top bar's bell: the unread count, kept current live, and the newest notifications. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const streaming = useUnreadStream();
  const notifications = useNotifications(streaming);
  const markRead = useMarkRead();
  const formatInstant = useFormatInstant();
  const unread = notifications.data?.unread ?? 0;

  const open = (item: UserNotification) => {
    if (!item.readAt) markRead.mutate(item.id);
    if (item.link) void navigate(item.link);
  };

  const panel = (
    <div className="notification-panel" data-testid="notification-panel">
      <div className="notification-panel__head">
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        <Button size="small" type="link" disabled={unread === 0} onClick={() => markRead.mutate(undefined)} data-testid="notification-read-all">
          {t('notifications.readAll')}
        </Button>
      </div>
      <List
        size="small"
        dataSource={notifications.data?.items ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} /> }}
        renderItem={(item) => (
          <List.Item
            className={item.readAt ? 'notification-item' : 'notification-item notification-item--unread'}
            onClick={() => open(item)}
            data-testid={`notification-${item.id}`}
            actions={
              item.readAt
                ? []
                : [
                    <Button
                      key="read"
                      size="small"
                      type="link"
                      onClick={(event) => {
                        event.stopPropagation();
                        markRead.mutate(item.id);
                      }}
                    >
                      {t('notifications.markRead')}
                    </Button>,
                  ]
            }
          >
            <List.Item.Meta title={item.title} description={item.body ?? formatInstant(item.createdAt)} />
          </List.Item>
        )}
      />
    </div>
  );

  return (
    <Dropdown trigger={['click']} popupRender={() => panel} placement="bottomRight">
      <Button type="text" aria-label={t('notifications.title')} data-testid="notification-bell">
        <Badge count={unread} size="small" data-testid="notification-unread">
          <BellOutlined className="notification-bell__icon" />
        </Badge>
      </Button>
    </Dropdown>
  );
}

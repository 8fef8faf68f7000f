import {
  ApiOutlined,
  AppstoreAddOutlined,
  AppstoreOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  DatabaseOutlined,
  DownOutlined,
  LogoutOutlined,
  PartitionOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Avatar, Dropdown, Layout, Menu, Space, Tag, Typography, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useIsAdmin, useLogout, useMe } from '../features/auth';
import { CreateEntityModal, useEntities } from '../features/entities';
import { NotificationBell } from '../features/tasks';
import { localize } from '../shared/i18n';
import { BrandMark } from '../shared/ui/BrandMark';
import { LanguageSwitch } from '../shared/ui/LanguageSwitch';

function selectedKey(pathname: string): string {
  const entity = /^\/entities\/([^/]+)/.exec(pathname);
  if (entity) return `entity:${entity[1]}`;
  if (pathname.startsWith('/tasks')) return 'tasks';
  if (pathname.startsWith('/automations')) return 'automations';
  if (pathname.startsWith('/admin/users')) return 'users';
  if (pathname.startsWith('/admin/api-keys')) return 'api-keys';
  if (pathname.startsWith('/admin/calendar')) return 'calendar';
  return 'home';
}

/** The frame around every signed-in page: entity navigation on the left, user and language on top. */
export function AppLayout() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const me = useMe();
  const isAdmin = useIsAdmin();
  const entities = useEntities();
  const logout = useLogout();
  const [creating, setCreating] = useState(false);

  const entityItems: MenuProps['items'] = (entities.data ?? []).map((entity) => ({
    key: `entity:${entity.slug}`,
    icon: <DatabaseOutlined />,
    label: localize(entity.label, i18n.language) || entity.slug,
    'data-testid': `nav-entity-${entity.slug}`,
  }));
  if (isAdmin) {
    entityItems.push({ key: 'new-entity', icon: <AppstoreAddOutlined />, label: t('entities.create'), 'data-testid': 'nav-new-entity' } as never);
  }

  const items: MenuProps['items'] = [
    { key: 'home', icon: <AppstoreOutlined />, label: t('layout.overview') },
    { key: 'tasks', icon: <CheckSquareOutlined />, label: t('tasks.title'), 'data-testid': 'nav-tasks' } as never,
    { type: 'group', key: 'entities', label: t('layout.entities'), children: entityItems },
    {
      type: 'group',
      key: 'admin',
      label: t('layout.admin'),
      children: [
        ...(isAdmin ? [{ key: 'users', icon: <TeamOutlined />, label: t('layout.users') }] : []),
        ...(isAdmin ? [{ key: 'automations', icon: <PartitionOutlined />, label: t('workflows.nav'), 'data-testid': 'nav-automations' } as never] : []),
        { key: 'api-keys', icon: <ApiOutlined />, label: t('layout.apiKeys') },
        { key: 'calendar', icon: <CalendarOutlined />, label: t('layout.calendar'), 'data-testid': 'nav-calendar' } as never,
      ],
    },
  ];

  const onMenu: MenuProps['onClick'] = ({ key }) => {
    if (key === 'new-entity') setCreating(true);
    else if (key === 'home') void navigate('/');
    else if (key === 'tasks') void navigate('/tasks');
    else if (key === 'users') void navigate('/admin/users');
    else if (key === 'automations') void navigate('/automations');
    else if (key === 'api-keys') void navigate('/admin/api-keys');
    else if (key === 'calendar') void navigate('/admin/calendar');
    else if (key.startsWith('entity:')) void navigate(`/entities/${key.slice('entity:'.length)}/records`);
  };

  const user = me.data;
  return (
    <Layout className="app-layout">
      <Layout.Sider width={232} className="app-sider" breakpoint="lg" collapsedWidth={0}>
        <div className="app-brand" onClick={() => void navigate('/')}>
          <BrandMark />
          <span className="app-brand__name">{t('app.name')}</span>
        </div>
        <Menu
          mode="inline"
          selectedKeys={[selectedKey(location.pathname)]}
          items={items}
          onClick={onMenu}
          className="app-menu"
          data-testid="nav-menu"
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Typography.Text type="secondary" className="app-header__tagline">
            {t('app.tagline')}
          </Typography.Text>
          <Space size={16}>
            <NotificationBell />
            <LanguageSwitch />
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  { key: 'email', label: user?.email, disabled: true },
                  { type: 'divider' },
                  { key: 'logout', icon: <LogoutOutlined />, label: t('auth.signOut'), danger: true, 'data-testid': 'logout' } as never,
                ],
                onClick: ({ key }) => key === 'logout' && logout.mutate(),
              }}
            >
              <Space className="app-user" data-testid="user-menu">
                <Avatar size="small" icon={<UserOutlined />} className="app-user__avatar" />
                <span data-testid="user-name">{user?.name}</span>
                {user?.role && <Tag bordered={false}>{t(`users.roles.${user.role}`, user.role)}</Tag>}
                <DownOutlined className="app-user__caret" />
              </Space>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content className="app-content">
          <Outlet />
        </Layout.Content>
      </Layout>
      <CreateEntityModal open={creating} onClose={() => setCreating(false)} />
    </Layout>
  );
}

import { EditOutlined, UserAddOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../auth';
import { ErrorResult } from '../../shared/ui/ErrorResult';
import { PageHeader } from '../../shared/ui/PageHeader';
import { UserFormModal } from './UserFormModal';
import { useUsers } from './useUsers';

export function UsersPage() {
  const { t } = useTranslation();
  const users = useUsers();
  const [editing, setEditing] = useState<User | 'new' | undefined>();

  if (users.isError) return <ErrorResult error={users.error} onRetry={() => void users.refetch()} />;

  return (
    <div className="page">
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        extra={
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setEditing('new')} data-testid="user-create">
            {t('users.create')}
          </Button>
        }
      />
      <Card styles={{ body: { padding: 0 } }}>
        <Table<User>
          rowKey="id"
          loading={users.isPending}
          dataSource={users.data ?? []}
          pagination={false}
          columns={[
            { title: t('users.name'), dataIndex: 'name' },
            { title: t('users.email'), dataIndex: 'email' },
            {
              title: t('users.role'),
              dataIndex: 'role',
              render: (role: string) => <Tag color={role === 'admin' ? 'gold' : 'blue'}>{t(`users.roles.${role}`, role)}</Tag>,
            },
            { title: t('users.team'), dataIndex: 'team' },
            { title: t('users.region'), dataIndex: 'region' },
            {
              title: t('users.industries'),
              dataIndex: 'industries',
              render: (industries?: string[]) => industries?.map((item) => <Tag key={item}>{item}</Tag>),
            },
            { title: t('users.seniority'), dataIndex: 'seniority', align: 'right' },
            { title: t('users.capacity'), dataIndex: 'capacity', align: 'right' },
            {
              title: t('users.active'),
              dataIndex: 'active',
              render: (active?: boolean) =>
                active === false ? <Badge status="default" text={t('users.inactive')} /> : <Badge status="success" text={t('users.activeYes')} />,
            },
            {
              key: 'actions',
              width: 60,
              render: (_: unknown, user) => (
                <Button type="text" icon={<EditOutlined />} aria-label={t('common.edit')} onClick={() => setEditing(user)} />
              ),
            },
          ]}
        />
      </Card>
      <UserFormModal
        open={editing !== undefined}
        user={editing === 'new' ? undefined : editing}
        onClose={() => setEditing(undefined)}
      />
    </div>
  );
}

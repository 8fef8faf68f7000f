import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUsers } from '../users';

type Props = Omit<SelectProps, 'options' | 'loading'>;

/** Picks a user (or several) from GET /api/users, searchable by name and email. */
export function UserSelect(props: Props) {
  const { t } = useTranslation();
  const users = useUsers();
  return (
    <Select
      showSearch
      allowClear
      optionFilterProp="search"
      placeholder={t('records.pickUser')}
      loading={users.isPending}
      options={(users.data ?? []).map((user) => ({
        value: user.id,
        label: user.name || user.email,
        search: `${user.name} ${user.email}`,
      }))}
      {...props}
    />
  );
}

import './users.css';

export { UsersPage } from './UsersPage';
export { ApiKeysPage } from './ApiKeysPage';
export { useUsers } from './useUsers';

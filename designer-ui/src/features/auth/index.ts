export { LoginPage } from './LoginPage';
export { RequireAuth } from './RequireAuth';
export { useMe } from './useMe';
export { useIsAdmin } from './useIsAdmin';
export { useLogout } from './useLogout';
export type { User, Role } from './types';

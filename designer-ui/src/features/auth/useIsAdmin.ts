import { useMe } from './useMe';

/** Admins design entities and manage users; members work with records. */
export function useIsAdmin(): boolean {
  return useMe().data?.role === 'admin';
}

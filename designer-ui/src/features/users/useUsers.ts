import { useQuery } from '@tanstack/react-query';
import { userKeys, usersApi } from './usersApi';

/** Every user; any signed-in user may list them (to pick owners). */
export function useUsers(enabled = true) {
  return useQuery({ queryKey: userKeys.all, queryFn: usersApi.list, staleTime: 60_000, enabled });
}

import { useQuery } from '@tanstack/react-query';
import { authApi, meKey } from './authApi';

/** The signed-in user; a 401 sends the app to the sign-in page (see configureHttp in app/). */
export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: authApi.me, retry: false, staleTime: 5 * 60_000 });
}

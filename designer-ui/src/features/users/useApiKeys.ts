import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { userKeys, usersApi } from './usersApi';

/** The signed-in user's API keys, creating (the key is shown once) and revoking. */
export function useApiKeys() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: userKeys.apiKeys });
  const keys = useQuery({ queryKey: userKeys.apiKeys, queryFn: usersApi.apiKeys });
  const create = useMutation({ mutationFn: (name: string) => usersApi.createApiKey(name), onSuccess: refresh });
  const revoke = useMutation({ mutationFn: (id: number) => usersApi.revokeApiKey(id), onSuccess: refresh });
  return { keys, create, revoke };
}

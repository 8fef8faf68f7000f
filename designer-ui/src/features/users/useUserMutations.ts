import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UserBody } from './types';
import { userKeys, usersApi } from './usersApi';

export function useUserMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: userKeys.all });
  const create = useMutation({ mutationFn: (body: UserBody) => usersApi.create(body), onSuccess: refresh });
  const update = useMutation({
    mutationFn: ({ id, body }: { id: number; body: UserBody }) => usersApi.update(id, body),
    onSuccess: refresh,
  });
  return { create, update };
}

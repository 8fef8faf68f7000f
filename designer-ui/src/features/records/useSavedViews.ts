import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { recordKeys, recordsApi } from './recordsApi';
import type { SavedViewBody } from './types';

/** The entity's saved views and the calls that change them. */
export function useSavedViews(entity: string) {
  const queryClient = useQueryClient();
  const key = recordKeys.views(entity);
  const views = useQuery({ queryKey: key, queryFn: () => recordsApi.views(entity), enabled: !!entity });
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const create = useMutation({ mutationFn: (body: SavedViewBody) => recordsApi.createView(entity, body), onSuccess: refresh });
  const update = useMutation({
    mutationFn: ({ id, body }: { id: number; body: Partial<SavedViewBody> }) => recordsApi.updateView(entity, id, body),
    onSuccess: refresh,
  });
  const remove = useMutation({ mutationFn: (id: number) => recordsApi.removeView(entity, id), onSuccess: refresh });
  return { views, create, update, remove };
}

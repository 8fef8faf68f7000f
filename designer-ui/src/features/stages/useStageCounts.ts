import { useQuery } from '@tanstack/react-query';
import { stageKeys, stagesApi } from './stagesApi';

/** Records per saved stage, by stage value; nothing for a field that is not a stage field yet. */
export function useStageCounts(entity: string, field: string, enabled: boolean) {
  return useQuery({
    queryKey: stageKeys.counts(entity, field),
    queryFn: async () => {
      const board = await stagesApi.counts(entity, field);
      return Object.fromEntries(board.columns.map((column) => [column.stage, column.count])) as Record<string, number>;
    },
    enabled,
  });
}

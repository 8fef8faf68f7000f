import { useTranslation } from 'react-i18next';
import { typeKey } from './activityCatalog';
import type { ActivityNode } from './types';

/** What each node is called in lists: its display text, else its type's name and its own name. */
export function useActivityTitles(nodes: ActivityNode[]): Map<string, string> {
  const { t } = useTranslation();
  return new Map(
    nodes.map((n) => {
      const a = n.data.activity;
      const typeName = t(`workflows.types.${typeKey(a.type)}.name`, { defaultValue: a.type });
      return [n.id, a.metadata?.displayText?.trim() || (a.name ? `${typeName} · ${a.name}` : typeName)];
    }),
  );
}

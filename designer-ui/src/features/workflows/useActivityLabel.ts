import { useTranslation } from 'react-i18next';
import { describeActivity, typeKey } from './activityCatalog';
import type { ElsaActivity } from './types';

/** The name a person reads for an activity: its display text, else its type's translated name, else the bare type. */
export function useActivityLabel(activity: ElsaActivity): { title: string; typeName: string; known: boolean } {
  const { t } = useTranslation();
  const known = describeActivity(activity.type) !== undefined;
  const shortType = activity.type.split('.').pop() ?? activity.type;
  const typeName = known ? t(`workflows.types.${typeKey(activity.type)}.name`, { defaultValue: shortType }) : shortType;
  const display = activity.metadata?.displayText?.trim();
  return { title: display || typeName, typeName, known };
}

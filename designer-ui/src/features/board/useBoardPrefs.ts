import { useCallback, useMemo, useState } from 'react';
import type { FieldDefinition } from '../../shared/schema';
import { parsePrefs, prefsKey, type BoardPrefs } from './boardPrefs';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The card fields and amount field of one board, remembered in this browser per entity and pipeline. */
export function useBoardPrefs(entity: string, field: string, fields: FieldDefinition[]) {
  const key = prefsKey(entity, field);
  const [stored, setStored] = useState(() => ({ key, value: read(key) }));
  // Another pipeline of the same page reads its own choice.
  const value = stored.key === key ? stored.value : read(key);
  const prefs = useMemo(() => parsePrefs(value, fields, field), [value, fields, field]);
  const update = useCallback(
    (next: Partial<BoardPrefs>) => {
      const text = JSON.stringify({ ...prefs, ...next });
      try {
        localStorage.setItem(key, text);
      } catch {
        // A browser refusing storage still gets the choice for this visit.
      }
      setStored({ key, value: text });
    },
    [key, prefs],
  );
  return [prefs, update] as const;
}

import { useCallback, useMemo, useState } from 'react';
import type { FieldDefinition } from '../../shared/schema';
import { sentHiddenFields, sentRules, toDraft, toRequestBody, type FormDraft } from './formDraft';
import type { SettingsValues } from './SettingsPanel';
import type { RuleDraft } from './ruleDraft';
import type { FieldOverride, FormDefinition, FormLayout } from './types';

/**
 * The designer's working copy of one form and whether it differs from what was last saved. The copy is made
 * once per form: refreshing the saved definition (after publishing) never throws edits away.
 */
export function useFormDraft(definition: FormDefinition, entityFields: FieldDefinition[]) {
  const [draft, setDraft] = useState<FormDraft>(() => toDraft(definition));
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(toRequestBody(toDraft(definition), entityFields)));
  const body = useMemo(() => toRequestBody(draft, entityFields), [draft, entityFields]);
  const json = JSON.stringify(body);
  const unfinished = draft.rules.length !== sentRules(draft).length || draft.hiddenFields.length !== sentHiddenFields(draft).length;
  const dirty = json !== savedJson || unfinished;

  const updateLayout = useCallback(
    (change: (layout: FormLayout) => FormLayout) => setDraft((current) => ({ ...current, layout: change(current.layout) })),
    [],
  );
  const setOverride = useCallback(
    (field: string, override: FieldOverride) =>
      setDraft((current) => ({ ...current, fields: { ...current.fields, [field]: override } })),
    [],
  );
  const setRules = useCallback((rules: RuleDraft[]) => setDraft((current) => ({ ...current, rules })), []);
  const setSettings = useCallback(
    (values: SettingsValues) =>
      setDraft((current) => ({
        ...current,
        label: values.label ?? {},
        description: values.description ?? {},
        isDefault: !!values.isDefault,
        public: !!values.public,
        ownerId: values.ownerId ?? null,
        afterSubmit: values.afterSubmit ?? 'message',
        thankYou: values.thankYou ?? {},
        redirectUrl: values.redirectUrl ?? '',
        hiddenFields: (values.hiddenFields ?? []).map((row) => ({
          key: row.key,
          field: row.field,
          param: row.param ?? '',
          map: (row.map ?? []).map((pair) => ({ from: pair?.from ?? '', to: pair?.to == null ? '' : String(pair.to) })),
          default: row.default == null ? '' : String(row.default),
        })),
      })),
    [],
  );
  const markSaved = useCallback((sent: FormDefinition) => setSavedJson(JSON.stringify(sent)), []);

  return { draft, body, dirty, updateLayout, setOverride, setRules, setSettings, markSaved };
}

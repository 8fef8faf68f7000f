import { useMemo, useState } from 'react';
import { valueType, type FieldDefinition } from '../../shared/schema';
import { useDebouncedValue } from '../../shared/ui/useDebouncedValue';
import { expandableFields } from './columns';
import { currentCursor, firstPage, nextPage, previousPage, type CursorPaging } from './cursorPaging';
import { systemFilterFields, type FilterField } from './filterFields';
import { emptyDraft, fromFilterJson, toFilterJson, type FilterDraft } from './filterJson';
import { buildSort, parseSort, type SortItem } from './sortParam';
import type { FilterNode, ListParams, SavedView } from './types';

type State = {
  columns?: string[];
  draft: FilterDraft;
  /** A saved view's filter the flat builder cannot show (nested groups); used as it is. */
  rawFilter?: FilterNode;
  sort: SortItem[];
  q: string;
  trash: boolean;
  viewId?: number;
  pageSize: number;
};

/**
 * Everything that decides which records the table shows: columns, filter, sort, search, trash, page.
 * Paging restarts whenever anything else changes, since a cursor only means something for one query.
 */
export function useRecordsView(fields: FieldDefinition[]) {
  const [state, setState] = useState<State>({ draft: emptyDraft(), sort: [], q: '', trash: false, pageSize: 20 });
  const [paging, setPaging] = useState<{ key: string; value: CursorPaging }>({ key: '', value: firstPage() });

  // A formula filters like a field of its result type (a number formula offers greater than…).
  const filterFields: FilterField[] = useMemo(
    () => [...fields.map((field) => ({ ...field, type: valueType(field) })), ...systemFilterFields],
    [fields],
  );
  const draftFilter = useMemo(() => toFilterJson(state.draft, filterFields), [state.draft, filterFields]);
  const filter = useDebouncedValue(state.rawFilter ?? draftFilter, 300);

  const base: ListParams = useMemo(
    () => ({
      filter,
      sort: buildSort(state.sort),
      q: state.q.trim() || undefined,
      limit: state.pageSize,
      expand: expandableFields(fields),
      deleted: state.trash || undefined,
    }),
    [filter, state.sort, state.q, state.pageSize, state.trash, fields],
  );
  const key = JSON.stringify(base);
  const currentPaging = paging.key === key ? paging.value : firstPage();
  const params: ListParams = useMemo(() => ({ ...base, cursor: currentCursor(currentPaging) }), [base, currentPaging]);

  const update = (patch: Partial<State>) => setState((previous) => ({ ...previous, ...patch }));

  return {
    state,
    params,
    filterFields,
    paging: currentPaging,
    setColumns: (columns: string[]) => update({ columns }),
    setDraft: (draft: FilterDraft) => update({ draft, rawFilter: undefined }),
    setSort: (sort: SortItem[]) => update({ sort }),
    setQ: (q: string) => update({ q }),
    setTrash: (trash: boolean) => update({ trash }),
    setPageSize: (pageSize: number) => update({ pageSize }),
    next: (cursor: string | null | undefined) => setPaging({ key, value: nextPage(currentPaging, cursor) }),
    previous: () => setPaging({ key, value: previousPage(currentPaging) }),
    applyView: (view: SavedView | undefined) => {
      if (!view) {
        update({ viewId: undefined, columns: undefined, draft: emptyDraft(), rawFilter: undefined, sort: [], q: '' });
        return;
      }
      const draft = fromFilterJson(view.filter ?? undefined);
      update({
        viewId: view.id,
        columns: view.columns ?? undefined,
        draft: draft ?? emptyDraft(),
        rawFilter: draft ? undefined : (view.filter ?? undefined),
        sort: parseSort(view.sort),
        q: view.q ?? '',
      });
    },
    /** The current settings as a saved view's body. */
    viewBody: () => ({
      filter: state.rawFilter ?? draftFilter ?? null,
      columns: state.columns ?? null,
      sort: buildSort(state.sort) ?? null,
      q: state.q.trim() || null,
    }),
  };
}

import type { InstanceListFilter, InstanceSubStatus, WorkflowInstance } from './types';

/** The status filter's choices: the two statuses, then the sub-statuses a person looks for. */
export const statusChoices = ['Running', 'Finished', 'Suspended', 'Faulted', 'Cancelled', 'Executing', 'Pending'] as const;

/** Reads the instance list's filter from the page's query string; a malformed record id is ignored. */
export function filterFromSearch(search: URLSearchParams): InstanceListFilter {
  const text = (name: string) => search.get(name)?.trim() || undefined;
  const record = Number(search.get('recordId'));
  return {
    status: text('status'),
    definitionId: text('definitionId'),
    entity: text('entity'),
    recordId: Number.isInteger(record) && record > 0 ? record : undefined,
    before: text('before'),
  };
}

/** The query string of a filter: empty parts left out, so a shared link stays short. */
export function filterToSearch(filter: InstanceListFilter): URLSearchParams {
  const search = new URLSearchParams();
  for (const name of ['status', 'definitionId', 'entity', 'recordId', 'before'] as const) {
    const value = filter[name];
    if (value !== undefined && value !== '') search.set(name, String(value));
  }
  return search;
}

/**
 * One page out of an answer asked for one more than a page: the extra item only tells that an older page
 * exists, which then starts before the page's last instance.
 */
export function pageOf(items: WorkflowInstance[], size: number): { items: WorkflowInstance[]; olderBefore?: string } {
  if (items.length <= size) return { items };
  const page = items.slice(0, size);
  return { items: page, olderBefore: page[page.length - 1].createdAt };
}

export type StatusTone = 'processing' | 'success' | 'error' | 'warning' | 'default';

/** The colour of a sub-status tag: waiting is amber, a fault red, a normal end green, a cancel grey. */
export function statusTone(subStatus: InstanceSubStatus | string): StatusTone {
  switch (subStatus) {
    case 'Finished':
      return 'success';
    case 'Faulted':
      return 'error';
    case 'Suspended':
      return 'warning';
    case 'Executing':
      return 'processing';
    default:
      return 'default';
  }
}

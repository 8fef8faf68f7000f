import { describeActivity } from './activityCatalog';
import { literalList, readInput } from './activityInputs';
import { unwrapList } from './elsaGraph';
import type { ElsaActivity } from './types';

function caseLabels(activity: ElsaActivity): string[] {
  return unwrapList(activity.cases).flatMap((c) => {
    const label = (c as { label?: unknown } | null)?.label;
    return typeof label === 'string' || typeof label === 'number' ? [String(label)] : [];
  });
}

function dynamicPorts(activity: ElsaActivity, kind: string | undefined): string[] {
  if (kind === 'cases') return caseLabels(activity);
  if (kind === 'branches') {
    const branches = literalList(readInput(activity, 'branches'));
    return branches ? branches.map(String) : [];
  }
  if (kind === 'statusCodes') return (literalList(readInput(activity, 'expectedStatusCodes')) ?? []).map(String);
  return [];
}

/**
 * The output ports drawn on a node: the catalogue's outcomes, those the activity's own inputs name (switch
 * cases, fork branches, expected status codes), and any port an existing connection leaves from — so an
 * unknown activity keeps its connections.
 */
export function activityPorts(activity: ElsaActivity, usedPorts: Iterable<string> = []): string[] {
  const descriptor = describeActivity(activity.type);
  const ports = [...dynamicPorts(activity, descriptor?.dynamicPorts), ...(descriptor?.outcomes ?? [])];
  if (descriptor?.dynamicPorts === 'branches' && ports.length > 1) ports.splice(ports.indexOf('Done'), 1);
  for (const port of usedPorts) ports.push(port);
  const unique = [...new Set(ports)];
  return unique.length > 0 || descriptor ? unique : ['Done'];
}

/** Ports used by connections, by source activity id. */
export function usedPortsBySource(edges: { source: string; sourceHandle?: string | null }[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const edge of edges) {
    const list = map.get(edge.source) ?? [];
    list.push(edge.sourceHandle ?? 'Done');
    map.set(edge.source, list);
  }
  return map;
}

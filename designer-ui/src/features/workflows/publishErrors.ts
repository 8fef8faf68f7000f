import { parseConnection, readActivities, unwrapList } from './elsaGraph';
import type { ElsaWorkflow } from './types';

export type ServerIssues = { activities: Record<string, string[]>; workflow: string[] };

/**
 * The server's publish/validate errors (`activities.<id>`, `activities.<id>.<input>`, `connections.<index>`,
 * `workflow`, …) placed on the node they name; a connection's error goes to the activity it leaves from.
 */
export function serverIssues(errors: Record<string, string[]>, workflow: ElsaWorkflow): ServerIssues {
  const result: ServerIssues = { activities: {}, workflow: [] };
  const connections = unwrapList(workflow.root.connections);
  const ids = readActivities(workflow.root)
    .map((a) => a.id)
    .sort((a, b) => b.length - a.length);
  const put = (id: string, messages: string[]) => {
    result.activities[id] = [...(result.activities[id] ?? []), ...messages];
  };
  for (const [key, messages] of Object.entries(errors)) {
    // An id may hold a dot, so the key is matched against the ids there are, longest first.
    const id = ids.find((candidate) => key === `activities.${candidate}` || key.startsWith(`activities.${candidate}.`));
    if (id !== undefined) {
      const input = key.slice(`activities.${id}.`.length);
      put(id, input ? messages.map((m) => `${input}: ${m}`) : messages);
      continue;
    }
    const connection = /^connections\.(\d+)/.exec(key);
    const source = connection ? parseConnection(connections[Number(connection[1])])?.source : undefined;
    if (source) put(source, messages);
    else result.workflow.push(...messages);
  }
  return result;
}

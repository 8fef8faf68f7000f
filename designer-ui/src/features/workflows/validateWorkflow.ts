import { describeActivity, type ActivityDescriptor, type CatalogInput } from './activityCatalog';
import { hasValue, readInput } from './activityInputs';
import { activityPorts } from './activityPorts';
import { isValidCron } from './cronExpression';
import { DEFAULT_PORT, isContainer, parseConnection, readActivities, unwrapList } from './elsaGraph';
import { scriptSyntaxError } from './scriptSyntax';
import type { ElsaActivity, ElsaWorkflow, WorkflowIssue } from './types';

/** What the validator may check names against; a list left out is not checked. */
export type ValidationContext = { entities?: readonly string[]; forms?: readonly string[] };

export type ValidationResult = { activities: Record<string, WorkflowIssue[]>; workflow: WorkflowIssue[] };

const entityTriggers = new Set(['Platform.RecordCreated', 'Platform.RecordUpdated', 'Platform.RecordDeleted', 'Platform.StageChanged', 'Platform.DateReached']);

function issue(code: string, params?: WorkflowIssue['params']): WorkflowIssue {
  return params ? { code, messageKey: `workflows.issues.${code}`, params } : { code, messageKey: `workflows.issues.${code}` };
}

/** A node the workflow can begin at: a Start, or any activity marked to start the workflow (3.1 and 3.0 places). */
export function isStartNode(activity: ElsaActivity): boolean {
  if (activity.type === 'Elsa.Start') return true;
  const custom = activity.customProperties as { canStartWorkflow?: unknown } | undefined;
  return custom?.canStartWorkflow === true || activity.canStartWorkflow === true;
}

function literalText(activity: ElsaActivity, name: string): string | undefined {
  const input = readInput(activity, name);
  return input?.kind === 'Literal' && typeof input.value === 'string' ? input.value.trim() : undefined;
}

function requiredIssues(activity: ElsaActivity, inputs: CatalogInput[]): WorkflowIssue[] {
  return inputs.flatMap((input) => {
    if (!input.required) return [];
    if (input.type === 'variable') {
      const variable = activity.variable as { id?: unknown; name?: unknown } | undefined;
      return variable && (variable.id || variable.name) ? [] : [issue('required', { input: input.name })];
    }
    return hasValue(readInput(activity, input.name)) ? [] : [issue('required', { input: input.name })];
  });
}

function scriptIssue(input: string, source: unknown): WorkflowIssue[] {
  if (typeof source !== 'string' || source.trim() === '') return [];
  const error = scriptSyntaxError(source);
  return error ? [issue('script', { input, line: error.line, column: error.column, message: error.message })] : [];
}

/** Every JavaScript expression of the activity (any property, so unknown activities are checked too), plus script inputs. */
function scriptIssues(activity: ElsaActivity, descriptor: ActivityDescriptor | undefined): WorkflowIssue[] {
  const found: WorkflowIssue[] = [];
  for (const [name, raw] of Object.entries(activity)) {
    const expression = (raw as { expression?: { type?: unknown; value?: unknown } } | null)?.expression;
    if (expression?.type === 'JavaScript') found.push(...scriptIssue(name, expression.value));
  }
  for (const input of descriptor?.inputs ?? []) {
    const value = readInput(activity, input.name);
    if (input.type === 'script' && value?.kind === 'Literal') found.push(...scriptIssue(input.name, value.value));
  }
  unwrapList(activity.cases).forEach((c, i) => {
    const condition = (c as { condition?: { type?: unknown; value?: unknown } } | null)?.condition;
    if (condition?.type === 'JavaScript') found.push(...scriptIssue(`cases[${i}]`, condition.value));
  });
  return found;
}

function triggerIssues(activity: ElsaActivity, descriptor: ActivityDescriptor | undefined, context: ValidationContext): WorkflowIssue[] {
  if (!descriptor?.trigger || !isStartNode(activity)) return [];
  const found: WorkflowIssue[] = [];
  // A trigger's inputs are read when the version is published, without a running workflow: only literals have a value then.
  for (const input of descriptor.inputs) {
    const value = readInput(activity, input.name);
    if (value && hasValue(value) && value.kind !== 'Literal' && value.kind !== 'Object' && value.kind !== 'Json') {
      found.push(issue('triggerNotLiteral', { input: input.name }));
    }
  }
  const entity = literalText(activity, 'entity');
  if (entityTriggers.has(activity.type) && entity && context.entities && !context.entities.includes(entity)) {
    found.push(issue('unknownEntity', { entity }));
  }
  const form = literalText(activity, 'form');
  if (activity.type === 'Platform.FormSubmitted' && form && context.forms && !context.forms.includes(form)) {
    found.push(issue('unknownForm', { form }));
  }
  const cronInput = activity.type === 'Elsa.Cron' ? 'cronExpression' : activity.type === 'Platform.Schedule' ? 'cron' : null;
  const cron = cronInput ? literalText(activity, cronInput) : undefined;
  if (cronInput && cron && !isValidCron(cron, activity.type === 'Platform.Schedule')) {
    found.push(issue('badCron', { input: cronInput, value: cron }));
  }
  return found;
}

function variableIssues(activity: ElsaActivity, workflow: ElsaWorkflow): WorkflowIssue[] {
  if (activity.type !== 'Elsa.SetVariable') return [];
  const variable = activity.variable as { id?: unknown; name?: unknown } | undefined;
  if (!variable || (!variable.id && !variable.name)) return [];
  const declared = [...unwrapList(workflow.variables), ...unwrapList(workflow.root.variables)] as { id?: unknown; name?: unknown }[];
  const known = declared.some((v) => (variable.id && v.id === variable.id) || (!variable.id && v.name === variable.name));
  return known ? [] : [issue('unknownVariable', { variable: String(variable.name ?? variable.id) })];
}

type Link = { index: number; source: string; target: string; port: string };

function readLinks(root: ElsaActivity): Link[] {
  return unwrapList(root.connections).flatMap((raw, index) => {
    const parsed = parseConnection(raw);
    return parsed ? [{ index, source: parsed.source, target: parsed.target, port: parsed.port ?? DEFAULT_PORT }] : [];
  });
}

/**
 * Where runs begin, as the engine picks: every Start and trigger node; without any, the first node that no
 * connection leads into (a workflow run by hand). None when every node sits in a loop with no way in.
 */
function startsOf(activities: ElsaActivity[], links: Link[]): string[] {
  const explicit = activities.filter(isStartNode).map((a) => a.id);
  if (explicit.length > 0) return explicit;
  const entry = activities.find((a) => !links.some((l) => l.target === a.id && l.source !== a.id && activities.some((b) => b.id === l.source)));
  return entry ? [entry.id] : [];
}

function reachableFrom(starts: string[], links: Link[]): Set<string> {
  const seen = new Set(starts);
  const queue = [...starts];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const link of links) {
      if (link.source === id && !seen.has(link.target)) {
        seen.add(link.target);
        queue.push(link.target);
      }
    }
  }
  return seen;
}

/**
 * Checks a definition before publishing: a start exists and every node is reachable from one, connections
 * join existing activities through ports they have, required inputs are given, scripts parse, and triggers
 * can fire (an existing entity, a valid cron expression, literal inputs).
 */
export function validateWorkflow(workflow: ElsaWorkflow, context: ValidationContext = {}): ValidationResult {
  const root = workflow.root;
  const activities = isContainer(root) ? readActivities(root) : [root];
  const result: ValidationResult = { activities: {}, workflow: [] };
  const add = (id: string, found: WorkflowIssue[]) => {
    if (found.length > 0) result.activities[id] = [...(result.activities[id] ?? []), ...found];
  };
  const ids = new Map<string, ElsaActivity>();
  for (const activity of activities) {
    if (ids.has(activity.id)) add(activity.id, [issue('duplicateId', { id: activity.id })]);
    ids.set(activity.id, activity);
  }
  const links = isContainer(root) ? readLinks(root) : [];
  for (const link of links) {
    const source = ids.get(link.source);
    const target = ids.get(link.target);
    if (!source || !target) {
      const missing = !source ? link.source : link.target;
      const found = [issue('dangling', { index: link.index, id: missing })];
      if (source) add(source.id, found);
      else if (target) add(target.id, found);
      else result.workflow.push(...found);
      continue;
    }
    if (describeActivity(source.type) && !activityPorts(source).includes(link.port)) add(source.id, [issue('unknownPort', { port: link.port })]);
  }
  const starts = startsOf(activities, links);
  if (activities.length > 0 && starts.length === 0 && isContainer(root)) result.workflow.push(issue('noStart'));
  if (activities.length === 0) result.workflow.push(issue('empty'));
  const reachable = reachableFrom(starts, links.filter((l) => ids.has(l.source) && ids.has(l.target)));
  for (const activity of activities) {
    const descriptor = describeActivity(activity.type);
    if (starts.length > 0 && !reachable.has(activity.id)) add(activity.id, [issue('unreachable')]);
    add(activity.id, [
      ...requiredIssues(activity, descriptor?.inputs ?? []),
      ...scriptIssues(activity, descriptor),
      ...triggerIssues(activity, descriptor, context),
      ...variableIssues(activity, workflow),
    ]);
  }
  return result;
}

export function issueCount(result: ValidationResult): number {
  return result.workflow.length + Object.values(result.activities).reduce((sum, list) => sum + list.length, 0);
}

import type { ExpressionKind } from './types';

/**
 * The activity types the engine runs (engine ActivityTypes.Known), with the inputs and outcomes their handlers
 * read and complete with. Names and descriptions live in the workflows locale files under
 * `workflows.types.<type key>`; input labels under `workflows.inputs.<name>`.
 */
export type ActivityGroup = 'triggers' | 'flow' | 'records' | 'people' | 'messages' | 'timing' | 'scripts' | 'http' | 'data';

export type InputType =
  | 'string'
  | 'text'
  | 'number'
  | 'boolean'
  | 'timespan'
  | 'instant'
  | 'json'
  | 'select'
  | 'entity'
  | 'field'
  | 'form'
  | 'user'
  | 'cron'
  | 'script'
  | 'variable'
  | 'cases';

export type CatalogInput = {
  name: string;
  type: InputType;
  /** The `typeName` written into the wrapped input. */
  typeName: string;
  required?: boolean;
  /** The expression kind a new value starts with. */
  kind?: ExpressionKind;
  /** Choices of a `select` input. */
  options?: string[];
  /** A value a new node starts with. */
  initial?: unknown;
};

export type ActivityDescriptor = {
  type: string;
  group: ActivityGroup;
  inputs: CatalogInput[];
  /** Output ports; an empty list means the activity ends its path. */
  outcomes: string[];
  /** A trigger: a new node gets `customProperties.canStartWorkflow = true`. */
  trigger?: boolean;
  /** Ports that come from the activity's own inputs (FlowSwitch cases, FlowFork branches, expected status codes). */
  dynamicPorts?: 'cases' | 'branches' | 'statusCodes';
};

export const GROUPS: ActivityGroup[] = ['triggers', 'flow', 'records', 'people', 'messages', 'timing', 'scripts', 'data', 'http'];

const s = (name: string, extra: Partial<CatalogInput> = {}): CatalogInput => ({ name, type: 'string', typeName: 'String', ...extra });
const json = (name: string, extra: Partial<CatalogInput> = {}): CatalogInput => ({ name, type: 'json', typeName: 'Object', kind: 'Object', ...extra });
const num = (name: string, extra: Partial<CatalogInput> = {}): CatalogInput => ({ name, type: 'number', typeName: 'Int64', ...extra });
const flag = (name: string, extra: Partial<CatalogInput> = {}): CatalogInput => ({ name, type: 'boolean', typeName: 'Boolean', ...extra });
const span = (name: string, extra: Partial<CatalogInput> = {}): CatalogInput => ({ name, type: 'timespan', typeName: 'TimeSpan', ...extra });
const instant = (name: string, extra: Partial<CatalogInput> = {}): CatalogInput => ({ name, type: 'instant', typeName: 'DateTimeOffset', ...extra });
const entity = (required = false): CatalogInput => ({ name: 'entity', type: 'entity', typeName: 'String', required });
const field = (required = false): CatalogInput => ({ name: 'field', type: 'field', typeName: 'String', required });
const recordId = num('recordId');
const done = ['Done'];

const descriptors: ActivityDescriptor[] = [
  // Triggers: they start a workflow, and wait for the next event when met further down a flow.
  { type: 'Platform.RecordCreated', group: 'triggers', trigger: true, inputs: [entity(true)], outcomes: done },
  { type: 'Platform.RecordUpdated', group: 'triggers', trigger: true, inputs: [entity(true), field(), json('from'), json('to')], outcomes: done },
  { type: 'Platform.RecordDeleted', group: 'triggers', trigger: true, inputs: [entity(true)], outcomes: done },
  { type: 'Platform.StageChanged', group: 'triggers', trigger: true, inputs: [entity(true), field(), json('from'), json('to')], outcomes: done },
  { type: 'Platform.FormSubmitted', group: 'triggers', trigger: true, inputs: [{ name: 'form', type: 'form', typeName: 'String', required: true }], outcomes: done },
  {
    type: 'Platform.DateReached',
    group: 'triggers',
    trigger: true,
    inputs: [entity(true), field(true), span('offset'), s('time')],
    outcomes: ['Done', 'NoDate'],
  },
  {
    type: 'Platform.Schedule',
    group: 'triggers',
    trigger: true,
    inputs: [{ name: 'cron', type: 'cron', typeName: 'String', required: true, initial: '0 9 * * 1' }, flag('workingTimeOnly')],
    outcomes: done,
  },
  { type: 'Elsa.Timer', group: 'triggers', trigger: true, inputs: [span('interval', { required: true, initial: '01:00:00' })], outcomes: done },
  {
    type: 'Elsa.Cron',
    group: 'triggers',
    trigger: true,
    inputs: [{ name: 'cronExpression', type: 'cron', typeName: 'String', required: true, initial: '0 0 * * * *' }],
    outcomes: done,
  },
  { type: 'Elsa.StartAt', group: 'triggers', trigger: true, inputs: [instant('dateTime', { required: true })], outcomes: done },
  { type: 'Elsa.Event', group: 'triggers', trigger: true, inputs: [s('eventName', { required: true })], outcomes: done },
  {
    type: 'Elsa.HttpEndpoint',
    group: 'http',
    trigger: true,
    inputs: [s('path', { required: true }), json('supportedMethods', { typeName: 'String[]', initial: '["GET"]' })],
    outcomes: done,
  },

  // Flow.
  { type: 'Elsa.Start', group: 'flow', inputs: [], outcomes: done },
  { type: 'Elsa.End', group: 'flow', inputs: [], outcomes: [] },
  { type: 'Elsa.Finish', group: 'flow', inputs: [], outcomes: [] },
  {
    type: 'Elsa.FlowDecision',
    group: 'flow',
    inputs: [flag('condition', { required: true, kind: 'JavaScript' })],
    outcomes: ['True', 'False'],
  },
  {
    type: 'Elsa.FlowSwitch',
    group: 'flow',
    inputs: [
      { name: 'cases', type: 'cases', typeName: 'Object' },
      { name: 'mode', type: 'select', typeName: 'Elsa.Workflows.Activities.Flowchart.Models.SwitchMode, Elsa.Workflows.Core', options: ['MatchFirst', 'MatchAny'] },
    ],
    outcomes: ['Default'],
    dynamicPorts: 'cases',
  },
  { type: 'Elsa.FlowFork', group: 'flow', inputs: [json('branches', { typeName: 'String[]', initial: '["Branch 1","Branch 2"]' })], outcomes: done, dynamicPorts: 'branches' },
  {
    type: 'Elsa.FlowJoin',
    group: 'flow',
    inputs: [
      {
        name: 'mode',
        type: 'select',
        typeName: 'Elsa.Workflows.Activities.Flowchart.Models.FlowJoinMode, Elsa.Workflows.Core',
        options: ['WaitAny', 'WaitAll', 'WaitAllActive'],
        initial: 'WaitAny',
      },
    ],
    outcomes: done,
  },
  { type: 'Elsa.Correlate', group: 'flow', inputs: [s('correlationId', { required: true })], outcomes: done },
  { type: 'Elsa.SetName', group: 'flow', inputs: [s('value', { required: true })], outcomes: done },
  { type: 'Elsa.Fault', group: 'flow', inputs: [s('message', { required: true }), s('code'), s('category'), s('faultType')], outcomes: [] },

  // Records.
  { type: 'Platform.CreateRecord', group: 'records', inputs: [entity(true), json('values', { initial: '{}' })], outcomes: done },
  { type: 'Platform.UpdateRecord', group: 'records', inputs: [entity(), recordId, json('values', { required: true, initial: '{}' })], outcomes: done },
  {
    type: 'Platform.FindRecords',
    group: 'records',
    inputs: [entity(true), json('filter'), s('sort'), num('limit', { typeName: 'Int32' })],
    outcomes: ['Found', 'NotFound', 'Done'],
  },

  // People and tasks.
  {
    type: 'Platform.AssignOwner',
    group: 'people',
    inputs: [
      entity(),
      recordId,
      { name: 'strategy', type: 'select', typeName: 'String', options: ['roundRobin', 'leastOpen', 'ruleMatch'], initial: 'roundRobin' },
      json('candidates'),
      json('rules'),
      flag('respectCapacity'),
      { name: 'defaultOwnerId', type: 'user', typeName: 'Int64' },
      s('cursorKey'),
    ],
    outcomes: ['Assigned', 'Unassigned', 'Done'],
  },
  {
    type: 'Platform.CreateTask',
    group: 'people',
    inputs: [
      s('title', { required: true }),
      { name: 'description', type: 'text', typeName: 'String' },
      { name: 'assigneeId', type: 'user', typeName: 'String' },
      instant('dueAt'),
      span('dueIn'),
      entity(),
      recordId,
    ],
    outcomes: done,
  },
  { type: 'Platform.WaitForTask', group: 'people', inputs: [json('taskId', { required: true, kind: 'Variable' })], outcomes: done },
  {
    type: 'Platform.Notify',
    group: 'people',
    inputs: [json('to', { required: true, initial: '["owner"]' }), s('title', { required: true }), { name: 'body', type: 'text', typeName: 'String' }, entity(), recordId, s('link')],
    outcomes: done,
  },

  // Messages.
  {
    type: 'Platform.SendEmail',
    group: 'messages',
    inputs: [s('to', { required: true }), s('cc'), s('subject', { required: true }), { name: 'body', type: 'text', typeName: 'String' }, { name: 'htmlBody', type: 'text', typeName: 'String' }],
    outcomes: done,
  },
  { type: 'Platform.SendWebhook', group: 'messages', inputs: [s('url', { required: true }), json('payload'), s('event'), s('secret')], outcomes: done },
  {
    type: 'Elsa.PublishEvent',
    group: 'messages',
    inputs: [s('eventName', { required: true }), s('correlationId'), flag('isLocalEvent'), json('payload')],
    outcomes: done,
  },

  // Timing.
  { type: 'Elsa.Delay', group: 'timing', inputs: [span('timeSpan', { required: true, initial: '00:05:00' })], outcomes: done },
  { type: 'Platform.DelayWorkingTime', group: 'timing', inputs: [span('duration', { initial: '04:00:00' }), instant('until')], outcomes: done },

  // Scripts.
  { type: 'Platform.RunScript', group: 'scripts', inputs: [{ name: 'script', type: 'script', typeName: 'String', required: true }, json('record')], outcomes: done },
  { type: 'Elsa.RunJavaScript', group: 'scripts', inputs: [{ name: 'script', type: 'script', typeName: 'String', required: true }], outcomes: done },

  // Data.
  {
    type: 'Elsa.SetVariable',
    group: 'data',
    inputs: [{ name: 'variable', type: 'variable', typeName: 'Object', required: true }, json('value', { kind: 'JavaScript' })],
    outcomes: done,
  },
  { type: 'Elsa.SetOutput', group: 'data', inputs: [s('outputName', { required: true }), json('outputValue')], outcomes: done },
  { type: 'Elsa.WriteLine', group: 'data', inputs: [s('text', { required: true })], outcomes: done },

  // HTTP.
  {
    type: 'Elsa.WriteHttpResponse',
    group: 'http',
    inputs: [s('statusCode', { typeName: 'System.Net.HttpStatusCode, System.Net.Primitives', initial: 'OK' }), json('content'), s('contentType')],
    outcomes: done,
  },
  {
    type: 'Elsa.FlowSendHttpRequest',
    group: 'http',
    inputs: [
      s('url', { required: true, typeName: 'System.Uri, System.Private.Uri' }),
      { name: 'method', type: 'select', typeName: 'String', options: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'], initial: 'GET' },
      json('content'),
      s('contentType'),
      s('authorization'),
      json('requestHeaders'),
      json('expectedStatusCodes', { typeName: 'Int32[]', initial: '[200]' }),
    ],
    outcomes: ['Unmatched status code', 'Failed to connect', 'Timeout', 'Done'],
    dynamicPorts: 'statusCodes',
  },
];

const byType = new Map(descriptors.map((d) => [d.type, d]));

export const activityCatalog: readonly ActivityDescriptor[] = descriptors;

export function describeActivity(type: string): ActivityDescriptor | undefined {
  return byType.get(type);
}

/** The locale key part of a type: `Platform.RecordCreated` → `Platform_RecordCreated` (a dot would nest the key). */
export function typeKey(type: string): string {
  return type.replace(/\./g, '_');
}

import { describe, expect, it } from 'vitest';
import { activityCatalog, GROUPS } from '../activityCatalog';
import { activityPorts } from '../activityPorts';
import { isValidCron } from '../cronExpression';

describe('activityPorts', () => {
  it('gives the outcomes the engine completes with', () => {
    expect(activityPorts({ id: 'd', type: 'Elsa.FlowDecision' })).toEqual(['True', 'False']);
    expect(activityPorts({ id: 'a', type: 'Platform.AssignOwner' })).toEqual(['Assigned', 'Unassigned', 'Done']);
    expect(activityPorts({ id: 'f', type: 'Platform.FindRecords' })).toEqual(['Found', 'NotFound', 'Done']);
    expect(activityPorts({ id: 'e', type: 'Elsa.End' })).toEqual([]);
  });

  it('adds a port per switch case before Default, and per fork branch instead of Done', () => {
    const cases = { $values: [{ label: 'A' }, { label: 'B' }] };
    expect(activityPorts({ id: 's', type: 'Elsa.FlowSwitch', cases })).toEqual(['A', 'B', 'Default']);
    const branches = { typeName: 'String[]', expression: { type: 'Literal', value: '["Left","Right"]' } };
    expect(activityPorts({ id: 'f', type: 'Elsa.FlowFork', branches })).toEqual(['Left', 'Right']);
  });

  it('keeps the ports connections of an unknown activity use, or Done', () => {
    expect(activityPorts({ id: 'u', type: 'Acme.Thing' }, ['Yes', 'No', 'Yes'])).toEqual(['Yes', 'No']);
    expect(activityPorts({ id: 'u', type: 'Acme.Thing' })).toEqual(['Done']);
  });
});

describe('activityCatalog', () => {
  it('covers every activity type the engine runs, each in a known group', () => {
    const engineTypes = [
      'Elsa.Start', 'Elsa.End', 'Elsa.Finish', 'Elsa.WriteLine', 'Elsa.SetVariable', 'Elsa.SetName', 'Elsa.Correlate', 'Elsa.Fault',
      'Elsa.FlowDecision', 'Elsa.FlowSwitch', 'Elsa.FlowFork', 'Elsa.FlowJoin', 'Elsa.RunJavaScript', 'Elsa.Delay', 'Elsa.Timer',
      'Elsa.Cron', 'Elsa.StartAt', 'Elsa.Event', 'Elsa.PublishEvent', 'Elsa.HttpEndpoint', 'Elsa.WriteHttpResponse',
      'Elsa.FlowSendHttpRequest', 'Elsa.SetOutput', 'Platform.RecordCreated', 'Platform.RecordUpdated', 'Platform.RecordDeleted',
      'Platform.StageChanged', 'Platform.FormSubmitted', 'Platform.DateReached', 'Platform.Schedule', 'Platform.CreateRecord',
      'Platform.UpdateRecord', 'Platform.FindRecords', 'Platform.AssignOwner', 'Platform.CreateTask', 'Platform.WaitForTask',
      'Platform.Notify', 'Platform.SendEmail', 'Platform.SendWebhook', 'Platform.DelayWorkingTime', 'Platform.RunScript',
    ];
    expect(activityCatalog.map((d) => d.type).sort()).toEqual([...engineTypes].sort());
    for (const d of activityCatalog) expect(GROUPS).toContain(d.group);
  });
});

describe('isValidCron', () => {
  it.each(['0 9 * * 1', '*/15 * * * *', '0 0 9 ? * MON-FRI', '0 0 * * * *', '0 30 8 L * *', '0 0 12 * JAN,JUL 5#2'])('accepts %s', (cron) => {
    expect(isValidCron(cron)).toBe(true);
  });

  it.each(['', 'BadCronExpression', '0 9 * *', '60 * * * *', '0 9 * 13 *', '0 9 * * 8', '5-2 * * * *', '*/0 * * * *'])('refuses %s', (cron) => {
    expect(isValidCron(cron)).toBe(false);
  });

  it('wants six fields for Elsa.Cron', () => {
    expect(isValidCron('0 9 * * 1', false)).toBe(false);
    expect(isValidCron('0 0 9 * * 1', false)).toBe(true);
  });
});

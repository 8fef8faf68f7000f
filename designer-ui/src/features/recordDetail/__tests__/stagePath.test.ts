import { describe, expect, it } from 'vitest';
import { ProblemError } from '../../../shared/api';
import { gateRefusal, pathSteps, roundDays, stageFields, stageGateType } from '../stagePath';
import type { StageDwell, StageInfo } from '../types';
import { deal, stageField } from './fixtures';

const stages = stageField.stages as StageInfo[];
const dwell = (stage: string, days: number, current = false, overdue = false): StageDwell => ({
  field: 'stage',
  stage,
  visits: 1,
  days,
  current,
  overdue,
});

describe('pathSteps', () => {
  it('ticks the open stages before the current one and leaves the rest to do', () => {
    const steps = pathSteps(stages, 'proposal', [], 'stage');
    expect(steps.map((step) => step.state)).toEqual(['done', 'done', 'current', 'todo', 'todo']);
  });

  it('does not tick a won stage on the way to lost', () => {
    const steps = pathSteps(stages, 'lost', [], 'stage');
    expect(steps.map((step) => step.state)).toEqual(['done', 'done', 'done', 'todo', 'current']);
  });

  it('leaves every stage to do for a record in no stage', () => {
    expect(pathSteps(stages, null, [], 'stage').every((step) => step.state === 'todo')).toBe(true);
  });

  it('carries the days of each stage and flags only the current stay as overdue', () => {
    const dwells = [dwell('new', 3.25, false, true), dwell('qualified', 12, true, true), { ...dwell('new', 9), field: 'other' }];
    const steps = pathSteps(stages, 'qualified', dwells, 'stage');
    expect(steps.slice(0, 3).map((step) => [step.days, step.overdue])).toEqual([
      [3.25, false],
      [12, true],
      [undefined, false],
    ]);
  });
});

describe('roundDays', () => {
  it('shows one decimal under ten days and whole days above', () => {
    expect([roundDays(0), roundDays(0.04), roundDays(3.25), roundDays(12.6)]).toEqual(['0', '0', '3.3', '13']);
  });
});

describe('stageFields', () => {
  it('lists the entity pipelines only', () => {
    expect(stageFields(deal).map((field) => field.slug)).toEqual(['stage']);
  });
});

describe('gateRefusal', () => {
  it('reads the stage asked for and every unmet criterion of a stage-gate problem', () => {
    const error = new ProblemError(422, {
      type: stageGateType,
      detail: '"Amount" is needed to enter "Won".',
      stage: 'won',
      unmet: [{ criterion: 'requiredField', field: 'amount', message: '"Amount" is needed to enter "Won".' }],
    });
    expect(gateRefusal(error)).toEqual({
      stage: 'won',
      unmet: [{ criterion: 'requiredField', field: 'amount', message: '"Amount" is needed to enter "Won".' }],
    });
  });

  it('is undefined for any other refusal', () => {
    expect(gateRefusal(new ProblemError(422, { errors: { stage: ['bad'] } }))).toBeUndefined();
    expect(gateRefusal(new Error('x'))).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { ProblemError } from '../../../shared/api';
import { missingFields, otherCriteria, relatedEntities, relatedEntityOf, stageGateOf } from '../gateProblem';
import type { GatedStage } from '../types';

const refusal = new ProblemError(422, {
  type: 'https://platform.local/problems/stage-gate',
  title: 'Stage criteria not met',
  field: 'stage',
  stage: 'won',
  unmet: [
    { criterion: 'requiredField', field: 'email', message: '"Email" is needed to leave "New".' },
    { criterion: 'condition', field: null, message: 'Ask for the budget first.' },
    { criterion: 'requiredField', field: 'amount', message: '"Amount" is needed to enter "Won".' },
    { criterion: 'requiredField', field: 'email', message: '"Email" is needed to enter "Won".' },
    { criterion: 'related', field: null, message: 'At least 1 Activity is needed (0 linked).' },
  ],
});

describe('stage gate problems', () => {
  it('reads the refused move from a stage-gate problem only', () => {
    expect(stageGateOf(refusal)).toMatchObject({ field: 'stage', stage: 'won' });
    expect(stageGateOf(new ProblemError(422, { title: 'Invalid', errors: { email: ['bad'] } }))).toBeUndefined();
    expect(stageGateOf(new Error('network'))).toBeUndefined();
  });

  it('asks for each missing field once, in the order the server gave', () => {
    expect(missingFields(stageGateOf(refusal)!)).toEqual(['email', 'amount']);
  });

  it('lists what a form cannot fill apart', () => {
    expect(otherCriteria(stageGateOf(refusal)!).map((item) => item.criterion)).toEqual(['condition', 'related']);
  });

  it('finds the related entities of the stage left and the stage entered', () => {
    const stages: GatedStage[] = [
      { value: 'new', label: { en: 'New' }, exitCriteria: { related: [{ entity: 'call', field: 'deal' }] } },
      { value: 'won', label: { en: 'Won' }, entryCriteria: { related: [{ entity: 'activity', field: 'deal', min: 1 }] } },
      { value: 'lost', label: { en: 'Lost' }, entryCriteria: { related: [{ entity: 'note', field: 'deal' }] } },
    ];
    expect(relatedEntities(stages, 'new', 'won')).toEqual(['call', 'activity']);
    expect(relatedEntities(stages, null, 'won')).toEqual(['activity']);
  });

  it('tells which related entity a message speaks of', () => {
    const candidates = [
      { slug: 'call', labels: ['Call', '电话'] },
      { slug: 'activity', labels: ['Activity', '活动'] },
    ];
    expect(relatedEntityOf('At least 1 Activity is needed (0 linked).', candidates)).toBe('activity');
    expect(relatedEntityOf('至少需要 1 条电话', candidates)).toBe('call');
    expect(relatedEntityOf('Book a meeting first.', candidates)).toBeUndefined();
    expect(relatedEntityOf('Book a meeting first.', candidates.slice(0, 1))).toBe('call');
  });
});

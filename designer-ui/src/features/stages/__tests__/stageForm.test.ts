import { describe, expect, it } from 'vitest';
import type { FieldDefinition, StageDefinition } from '../../../shared/schema';
import { defaultPipeline } from '../defaultPipeline';
import { gateSize, stageFormNames, toCriteria, toStageFieldForm, toStageForm, toStagePatch } from '../stageForm';

const gated: StageDefinition = {
  value: 'proposal',
  label: { 'zh-CN': '方案报价', en: 'Proposal' },
  color: '#722ed1',
  probability: 60,
  category: 'open',
  guidance: 'Send the quote within two days.',
  maxDwellDays: 14,
  target: 30,
  entryCriteria: { requiredFields: ['budget'], related: [] },
  exitCriteria: {
    requiredFields: ['amount'],
    condition: 'record.amount > 0',
    conditionMessage: { en: 'Quote an amount first.' },
    related: [{ entity: 'activity', field: 'deal', where: { channel: 'meeting' }, min: 2 }],
  },
};

const stageField: FieldDefinition = {
  slug: 'stage',
  type: 'stage',
  label: { en: 'Stage' },
  allowBackward: false,
  default: 'proposal',
  stages: [gated],
};

describe('stage form', () => {
  it('round-trips a stage with every property and both gates', () => {
    const patch = toStagePatch({ ...toStageFieldForm(stageField, []), default: 'proposal' });
    expect(patch).toEqual({ stages: [gated], allowBackward: false, default: 'proposal' });
  });

  it('starts a field becoming a stage field with the default pipeline, going back allowed', () => {
    const text: FieldDefinition = { slug: 'status', type: 'text', label: { en: 'Status' } };
    const form = toStageFieldForm(text, defaultPipeline());
    expect(form.stages.map((stage) => stage.value)).toEqual(defaultPipeline().map((stage) => stage.value));
    expect(form.allowBackward).toBe(true);
  });

  it('keeps the stage new records start in only while it is still a stage', () => {
    const form = { ...toStageFieldForm(stageField, []), default: 'gone' };
    expect(toStagePatch(form).default).toBeNull();
  });

  it('leaves out stages without a value and empty optional properties', () => {
    const stages = [toStageForm({ value: 'new', label: { en: 'New' } }), { ...toStageForm({ value: '', label: {} }) }];
    expect(toStagePatch({ stages, allowBackward: true }).stages).toEqual([
      { value: 'new', label: { en: 'New' }, category: 'open' },
    ]);
  });
});

describe('toCriteria (gate editing)', () => {
  const empty = { requiredFields: [], condition: '', conditionMessage: {}, related: [] };

  it('answers null for a gate that asks for nothing', () => {
    expect(toCriteria(empty)).toBeNull();
    expect(toCriteria({ ...empty, condition: '   ' })).toBeNull();
  });

  it('turns where rows into field = value pairs, skipping half-filled rows and unfinished rules', () => {
    const criteria = toCriteria({
      ...empty,
      related: [
        {
          entity: 'activity',
          field: 'deal',
          min: 1,
          where: [{ field: 'channel', value: 'meeting' }, { field: 'done', value: false }, { field: 'note' }, {}],
          message: {},
        },
        { entity: 'activity', min: 1, where: [], message: {} },
      ],
    });
    expect(criteria).toEqual({
      requiredFields: [],
      related: [{ entity: 'activity', field: 'deal', min: 1, where: { channel: 'meeting', done: false } }],
    });
  });

  it('keeps the condition with its message in the languages given', () => {
    const criteria = toCriteria({ ...empty, condition: 'record.budget > 0', conditionMessage: { 'zh-CN': '', en: 'Budget?' } });
    expect(criteria).toEqual({ requiredFields: [], related: [], condition: 'record.budget > 0', conditionMessage: { en: 'Budget?' } });
  });

  it('counts what a gate asks for', () => {
    expect(gateSize(toStageForm(gated).exitCriteria)).toBe(3);
    expect(gateSize(toStageForm(gated).entryCriteria)).toBe(1);
    expect(gateSize(undefined)).toBe(0);
  });
});

describe('stageFormNames', () => {
  it('names every input of every stage, down to a related rule’s where rows, for the server’s errors', () => {
    const names = stageFormNames(toStageFieldForm(stageField, [])).map((name) => name.join('.'));
    expect(names).toContain('stages');
    expect(names).toContain('stages.0.value');
    expect(names).toContain('stages.0.exitCriteria.condition');
    expect(names).toContain('stages.0.exitCriteria.related.0.min');
    expect(names).toContain('stages.0.exitCriteria.related.0.where.0.value');
    expect(names).toContain('stages.0.entryCriteria.requiredFields');
  });
});

import { describe, expect, it } from 'vitest';
import type { RenderedForm } from '../../../shared/forms';
import { withStageLabels } from '../stageOptions';
import { stageField } from './fixtures';

const form: RenderedForm = {
  schema: { type: 'object', properties: { stage: { type: 'string', enum: ['new', 'won', 'gone'] } } },
  uiSchema: { stage: { 'ui:widget': 'select' } },
  rules: [],
};

describe('withStageLabels', () => {
  it('names a stage field choices by their labels in the current language', () => {
    expect(withStageLabels(form, [stageField], 'zh-CN').uiSchema.stage).toEqual({
      'ui:widget': 'select',
      'ui:enumNames': ['新线索', '赢单', 'gone'],
    });
  });

  it('leaves a form that already names them, or lacks the field, as it is', () => {
    const named = { ...form, uiSchema: { stage: { 'ui:enumNames': ['a', 'b', 'c'] } } };
    expect(withStageLabels(named, [stageField], 'en')).toBe(named);
    const without = { ...form, schema: { type: 'object' as const, properties: {} } };
    expect(withStageLabels(without, [stageField], 'en')).toBe(without);
  });
});

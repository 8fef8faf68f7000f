import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../defaultPipeline';

describe('defaultPipeline', () => {
  it('is the six-stage sales funnel, named in both languages, ending in won and lost', () => {
    const stages = defaultPipeline();
    expect(stages.map((stage) => stage.value)).toEqual(['new', 'contacted', 'qualified', 'proposal', 'won', 'lost']);
    expect(stages.map((stage) => stage.label['zh-CN'])).toEqual(['新线索', '已联系', '已确认需求', '方案报价', '赢单', '输单']);
    expect(stages.map((stage) => stage.label.en)).toEqual(['New', 'Contacted', 'Qualified', 'Proposal', 'Won', 'Lost']);
    expect(stages.map((stage) => stage.category)).toEqual(['open', 'open', 'open', 'open', 'won', 'lost']);
  });

  it('gives each new field its own copy', () => {
    const first = defaultPipeline();
    first[0].label.en = 'Changed';
    expect(defaultPipeline()[0].label.en).toBe('New');
  });
});

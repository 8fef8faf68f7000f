import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../defaultPipeline';
import { toStageForm } from '../stageForm';
import { moveTargets, newStage, reorder, stageValueFrom } from '../stageList';

const forms = () => defaultPipeline().map(toStageForm);

describe('reorder', () => {
  it('answers the indexes a dragged stage moves between', () => {
    expect(reorder(['a', 'b', 'c', 'd'], 'b', 'd')).toEqual({ from: 1, to: 3 });
    expect(reorder(['a', 'b', 'c', 'd'], 'd', 'a')).toEqual({ from: 3, to: 0 });
  });

  it('answers nothing for a drop on itself, outside the list or of an unknown stage', () => {
    expect(reorder(['a', 'b'], 'a', 'a')).toBeNull();
    expect(reorder(['a', 'b'], 'a', undefined)).toBeNull();
    expect(reorder(['a', 'b'], 'x', 'a')).toBeNull();
  });
});

describe('stageValueFrom', () => {
  it('builds a code from an English name, free among the others', () => {
    expect(stageValueFrom('Site visit', [])).toBe('site_visit');
    expect(stageValueFrom('Site visit', ['site_visit'])).toBe('site_visit_2');
    expect(stageValueFrom('Site visit', ['site_visit', 'site_visit_2'])).toBe('site_visit_3');
  });

  it('starts with a letter even when the name does not', () => {
    expect(stageValueFrom('2nd call', [])).toBe('stage_2nd_call');
    expect(stageValueFrom('报价', [])).toBe('stage');
  });
});

describe('newStage', () => {
  it('is numbered after the others, open, without gates, in an unused colour', () => {
    const stages = forms();
    const stage = newStage(stages, { 'zh-CN': '阶段', en: 'Stage' });
    expect(stage.label).toEqual({ 'zh-CN': '阶段 7', en: 'Stage 7' });
    expect(stage.value).toBe('stage_7');
    expect(stage.category).toBe('open');
    expect(stages.map((item) => item.color)).not.toContain(stage.color);
    expect(stage.exitCriteria.requiredFields).toEqual([]);
  });
});

describe('moveTargets', () => {
  it('offers the saved stages that stay, never the removed one or an unsaved one', () => {
    const stages = [...forms(), newStage(forms(), { 'zh-CN': '阶段', en: 'Stage' })];
    const saved = ['new', 'contacted', 'qualified', 'proposal', 'won', 'lost'];
    const targets = moveTargets(stages, saved, 'qualified').map((stage) => stage.value);
    expect(targets).toEqual(['new', 'contacted', 'proposal', 'won', 'lost']);
  });
});

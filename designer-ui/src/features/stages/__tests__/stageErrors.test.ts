import { describe, expect, it } from 'vitest';
import { stageErrorKey, stagesWithErrors, tabsWithErrors } from '../stageErrors';

const paths = ['stages.3.exitCriteria.condition', 'stages.1.label.zh-CN', 'stages', 'stages.3.value', 'slug'];

describe('stage errors', () => {
  it('keeps only the stage inputs that show an error', () => {
    const key = stageErrorKey([
      { name: ['stages', 2, 'exitCriteria', 'condition'], errors: ['Line 1: unexpected end'] },
      { name: ['stages', 1, 'value'], errors: [] },
      { name: ['slug'], errors: ['Taken'] },
      { name: ['stages'], errors: ['3 records are in “Proposal”'] },
    ]);
    expect(key).toBe('stages.2.exitCriteria.condition|stages');
  });

  it('finds the stages a refused save is about, in order', () => {
    expect(stagesWithErrors(paths)).toEqual([1, 3]);
  });

  it('finds the tabs of a stage holding an error, the stage itself first', () => {
    expect(tabsWithErrors(paths, 3)).toEqual(['basics', 'exitCriteria']);
    expect(tabsWithErrors(paths, 1)).toEqual(['basics']);
    expect(tabsWithErrors(paths, 0)).toEqual([]);
  });
});

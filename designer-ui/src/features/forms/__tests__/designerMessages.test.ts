import { describe, expect, it } from 'vitest';
import { countByTab, issueMessages, mergeMessages, tabOf, withoutPrefix } from '../designerMessages';

describe('designer messages', () => {
  it('sends each target to the tab that shows it', () => {
    expect(tabOf('field:budget.minimum')).toBe('layout');
    expect(tabOf('section:contact')).toBe('layout');
    expect(tabOf('rule:rule-3')).toBe('rules');
    expect(tabOf('settings:hiddenFields.0.param')).toBe('settings');
    expect(tabOf('other')).toBeUndefined();
  });

  it('counts the messages per tab for the badges', () => {
    expect(countByTab({ 'field:a': ['x', 'y'], 'section:s': ['z'], 'rule:r': ['w'], other: ['v'] })).toEqual({
      layout: 3,
      rules: 1,
      settings: 0,
      preview: 0,
    });
  });

  it('translates client issues and merges them with the server messages', () => {
    const translated = issueMessages([{ target: 'rule:r', code: 'ruleIncomplete' }], (key) => `t(${key})`);
    expect(mergeMessages(translated, { 'rule:r': ['server'] })).toEqual({ 'rule:r': ['t(formDesigner.checks.ruleIncomplete)', 'server'] });
  });

  it('forgets the messages of the part just changed', () => {
    const messages = { 'field:a': ['w'], 'field:a.minimum': ['x'], 'field:ab': ['y'], 'rule:r': ['z'] };
    expect(withoutPrefix(messages, 'field:a')).toEqual({ 'field:ab': ['y'], 'rule:r': ['z'] });
    expect(withoutPrefix(messages, 'rule:')).toEqual({ 'field:a': ['w'], 'field:a.minimum': ['x'], 'field:ab': ['y'] });
  });
});

import type { StageDefinition } from '../../shared/schema';

/**
 * The pipeline a new stage field starts with: a common sales funnel the person renames and trims.
 * The labels are the field's data in both languages (whatever language the designer is shown in), so
 * they live here rather than in the UI's translations.
 */
export function defaultPipeline(): StageDefinition[] {
  return [
    { value: 'new', label: { 'zh-CN': '新线索', en: 'New' }, color: '#8c8c8c', probability: 10, category: 'open' },
    { value: 'contacted', label: { 'zh-CN': '已联系', en: 'Contacted' }, color: '#1677ff', probability: 20, category: 'open' },
    { value: 'qualified', label: { 'zh-CN': '已确认需求', en: 'Qualified' }, color: '#13c2c2', probability: 40, category: 'open' },
    { value: 'proposal', label: { 'zh-CN': '方案报价', en: 'Proposal' }, color: '#722ed1', probability: 60, category: 'open' },
    { value: 'won', label: { 'zh-CN': '赢单', en: 'Won' }, color: '#52c41a', probability: 100, category: 'won' },
    { value: 'lost', label: { 'zh-CN': '输单', en: 'Lost' }, color: '#f5222d', probability: 0, category: 'lost' },
  ];
}

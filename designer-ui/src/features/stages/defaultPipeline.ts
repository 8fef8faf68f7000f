import type { StageCategory, StageDefinition } from '../../shared/schema';

/**
 * The pipeline a new stage field starts with: a common sales funnel the person renames and trims.
 * The labels are the field's data in both languages (whatever language the designer is shown in), so
 * they live here rather than in the UI's translations.
 */
export function defaultPipeline(): StageDefinition[] {
  const stage = (value: string, zh: string, en: string, color: string, probability: number, category: StageCategory) =>
    ({ value, label: { 'zh-CN': zh, en }, color, probability, category }) satisfies StageDefinition;
  return [
    stage('new', '新线索', 'New', '#8c8c8c', 10, 'open'),
    stage('contacted', '已联系', 'Contacted', '#1677ff', 20, 'open'),
    stage('qualified', '已确认需求', 'Qualified', '#13c2c2', 40, 'open'),
    stage('proposal', '方案报价', 'Proposal', '#722ed1', 60, 'open'),
    stage('won', '赢单', 'Won', '#52c41a', 100, 'won'),
    stage('lost', '输单', 'Lost', '#f5222d', 0, 'lost'),
  ];
}

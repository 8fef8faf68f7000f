import type { EntityDefinition, FieldDefinition } from '../../../shared/schema';
import type { FormatContext } from '../../records';

export const en: FormatContext = { language: 'en', yes: 'Yes', no: 'No', timeZone: 'UTC', userNames: new Map([[2, 'Li Lei']]) };

export const stageField: FieldDefinition = {
  slug: 'stage',
  type: 'stage',
  label: { en: 'Stage', 'zh-CN': '阶段' },
  stages: [
    { value: 'new', label: { en: 'New', 'zh-CN': '新线索' } },
    { value: 'qualified', label: { en: 'Qualified', 'zh-CN': '已确认需求' } },
    { value: 'proposal', label: { en: 'Proposal', 'zh-CN': '方案报价' } },
    { value: 'won', label: { en: 'Won', 'zh-CN': '赢单' }, category: 'won' },
    { value: 'lost', label: { en: 'Lost', 'zh-CN': '输单' }, category: 'lost' },
  ],
};

export const deal: EntityDefinition = {
  slug: 'deal',
  label: { en: 'Deal', 'zh-CN': '商机' },
  displayField: 'name',
  fields: [
    { slug: 'name', type: 'text', label: { en: 'Name' } },
    { slug: 'amount', type: 'currency', label: { en: 'Amount' }, currency: 'USD' },
    stageField,
  ],
};

export const activity: EntityDefinition = {
  slug: 'activity',
  label: { en: 'Activity', 'zh-CN': '活动' },
  displayField: 'subject',
  fields: [
    { slug: 'notes', type: 'longtext', label: { en: 'Notes' } },
    { slug: 'subject', type: 'text', label: { en: 'Subject' } },
    { slug: 'deal', type: 'relation', label: { en: 'Deal' }, relation: { entity: 'deal', onDelete: 'cascade' } },
    { slug: 'channel', type: 'select', label: { en: 'Channel' } },
    { slug: 'due', type: 'date', label: { en: 'Due' } },
    { slug: 'done', type: 'boolean', label: { en: 'Done' } },
  ],
};

import type { FieldDefinition } from '../../../shared/schema';
import type { FormDefinition } from '../types';

const option = (value: string, zh: string, en: string) => ({ value, label: { 'zh-CN': zh, en } });

/** The lead entity of docs/forms.md, enough to exercise every kind of override and rule. */
export const leadFields: FieldDefinition[] = [
  { slug: 'name', type: 'text', label: { 'zh-CN': '姓名', en: 'Name' }, required: true, maxLength: 200 },
  { slug: 'phone', type: 'phone', label: { 'zh-CN': '电话', en: 'Phone' } },
  { slug: 'notes', type: 'longtext', label: { 'zh-CN': '备注', en: 'Notes' } },
  { slug: 'budget', type: 'currency', label: { 'zh-CN': '预算', en: 'Budget' } },
  { slug: 'status', type: 'select', label: { 'zh-CN': '状态', en: 'Status' }, options: [option('new', '新线索', 'New'), option('lost', '已流失', 'Lost')] },
  { slug: 'grade', type: 'select', label: { 'zh-CN': '等级', en: 'Grade' }, options: [option('A', 'A', 'A'), option('B', 'B', 'B')] },
  { slug: 'tags', type: 'multiselect', label: { 'zh-CN': '标签', en: 'Tags' }, options: [option('vip', '重要', 'VIP')] },
  { slug: 'competitor', type: 'text', label: { 'zh-CN': '竞争对手', en: 'Competitor' } },
  { slug: 'source', type: 'select', label: { 'zh-CN': '来源', en: 'Source' }, options: [option('sem', '搜索', 'Search'), option('website', '官网', 'Website')] },
  { slug: 'code', type: 'autonumber', label: { 'zh-CN': '编号', en: 'Code' } },
];

/** The example definition of docs/forms.md. */
export function contactUs(): FormDefinition {
  return {
    slug: 'contact-us',
    entity: 'lead',
    label: { 'zh-CN': '联系我们', en: 'Contact us' },
    description: { 'zh-CN': '留下联系方式。', en: 'Leave your details.' },
    isDefault: false,
    public: true,
    layout: {
      sections: [
        { id: 'contact', title: { 'zh-CN': '联系方式', en: 'Contact' }, columns: 2, fields: ['name', 'phone'] },
        { id: 'needs', title: { 'zh-CN': '需求', en: 'Needs' }, columns: 1, fields: ['status', 'competitor', 'budget', 'grade', 'notes'] },
      ],
    },
    fields: {
      name: { label: { 'zh-CN': '您的姓名', en: 'Your name' }, placeholder: { 'zh-CN': '张三', en: 'Jane Doe' }, minLength: 2 },
      notes: { widget: 'textarea', help: { 'zh-CN': '可选', en: 'Optional' } },
      budget: { minimum: 0, maximum: 100000000 },
      phone: { required: true, pattern: '^1[0-9]{10}$' },
      status: { widget: 'radio', optionLabels: { lost: { 'zh-CN': '已流失', en: 'Lost' } } },
    },
    rules: [
      { when: { properties: { status: { enum: ['lost'] } }, required: ['status'] }, effect: 'show', field: 'competitor' },
      { when: { properties: { grade: { enum: ['A'] } }, required: ['grade'] }, effect: 'require', field: 'budget' },
    ],
    hiddenFields: [{ field: 'source', param: 'utm_source', map: { baidu: 'sem' }, default: 'website' }],
    submission: { ownerId: 2, thankYou: { 'zh-CN': '谢谢，我们已收到。', en: 'Thank you, we got it.' }, redirectUrl: null },
    version: 3,
  };
}

import { http } from '../../shared/api';
import type { Rule, RuleBody } from './types';

const rulesUrl = (entity: string) => `/api/entities/${encodeURIComponent(entity)}/rules`;
const ruleUrl = (entity: string, rule: string) => `${rulesUrl(entity)}/${encodeURIComponent(rule)}`;

export const rulesApi = {
  list: (entity: string) => http<Rule[]>(rulesUrl(entity)),
  create: (entity: string, body: RuleBody) => http<Rule>(rulesUrl(entity), { method: 'POST', body }),
  update: (entity: string, slug: string, body: RuleBody) => http<Rule>(ruleUrl(entity, slug), { method: 'PUT', body }),
  remove: (entity: string, slug: string) => http<void>(ruleUrl(entity, slug), { method: 'DELETE' }),
};

export const ruleKeys = {
  list: (entity: string) => ['rules', entity] as const,
};

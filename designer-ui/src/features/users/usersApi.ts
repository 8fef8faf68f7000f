import { http } from '../../shared/api';
import type { User } from '../auth';
import type { ApiKey, NewApiKey, UserBody } from './types';

export const usersApi = {
  list: () => http<User[]>('/api/users'),
  create: (body: UserBody) => http<User>('/api/users', { method: 'POST', body }),
  update: (id: number, body: UserBody) => http<User>(`/api/users/${id}`, { method: 'PATCH', body }),
  apiKeys: () => http<ApiKey[]>('/api/api-keys'),
  createApiKey: (name: string) => http<NewApiKey>('/api/api-keys', { method: 'POST', body: { name } }),
  revokeApiKey: (id: number) => http<void>(`/api/api-keys/${id}`, { method: 'DELETE' }),
};

export const userKeys = { all: ['users'] as const, apiKeys: ['api-keys'] as const };

import type { User } from '../auth';

export type UserBody = Partial<Omit<User, 'id' | 'createdAt'>> & { password?: string };

export type ApiKey = { id: number; name: string; prefix: string; createdAt: string; lastUsedAt?: string | null };
export type NewApiKey = ApiKey & { key: string };

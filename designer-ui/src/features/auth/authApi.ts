import { http } from '../../shared/api';
import type { User } from './types';

export const authApi = {
  login: (email: string, password: string) =>
    http<User>('/api/auth/login', { method: 'POST', body: { email, password }, allowUnauthorized: true }),
  logout: () => http<void>('/api/auth/logout', { method: 'POST', allowUnauthorized: true }),
  // On a page that is not the sign-in page a 401 here means: go and sign in.
  me: () => http<User>('/api/auth/me'),
};

export const meKey = ['auth', 'me'] as const;

export type Role = 'admin' | 'member' | (string & {});

export type User = {
  id: number;
  email: string;
  name: string;
  role: Role;
  team?: string | null;
  region?: string | null;
  industries?: string[] | null;
  seniority?: number | null;
  capacity?: number | null;
  active?: boolean;
  locale?: string | null;
  createdAt?: string;
};

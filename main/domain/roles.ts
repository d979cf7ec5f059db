/** Who may do what at the hall. Screens and API routes both read this one list. */
export const ROLES = ['registrar', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  registrar: '登记员',
  manager: '大厅主管',
  admin: '系统管理员',
};

/** The screens of the app; each role sees only those listed for it. */
export const SCREENS = ['home', 'users', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

export const SCREENS_BY_ROLE: Readonly<Record<Role, readonly Screen[]>> = {
  registrar: ['home'],
  manager: ['home'],
  admin: ['home', 'users', 'settings'],
};

export function canSee(role: Role, screen: Screen): boolean {
  return SCREENS_BY_ROLE[role].includes(screen);
}

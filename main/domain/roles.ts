/** Who may do what at the hall. Screens and API routes both read this one list. */
export const ROLES = ['registrar', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  registrar: '登记员',
  manager: '大厅主管',
  admin: '系统管理员',
};

/**
 * The screens of the app; each role sees only those listed for it. The desk screens (today's
 * worklists, the four window services, search) and the case page belong to the registrar and
 * the manager; the admin keeps the accounts and the office settings. The work calendar (the office's
 * closed and opened days, which move the divorce periods) is kept by the manager and the admin.
 */
export const SCREENS = ['home', 'worklists', 'marriage', 'divorce', 'divorce-register', 'reissue', 'search', 'cases', 'users', 'settings', 'calendar'] as const;
export type Screen = (typeof SCREENS)[number];

const DESK_SCREENS = ['home', 'worklists', 'marriage', 'divorce', 'divorce-register', 'reissue', 'search', 'cases'] as const satisfies readonly Screen[];

export const SCREENS_BY_ROLE: Readonly<Record<Role, readonly Screen[]>> = {
  registrar: DESK_SCREENS,
  manager: [...DESK_SCREENS, 'calendar'],
  admin: ['home', 'users', 'settings', 'calendar'],
};

export function canSee(role: Role, screen: Screen): boolean {
  return SCREENS_BY_ROLE[role].includes(screen);
}

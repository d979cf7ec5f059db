/** Who may do what at the hall. Screens and API routes both read this one list. */
export const ROLES = ['registrar', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Hall devices (a kiosk, a display board) that sign in with tokens of their own and may do only their page's work. */
export const DEVICE_KINDS = ['kiosk', 'display'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];
export type Principal = Role | DeviceKind;

export const DEVICE_KIND_LABELS: Readonly<Record<DeviceKind, string>> = { kiosk: '自助取号机', display: '叫号显示屏' };

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
export const SCREENS = [
  'home', 'worklists', 'queue', 'marriage', 'divorce', 'divorce-register', 'reissue', 'adoption', 'search', 'archive', 'cases', 'appointments', 'hall', 'stats', 'registry', 'stock', 'uploads', 'users', 'settings', 'calendar', 'printing', 'backups', 'backentry', 'hand-entry',
] as const;
export type Screen = (typeof SCREENS)[number];

const DESK_SCREENS = ['home', 'worklists', 'queue', 'marriage', 'divorce', 'divorce-register', 'reissue', 'adoption', 'search', 'archive', 'cases', 'appointments'] as const satisfies readonly Screen[];

/**
 * The hall's own screens: the window's calling screen (queue) and bookings (appointments) at every
 * desk; the hall set-up (windows, queue rules, kiosks and boards), the statistics and the blank-certificate
 * ledger (空白证书) for the manager. Printing (each window's printer, calibration) is everyone's; only the manager and the
 * admin change the settings, and the certificate check (#/verify) is a public page outside the app. The backups
 * (数据备份) are kept by the manager and the admin. The archive search (档案查询) is every desk's; the registry
 * statistics (登记统计) are the manager's and the admin's. Paper-era records: the archive import (历史数据补录) is the
 * manager's and the admin's, typing a page by hand (手工补录) every desk's.
 */
export const SCREENS_BY_ROLE: Readonly<Record<Role, readonly Screen[]>> = {
  registrar: [...DESK_SCREENS, 'hand-entry', 'printing'],
  manager: [...DESK_SCREENS, 'hand-entry', 'hall', 'stats', 'registry', 'backentry', 'stock', 'printing', 'uploads', 'backups', 'calendar'],
  admin: ['home', 'users', 'settings', 'registry', 'backentry', 'calendar', 'printing', 'uploads', 'backups'],
};

export function canSee(role: Role, screen: Screen): boolean {
  return SCREENS_BY_ROLE[role].includes(screen);
}

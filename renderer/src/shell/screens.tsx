import type { ReactNode } from 'react';
import type { Screen } from '../../../main/domain';
import { HomePage } from '../pages/HomePage';
import { SettingsPage } from '../pages/SettingsPage';
import { UsersPage } from '../pages/users/UsersPage';

export const DEFAULT_SCREEN: Screen = 'home';

/** Each screen of the domain's list, with its menu label and its page. */
export const SCREEN_VIEWS: Readonly<Record<Screen, { label: string; render: () => ReactNode }>> = {
  home: { label: '工作台', render: () => <HomePage /> },
  users: { label: '用户管理', render: () => <UsersPage /> },
  settings: { label: '登记机关设置', render: () => <SettingsPage /> },
};

export function isScreen(name: string): name is Screen {
  return Object.hasOwn(SCREEN_VIEWS, name);
}

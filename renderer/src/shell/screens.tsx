import type { ReactNode } from 'react';
import type { Screen } from '../../../main/domain';
import { HomePage } from '../pages/HomePage';
import { SettingsPage } from '../pages/SettingsPage';
import { CalendarPage } from '../pages/calendar/CalendarPage';
import { CasePage } from '../pages/desk/case/CasePage';
import { DivorcePage } from '../pages/desk/divorce/DivorcePage';
import { DivorceRegisterPage } from '../pages/desk/divorce/DivorceRegisterPage';
import { MarriagePage } from '../pages/desk/marriage/MarriagePage';
import { ReissuePage } from '../pages/desk/reissue/ReissuePage';
import { AdoptionPage } from '../pages/desk/adoption/AdoptionPage';
import { SearchPage } from '../pages/desk/search/SearchPage';
import { WorklistsPage } from '../pages/desk/worklists/WorklistsPage';
import { UsersPage } from '../pages/users/UsersPage';
import { AppointmentsPage } from '../pages/appointments/AppointmentsPage';
import { StatsPage } from '../pages/stats/StatsPage';
import { RegistryPage } from '../pages/registry/RegistryPage';
import { ArchivePage } from '../pages/archive/ArchivePage';
import { StockPage } from '../pages/stock/StockPage';
import { PrintSettingsPage } from '../pages/printing/PrintSettingsPage';
import { WindowPage } from '../pages/queue/WindowPage';
import { HallPage } from '../pages/hall/HallPage';
import { UploadsPage } from '../pages/uploads/UploadsPage';
import { BackupsPage } from '../pages/backups/BackupsPage';
import { ImportPage } from '../pages/backentry/ImportPage';
import { HandEntryPage } from '../pages/backentry/HandEntryPage';
import { SCREEN_META, type ScreenMeta } from './screenMeta';

export const DEFAULT_SCREEN: Screen = 'home';

const PAGES: Readonly<Record<Screen, () => ReactNode>> = {
  home: () => <HomePage />,
  worklists: () => <WorklistsPage />,
  queue: () => <WindowPage />,
  marriage: () => <MarriagePage />,
  divorce: () => <DivorcePage />,
  'divorce-register': () => <DivorceRegisterPage />,
  reissue: () => <ReissuePage />,
  adoption: () => <AdoptionPage />,
  search: () => <SearchPage />,
  archive: () => <ArchivePage />,
  cases: () => <CasePage />,
  appointments: () => <AppointmentsPage />,
  hall: () => <HallPage />,
  stats: () => <StatsPage />,
  registry: () => <RegistryPage />,
  stock: () => <StockPage />,
  printing: () => <PrintSettingsPage />,
  uploads: () => <UploadsPage />,
  backups: () => <BackupsPage />,
  backentry: () => <ImportPage />,
  'hand-entry': () => <HandEntryPage />,
  users: () => <UsersPage />,
  settings: () => <SettingsPage />,
  calendar: () => <CalendarPage />,
};

/** Each screen of the domain's list, with its menu label, its keyboard shortcut and its page. */
export const SCREEN_VIEWS: Readonly<Record<Screen, ScreenMeta & { render: () => ReactNode }>> = Object.fromEntries(
  (Object.keys(PAGES) as Screen[]).map((s) => [s, { ...SCREEN_META[s], render: PAGES[s] }]),
) as Record<Screen, ScreenMeta & { render: () => ReactNode }>;

export function isScreen(name: string): name is Screen {
  return Object.hasOwn(SCREEN_VIEWS, name);
}

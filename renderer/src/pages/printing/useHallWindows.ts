import type { Role } from '../../../../main/domain';
import { useRouteData } from '../../api/useRouteData';

export interface HallWindow {
  readonly id: number;
  readonly number: number;
  readonly name: string;
  readonly active: boolean;
  /** Who has it open today (desk roles only see this). */
  readonly openBy: { readonly id: number; readonly displayName: string } | null;
}

/**
 * The hall's windows: from today's queue for the desk roles, from the blank-certificate overview for the admin
 * (who has no queue screen).
 */
export function useHallWindows(role: Role | undefined) {
  const { data, error } = useRouteData(role === 'admin' ? 'stockOverview' : 'queueState');
  const windows: readonly HallWindow[] | null =
    data?.windows.map((w) => ({ id: w.id, number: w.number, name: w.name, active: w.active, openBy: 'openBy' in w ? w.openBy : null })) ?? null;
  return { windows, error };
}

export const windowLabel = (w: Pick<HallWindow, 'number' | 'name'>): string => `${w.number} 号窗口${w.name ? ` ${w.name}` : ''}`;

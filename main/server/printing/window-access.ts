import type { ReadableDB } from '../../store/db';
import { getWindow } from '../../store/queue/windows';
import { ApiError } from '../api-error';

/**
 * Blanks are accounted per window: a registrar draws on, reads and voids the blanks of the window they have open,
 * or of a window nobody has open (an office whose desk does not use the queue); never of a colleague's open window.
 * Managers act everywhere.
 */
export function mayActAtWindow(db: ReadableDB, user: { id: number; role: string }, windowId: number | null): void {
  if (user.role !== 'registrar') return;
  const w = windowId === null ? undefined : getWindow(db, windowId);
  if (!w) throw new ApiError('NOT_FOUND', [{ code: 'NOT_FOUND', field: 'windowId', message: '没有该窗口' }]);
  if (w.openBy && w.openBy.id !== user.id) {
    throw new ApiError('AUTH_FORBIDDEN', undefined, `${w.number} 号窗口由${w.openBy.displayName}开放，登记员只能使用本人所开窗口或未开放窗口的空白证书`);
  }
}

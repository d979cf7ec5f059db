import { App } from 'antd';
import type { Role } from '../../../main/domain';
import { useHallEvents } from '../api/events';

/** A citizen rated a service 不满意: the manager hears of it on whatever screen they are, at once. */
export function useRatingAlerts(role: Role): void {
  const { notification } = App.useApp();
  useHallEvents((event) => {
    if (role !== 'manager' || event.type !== 'queue.rated' || event.rating !== 'dissatisfied') return;
    notification.warning({
      key: `rating-${event.number}`,
      message: `差评：${event.number} 号${event.windowNumber === null ? '' : `（${event.windowNumber} 号窗口）`}`,
      description: `不满意原因：${event.reason}`,
      duration: 0,
      placement: 'topRight',
    });
  });
}

import { useHallEvents } from '../../../../api/events';
import { useRouteData } from '../../../../api/useRouteData';

/** What the case may print now and the blanks it has used, fresh whenever the case changes (a registration, a print elsewhere). */
export function useCasePrints(caseId: number) {
  const { data, error, reload } = useRouteData('casePrints', { params: { id: caseId } });

  // 'hello' follows every reconnect: whatever was missed meanwhile is caught up by one reload.
  useHallEvents((event) => {
    if ((event.type === 'cases.changed' && event.caseId === caseId) || event.type === 'hello') void reload();
  });

  return { prints: data, error, reload };
}

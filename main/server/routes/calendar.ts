import { getCalendarSettings, putCalendarSettings } from '../../store/settings';
import type { Handlers } from '../handlers';

export const calendarHandlers: Pick<Handlers, 'getCalendar' | 'putCalendar'> = {
  getCalendar(ctx) {
    const s = getCalendarSettings(ctx.db);
    return { extendOn: s.extendOn, overrides: [...s.overrides], enteredYears: [...s.enteredYears] };
  },
  putCalendar(ctx, { body, user, at }) {
    const saved = putCalendarSettings(ctx.db, body, { actor: user.username, at });
    ctx.events.publish({ type: 'settings.changed' });
    return { extendOn: saved.extendOn, overrides: [...saved.overrides], enteredYears: [...saved.enteredYears] };
  },
};

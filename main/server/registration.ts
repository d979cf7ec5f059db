import { createWorkCalendar, type WorkCalendar } from '../domain/calendar';
import type { ReadableDB } from '../store/db';
import type { SessionUser } from '../contract/session';
import { getCalendarSettings } from '../store/settings';
import type { RegistrationContext } from '../store/registrations/context';
import type { HostContext } from './handlers';
import { effectiveOffice } from './routes/settings';
import { officeDate } from './clock';

/** The office's working days, from the calendar settings in force. */
export function officeCalendar(db: ReadableDB): WorkCalendar {
  const calendar = getCalendarSettings(db);
  return createWorkCalendar({ extendOn: calendar.extendOn, overrides: calendar.overrides.map(({ date, open }) => ({ date, open })), enteredYears: calendar.enteredYears });
}

/** The office, its calendar, and who acts when: built per request from the settings in force. */
export function registrationContext(ctx: HostContext, user: Pick<SessionUser, 'username' | 'displayName'>, nowMs: number, on?: string): RegistrationContext {
  const office = effectiveOffice(ctx);
  return {
    office: {
      officeCode: office.officeCode,
      divisionCode: office.officeCode.slice(0, 6),
      foreignRelated: office.foreignRelated,
      marriageAgeExceptions: [],
    },
    calendar: officeCalendar(ctx.db),
    by: { actor: user.username, at: new Date(nowMs).toISOString(), on: on ?? officeDate(nowMs) },
    registrarName: user.displayName,
  };
}

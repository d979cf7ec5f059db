/* Run by calendar.test.ts in a child process with TZ set: prints the divorce periods of the dates given on the command line. */
import { createWorkCalendar, DEFAULT_CALENDAR_SETTINGS } from '../../../main/domain/calendar';
import { divorcePeriods } from '../../../main/domain/divorce';

const cal = createWorkCalendar(DEFAULT_CALENDAR_SETTINGS);
console.log(JSON.stringify(process.argv.slice(2).map((d) => divorcePeriods(d, cal))));

import { backEntryDecades, registryStats } from '../../store/registry-stats';
import { officeDate } from '../clock';
import type { Handlers } from '../handlers';
import { officeCalendar } from '../registration';

export const registryHandlers: Pick<Handlers, 'registryStats' | 'registryBackEntries'> = {
  registryStats(ctx, { query, nowMs }) {
    const today = officeDate(nowMs);
    const stats = registryStats(ctx.db, query, today, officeCalendar(ctx.db));
    return { from: query.from, to: query.to, grouping: query.grouping, asOf: today, ...stats };
  },
  registryBackEntries: (ctx) => backEntryDecades(ctx.db),
};

import { archiveTerms, decodeArchiveCursor, encodeArchiveCursor } from '../../domain/archive-query';
import { caseStatusLabel } from '../../domain/case-labels';
import { maskIdNumber } from '../../domain/mask';
import { COUNT_CAP, searchArchive, type ArchiveParty } from '../../store/archive-search';
import type { Handlers } from '../handlers';

/** A party as a list shows it: the number masked; a paper record of someone who had no ID number shows none. */
function listedParty(p: ArchiveParty) {
  return { name: p.name ?? '', idNumberMasked: p.idType === 'none' || !p.idNumber ? '' : maskIdNumber(p.idNumber) };
}

export const archiveHandlers: Pick<Handlers, 'archiveSearch'> = {
  archiveSearch(ctx, { query }) {
    const { cursor, limit, ...filters } = query;
    const page = searchArchive(ctx.db, archiveTerms(filters), { limit, after: cursor === undefined ? null : decodeArchiveCursor(cursor) });
    return {
      hits: page.hits.map((h) => ({ ...h, statusLabel: caseStatusLabel(h.status), parties: h.parties.map(listedParty) })),
      next: page.next === null ? null : encodeArchiveCursor(page.next),
      total: page.total === null ? null : Math.min(page.total, COUNT_CAP),
      totalCapped: page.total !== null && page.total > COUNT_CAP,
    };
  },
};

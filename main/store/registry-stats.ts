import type { WorkCalendar } from '../domain/calendar';
import { addDays, compareDates } from '../domain/dates';
import { divorcePeriods } from '../domain/divorce';
import { lastAcceptanceDeemedBy, notAfter, PERIOD_KEY_LENGTH, periodKey, periodsInRange, type RegistryGrouping, type RegistryPeriod } from '../domain/registry-periods';
import type { ReadableDB } from './db';
import { prepared } from './prepared';

/**
 * 登记统计, computed from the records themselves: every figure is a SQL aggregate over an index
 * (registry-indexes), grouped by the first characters of a date, so the figures always agree with
 * the records and no counter is kept on the side. The plans are tested.
 */

export interface RegistryFigures {
  readonly key: string;
  readonly from: string;
  readonly to: string;
  readonly marriages: number;
  readonly marriagesForeign: number;
  readonly firstMarriages: number;
  readonly remarriages: number;
  readonly meanAgeMale: number | null;
  readonly meanAgeFemale: number | null;
  readonly divorces: number;
  readonly divorceApplications: number;
  readonly divorcesWithdrawn: number;
  readonly divorcesDeemedWithdrawn: number;
  readonly divorcesPending: number | null;
  readonly reissues: number;
  readonly revocations: number;
  readonly adoptions: number;
  readonly adoptionDissolutions: number;
  readonly backEntered: number;
}

// What the queries add up per period (ages as sums and counts, for the means); written while counting.
type Counted = { -readonly [K in keyof Omit<RegistryFigures, 'key' | 'from' | 'to' | 'meanAgeMale' | 'meanAgeFemale' | 'divorcesPending'>]: number } & {
  ageMale: number;
  agedMale: number;
  ageFemale: number;
  agedFemale: number;
};

const EMPTY: Counted = {
  marriages: 0, marriagesForeign: 0, firstMarriages: 0, remarriages: 0, divorces: 0, divorceApplications: 0, divorcesWithdrawn: 0,
  divorcesDeemedWithdrawn: 0, reissues: 0, revocations: 0, adoptions: 0, adoptionDissolutions: 0, backEntered: 0,
  ageMale: 0, agedMale: 0, ageFemale: 0, agedFemale: 0,
};

// Not a mainland resident: another nationality, or any document but the resident card (or none at all,
// on a paper-era record). A 华侨 or a Hong Kong, Macao or Taiwan resident marries on such a document.
const FOREIGN_PARTY = `(upper(p.nationality) <> 'CHN' OR p.id_type NOT IN ('resident_id', 'none'))`;

// An earlier marriage of the same person: registered before this one (or the same day, entered first), and
// neither revoked nor declared void, since such a marriage never stood.
// CROSS JOIN keeps the person's few cases as the outer loop: never every marriage before this one. Most
// people have only this case, which the index answers without reading it.
const EARLIER_MARRIAGE = `EXISTS (SELECT 1 FROM case_parties e CROSS JOIN cases m ON m.id = e.case_id
  WHERE e.person_id = cp.person_id AND e.case_id <> c.id AND m.kind = 'marriage' AND m.registered_on IS NOT NULL AND m.status NOT IN ('revoked', 'annulled')
    AND (m.registered_on < c.registered_on OR (m.registered_on = c.registered_on AND m.id < c.id)))`;

// Age in full years on the registration date (ageOn in domain/identity.ts): one less before the birthday,
// and a 29 February birthday comes after 28 February, so it is reached on 1 March.
// An unknown birth date (a paper record may lack one) has no age.
const AGE = `CASE WHEN p.birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN
  CAST(substr(c.registered_on, 1, 4) AS INTEGER) - CAST(substr(p.birth_date, 1, 4) AS INTEGER) - (substr(c.registered_on, 6, 5) < substr(p.birth_date, 6, 5)) END`;

/** Each statistic's query, named for the plan tests. All take @from, @to and @n (the period key's length). */
export const REGISTRY_QUERIES = {
  // One pass over the spouses of the period's marriages: each marriage (grouped in index order), then its period.
  marriages: `SELECT period, count(*) AS marriages, sum(foreignRelated) AS marriagesForeign, sum(spouses) AS spouses, sum(remarried) AS remarriages,
      sum(ageMale) AS ageMale, sum(agedMale) AS agedMale, sum(ageFemale) AS ageFemale, sum(agedFemale) AS agedFemale
    FROM (SELECT substr(c.registered_on, 1, @n) AS period, max(${FOREIGN_PARTY}) AS foreignRelated, count(*) AS spouses, sum(${EARLIER_MARRIAGE}) AS remarried,
        sum(CASE WHEN p.sex = 'male' THEN ${AGE} END) AS ageMale, count(CASE WHEN p.sex = 'male' THEN ${AGE} END) AS agedMale,
        sum(CASE WHEN p.sex = 'female' THEN ${AGE} END) AS ageFemale, count(CASE WHEN p.sex = 'female' THEN ${AGE} END) AS agedFemale
      FROM cases c JOIN case_parties cp ON cp.case_id = c.id JOIN persons p ON p.id = cp.person_id
      WHERE c.kind = 'marriage' AND c.registered_on BETWEEN @from AND @to
      GROUP BY c.registered_on, c.id)
    GROUP BY period`,
  registered: `SELECT substr(registered_on, 1, @n) AS period, kind, count(*) AS n FROM cases
    WHERE kind IN ('divorce', 'reissue', 'adoption', 'adoption_dissolution') AND registered_on BETWEEN @from AND @to GROUP BY period, kind`,
  applications: `SELECT substr(accepted_on, 1, @n) AS period, count(*) AS n FROM cases WHERE kind = 'divorce' AND accepted_on BETWEEN @from AND @to GROUP BY period`,
  withdrawals: `SELECT substr(withdrawn_on, 1, @n) AS period, status, count(*) AS n FROM cases
    WHERE kind = 'divorce' AND withdrawn_on BETWEEN @from AND @to GROUP BY period, status`,
  revocations: `SELECT substr(on_date, 1, @n) AS period, count(*) AS n FROM case_events WHERE action = 'revoke' AND on_date BETWEEN @from AND @to GROUP BY period`,
  // Entered between Beijing midnights: @fromAt and @toAt are those instants in UTC, as entered_at is written.
  backEntered: `SELECT substr(datetime(entered_at, '+8 hours'), 1, @n) AS period, count(*) AS n FROM back_entries
    WHERE entered_at >= @fromAt AND entered_at < @toAt GROUP BY period`,
  // Cases still open on @end: accepted after the last acceptance deemed withdrawn by then, and not closed by then.
  pending: `SELECT count(*) FROM cases WHERE kind = 'divorce' AND accepted_on > @cutoff AND accepted_on <= @end
    AND (registered_on IS NULL OR registered_on > @end) AND (withdrawn_on IS NULL OR withdrawn_on > @end)`,
  // Deemed withdrawn by the dates but not yet closed by the nightly job (the host was off): few, and dated here.
  openPastCollection: `SELECT accepted_on FROM cases WHERE kind = 'divorce' AND status = 'accepted' AND +accepted_on <= @cutoff`,
  backEntryDecades: `SELECT c.kind, CAST(substr(c.registered_on, 1, 3) AS INTEGER) * 10 AS decade, count(*) AS n FROM cases c
    WHERE c.accepted_on IS NULL AND c.registered_on IS NOT NULL AND EXISTS (SELECT 1 FROM back_entries b WHERE b.case_id = c.id) GROUP BY c.kind, decade`,
} as const;

/** The instant a Beijing office day begins, as the UTC ISO text `at` columns hold. */
function beijingMidnightUtc(day: string): string {
  return `${addDays(day, -1)}T16:00:00.000Z`;
}

interface Range {
  readonly from: string;
  readonly to: string;
  readonly grouping: RegistryGrouping;
}

/** The counts of a range per period key, each query adding its own columns. */
function countsByPeriod(db: ReadableDB, r: Range, today: string, cal: WorkCalendar): Map<string, Counted> {
  const byPeriod = new Map<string, Counted>();
  const row = (period: string) => {
    let counted = byPeriod.get(period);
    if (!counted) byPeriod.set(period, (counted = { ...EMPTY }));
    return counted;
  };
  const params = { from: r.from, to: r.to, n: PERIOD_KEY_LENGTH[r.grouping] };
  const add = (period: string, key: keyof Counted, n: number | null) => void (row(period)[key] += n ?? 0);

  type Marriages = Record<'marriages' | 'marriagesForeign' | 'spouses' | 'remarriages' | 'agedMale' | 'agedFemale', number> & {
    period: string; ageMale: number | null; ageFemale: number | null;
  };
  for (const m of prepared(db, REGISTRY_QUERIES.marriages).all(params) as Marriages[]) {
    add(m.period, 'firstMarriages', m.spouses - m.remarriages);
    for (const key of ['marriages', 'marriagesForeign', 'remarriages', 'ageMale', 'agedMale', 'ageFemale', 'agedFemale'] as const) add(m.period, key, m[key]);
  }
  const kindColumn = { divorce: 'divorces', reissue: 'reissues', adoption: 'adoptions', adoption_dissolution: 'adoptionDissolutions' } as const;
  for (const k of prepared(db, REGISTRY_QUERIES.registered).all(params) as { period: string; kind: keyof typeof kindColumn; n: number }[]) add(k.period, kindColumn[k.kind], k.n);
  for (const a of prepared(db, REGISTRY_QUERIES.applications).all(params) as { period: string; n: number }[]) add(a.period, 'divorceApplications', a.n);
  for (const w of prepared(db, REGISTRY_QUERIES.withdrawals).all(params) as { period: string; status: string; n: number }[]) {
    if (w.status === 'withdrawn') add(w.period, 'divorcesWithdrawn', w.n);
    if (w.status === 'deemed_withdrawn') add(w.period, 'divorcesDeemedWithdrawn', w.n);
  }
  for (const v of prepared(db, REGISTRY_QUERIES.revocations).all(params) as { period: string; n: number }[]) add(v.period, 'revocations', v.n);
  const entered = { n: params.n, fromAt: beijingMidnightUtc(r.from), toAt: beijingMidnightUtc(addDays(r.to, 1)) };
  for (const b of prepared(db, REGISTRY_QUERIES.backEntered).all(entered) as { period: string; n: number }[]) add(b.period, 'backEntered', b.n);

  const until = notAfter(r.to, today);
  if (compareDates(r.from, until) <= 0) {
    const open = prepared(db, REGISTRY_QUERIES.openPastCollection).pluck().all({ cutoff: lastAcceptanceDeemedBy(until, cal) }) as string[];
    for (const acceptedOn of open) {
      const deemed = divorcePeriods(acceptedOn, cal).deemedWithdrawnOn;
      if (compareDates(deemed, r.from) >= 0) add(periodKey(deemed, r.grouping), 'divorcesDeemedWithdrawn', 1);
    }
  }
  return byPeriod;
}

function pendingOn(db: ReadableDB, end: string, cal: WorkCalendar): number {
  return prepared(db, REGISTRY_QUERIES.pending).pluck().get({ end, cutoff: lastAcceptanceDeemedBy(end, cal) }) as number;
}

function mean(sum: number, count: number): number | null {
  return count === 0 ? null : Math.round((sum / count) * 100) / 100;
}

function figures(period: RegistryPeriod, c: Counted, pending: number | null): RegistryFigures {
  const { ageMale, agedMale, ageFemale, agedFemale, ...counts } = c;
  return { key: period.key, from: period.from, to: period.to, ...counts, meanAgeMale: mean(ageMale, agedMale), meanAgeFemale: mean(ageFemale, agedFemale), divorcesPending: pending };
}

function sum(rows: readonly Counted[]): Counted {
  const total = { ...EMPTY };
  for (const r of rows) for (const key of Object.keys(EMPTY) as (keyof Counted)[]) total[key] += r[key];
  return total;
}

export interface BackEntryDecade {
  readonly decade: number;
  readonly marriage: number;
  readonly divorce: number;
  readonly reissue: number;
  readonly total: number;
}

/** Every back-entered record so far, by the decade of its registration and its kind: the whole archive, so asked on its own. */
export function backEntryDecades(db: ReadableDB): { total: number; byDecade: BackEntryDecade[] } {
  const rows = prepared(db, REGISTRY_QUERIES.backEntryDecades).all() as { kind: string; decade: number; n: number }[];
  const byDecade = new Map<number, { marriage: number; divorce: number; reissue: number; total: number }>();
  for (const r of rows) {
    const d = byDecade.get(r.decade) ?? { marriage: 0, divorce: 0, reissue: 0, total: 0 };
    if (r.kind === 'marriage' || r.kind === 'divorce' || r.kind === 'reissue') d[r.kind] += r.n;
    d.total += r.n;
    byDecade.set(r.decade, d);
  }
  const list = [...byDecade.entries()].sort(([a], [b]) => a - b).map(([decade, d]) => ({ decade, ...d }));
  return { total: list.reduce((s, d) => s + d.total, 0), byDecade: list };
}

/**
 * The registry's figures for a range: one row per period and the range's total. Deemed withdrawals
 * and pending applications depend on time passing, so they are counted up to `today` only.
 */
export function registryStats(db: ReadableDB, r: Range, today: string, cal: WorkCalendar) {
  const counted = countsByPeriod(db, r, today, cal);
  const periods = periodsInRange(r.from, r.to, r.grouping).map((p) => {
    const pending = compareDates(p.from, today) <= 0 ? pendingOn(db, notAfter(p.to, today), cal) : null;
    return figures(p, counted.get(p.key) ?? EMPTY, pending);
  });
  const whole: RegistryPeriod = { key: 'total', from: r.from, to: r.to };
  const pending = compareDates(r.from, today) <= 0 ? pendingOn(db, notAfter(r.to, today), cal) : null;
  return { periods, total: figures(whole, sum([...counted.values()]), pending) };
}

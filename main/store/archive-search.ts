import type { ArchiveCursor, ArchiveKind, ArchiveTerms } from '../domain/archive-query';
import { BACK_ENTRY_KINDS } from '../domain/backentry/record';
import { storedKeys } from './backentry/keys';
import type { ReadableDB } from './db';
import { prepared } from './prepared';

/**
 * 档案查询 over millions of registrations: every combination of filters is one SELECT whose driving
 * index is chosen here, not left to chance, and whose plan is tested (no full scan of cases or
 * persons). A lookup by certificate, ID number, name or back-entered office text finds a small set
 * of cases and sorts it; otherwise the list is read in order straight from an index on
 * (…, registered_on) ending in the case id. Pages follow a keyset (registration date, id), never OFFSET.
 */

export interface ArchiveParty {
  readonly name: string;
  readonly idType: string;
  readonly idNumber: string;
}

export interface ArchiveHit {
  readonly id: number;
  readonly kind: ArchiveKind;
  readonly status: string;
  readonly registeredOn: string;
  readonly certificateNumber: string | null;
  readonly officeCode: string;
  /** The registering office as the paper record gives it; null for a registration made here. */
  readonly officeText: string | null;
  readonly backEntry: boolean;
  readonly parties: readonly ArchiveParty[];
}

export interface ArchivePage {
  readonly hits: readonly ArchiveHit[];
  /** Where the next page starts; null on the last page. */
  readonly next: ArchiveCursor | null;
  /** All matches, counted only up to COUNT_CAP + 1 (and only for a first page); null when not counted. */
  readonly total: number | null;
}

/** Beyond this many matches the screen says "1000+" instead of counting millions. */
export const COUNT_CAP = 1000;

/**
 * Past this many back entries naming an office, reading them in date order and checking the office
 * on each finds a page sooner than gathering them all to sort: a fifth of a million share one name.
 */
export const COMMON_OFFICE_TEXT = 2000;

type Driver = 'certificate' | 'id' | 'name' | 'officeText' | 'office' | 'kind' | 'backEntry' | 'date';

/** Drivers that gather a small set of cases and sort it, rather than read an index in order. */
function gathers(driver: Driver): boolean {
  return driver === 'certificate' || driver === 'id' || driver === 'name' || driver === 'officeText';
}

/**
 * The filter that finds the fewest rows leads; the others are checked on the rows it finds. An office
 * text many records share leads no better than the back-entry mark itself, which is read in date order.
 */
export function archiveDriver(t: ArchiveTerms, commonOfficeText = false): Driver {
  if (t.certificateNumbers.length > 0) return 'certificate';
  if (t.idKeys.length > 0) return 'id';
  if (t.nameKey !== null) return 'name';
  if (t.officeText !== null && !commonOfficeText) return 'officeText';
  // Paper records are old: read among them alone, not past the window's newer millions.
  if (t.source === 'back_entry' || t.officeText !== null) return 'backEntry';
  if (t.officeCode !== null) return 'office';
  if (t.kind !== null) return 'kind';
  return 'date';
}

/** A filter on a case's parties or its back-entry mark: as the set that drives the query, or as a check on each row. */
interface Match {
  readonly driving: string;
  readonly checking: string;
}

function partyMatch(personTerm: string): Match {
  return {
    driving: `c.id IN (SELECT cp.case_id FROM persons p JOIN case_parties cp ON cp.person_id = p.id WHERE ${personTerm})`,
    checking: `EXISTS (SELECT 1 FROM case_parties cp JOIN persons p ON p.id = cp.person_id WHERE cp.case_id = c.id AND ${personTerm})`,
  };
}

// Either stored form of an ID number (json_each lists them), or the name key.
const BY_ID = partyMatch('p.id_number IN (SELECT value FROM json_each(@idKeys))');
const BY_NAME = partyMatch('p.name_key = @nameKey');
// Office text by prefix: '北京市朝阳' finds '北京市朝阳区民政局'; U+FFFF sorts after every character a name uses.
const officePrefix = (table: string) => `${table}.office_text >= @officeText AND ${table}.office_text < @officeText || char(65535)`;
const BY_OFFICE_TEXT: Match = {
  driving: `c.id IN (SELECT b.case_id FROM back_entries b WHERE ${officePrefix('b')})`,
  checking: officePrefix('be'),
};
// A certificate number as the case holds it (a modern one, or a paper one exactly as printed), or a paper
// one by the back entry's duplicate key, which compares numbers without spaces or full width.
const BY_CERTIFICATE = `c.id IN (SELECT id FROM cases WHERE certificate_number IN (SELECT value FROM json_each(@certificates))
  UNION SELECT case_id FROM back_entries WHERE certificate_key IN (${BACK_ENTRY_KINDS.map((_, i) => `@certificateKey${i}`).join(', ')}))`;

/** The duplicate key a back entry of each kind with this certificate number is stored under. */
function certificateKeys(certificateNumber: string): Record<string, Buffer | null> {
  const none = { name: null, sex: null, birthDate: null, idType: null, idNumber: null, canonicalId: null, nationality: null, ethnicity: null };
  return Object.fromEntries(
    BACK_ENTRY_KINDS.map((kind, i) => {
      const draft = { kind, certificateNumber, registrationDate: null, office: null, parties: [none, none] as const, remarks: null, scanFile: null };
      return [`certificateKey${i}`, storedKeys(draft).certificate];
    }),
  );
}

// Every query reads a case with its back-entry mark, if it has one.
const FROM = 'FROM cases c LEFT JOIN back_entries be ON be.case_id = c.id';

interface Built {
  readonly where: string;
  readonly params: Record<string, unknown>;
}

/**
 * The WHERE clause. A leading `+` keeps SQLite from driving the query by that column's index: only the
 * driver's own terms may choose the index, so the plan is the one tested.
 */
function build(t: ArchiveTerms, after: ArchiveCursor | null, driver: Driver): Built {
  const sets = gathers(driver);
  const col = (name: string, drives: boolean) => (drives ? `c.${name}` : `+c.${name}`);
  const dateCol = col('registered_on', !sets);
  const terms: string[] = [`${dateCol} IS NOT NULL`];
  const params: Record<string, unknown> = {};

  if (t.certificateNumbers.length > 0) {
    // The certificate always leads when given: a number names one registration, or a few.
    terms.push(BY_CERTIFICATE);
    Object.assign(params, { certificates: JSON.stringify(t.certificateNumbers), ...certificateKeys(t.certificateNumbers[0]!) });
  }
  if (t.idKeys.length > 0) {
    terms.push(driver === 'id' ? BY_ID.driving : BY_ID.checking);
    params.idKeys = JSON.stringify(t.idKeys);
  }
  if (t.nameKey !== null) {
    terms.push(driver === 'name' ? BY_NAME.driving : BY_NAME.checking);
    params.nameKey = t.nameKey;
  }
  if (t.officeText !== null) {
    terms.push(driver === 'officeText' ? BY_OFFICE_TEXT.driving : BY_OFFICE_TEXT.checking);
    params.officeText = t.officeText;
  }
  if (t.officeCode !== null) {
    terms.push(`${col('office_code', driver === 'office')} = @officeCode`);
    params.officeCode = t.officeCode;
  }
  if (t.kind !== null) {
    terms.push(`${col('kind', driver === 'kind' || driver === 'backEntry')} = @kind`);
    params.kind = t.kind;
  }
  // No acceptance date is what the partial indexes hold; back_entries is what makes a case a back entry.
  if (driver === 'backEntry') terms.push('c.accepted_on IS NULL');
  if (t.source === 'back_entry' || driver === 'backEntry') terms.push('be.case_id IS NOT NULL');
  else if (t.source === 'window') terms.push('be.case_id IS NULL');
  if (t.from !== null) {
    terms.push(`${dateCol} >= @from`);
    params.from = t.from;
  }
  if (t.to !== null) {
    terms.push(`${dateCol} <= @to`);
    params.to = t.to;
  }
  if (after !== null) {
    // The first term bounds the index range; the second drops the rows of that date already shown.
    terms.push(`${dateCol} <= @afterOn`, `(c.registered_on < @afterOn OR c.id < @afterId)`);
    params.afterOn = after.registeredOn;
    params.afterId = after.id;
  }
  return { where: terms.join(' AND '), params };
}

interface HitRow {
  id: number;
  kind: ArchiveKind;
  status: string;
  registeredOn: string;
  certificateNumber: string | null;
  officeCode: string;
  officeText: string | null;
  backEntry: 0 | 1;
  total?: number;
}

/**
 * The SQL of a page, exposed for the plan tests. A first page of a gathered set counts it in passing:
 * every match is sorted anyway, so the count costs nothing more there.
 */
export function archivePageSql(t: ArchiveTerms, after: ArchiveCursor | null, driver = archiveDriver(t)): { sql: string; params: Record<string, unknown> } {
  const { where, params } = build(t, after, driver);
  const total = after === null && gathers(driver) ? ', count(*) OVER () AS total' : '';
  return {
    sql: `SELECT c.id, c.kind, c.status, c.registered_on AS registeredOn, c.certificate_number AS certificateNumber, c.office_code AS officeCode,
        be.office_text AS officeText, be.case_id IS NOT NULL AS backEntry${total}
      ${FROM} WHERE ${where} ORDER BY c.registered_on DESC, c.id DESC LIMIT @limit`,
    params,
  };
}

/** The SQL that counts matches up to the cap, exposed for the plan tests. */
export function archiveCountSql(t: ArchiveTerms, driver = archiveDriver(t)): { sql: string; params: Record<string, unknown> } {
  const { where, params } = build(t, null, driver);
  return { sql: `SELECT count(*) FROM (SELECT 1 ${FROM} WHERE ${where} LIMIT ${COUNT_CAP + 1})`, params };
}

function partiesOf(db: ReadableDB, caseId: number): ArchiveParty[] {
  return prepared(
    db,
    `SELECT json_extract(snapshot, '$.name') AS name, json_extract(snapshot, '$.idType') AS idType, json_extract(snapshot, '$.idNumber') AS idNumber
     FROM case_parties WHERE case_id = ? ORDER BY position`,
  ).all(caseId) as ArchiveParty[];
}

/** Whether more back entries name an office starting so than are worth gathering and sorting. */
function isCommonOfficeText(db: ReadableDB, officeText: string): boolean {
  const sql = `SELECT count(*) FROM (SELECT 1 FROM back_entries b WHERE ${officePrefix('b')} LIMIT ${COMMON_OFFICE_TEXT + 1})`;
  return (prepared(db, sql).pluck().get({ officeText }) as number) > COMMON_OFFICE_TEXT;
}

export function searchArchive(db: ReadableDB, t: ArchiveTerms, page: { readonly limit: number; readonly after: ArchiveCursor | null }): ArchivePage {
  const driver = archiveDriver(t, t.officeText !== null && isCommonOfficeText(db, t.officeText));
  const { sql, params } = archivePageSql(t, page.after, driver);
  // One row more than the page tells whether there is a next page.
  const rows = prepared(db, sql).all({ ...params, limit: page.limit + 1 }) as HitRow[];
  const shown = rows.slice(0, page.limit);
  const last = shown[shown.length - 1];
  const hits = shown.map(({ total: _, ...r }): ArchiveHit => ({ ...r, backEntry: r.backEntry === 1, parties: partiesOf(db, r.id) }));
  let total: number | null = null;
  if (page.after === null) {
    if (rows.length <= page.limit) total = rows.length;
    else if (rows[0]?.total !== undefined) total = rows[0].total;
    else {
      const count = archiveCountSql(t, driver);
      total = prepared(db, count.sql).pluck().get(count.params) as number;
    }
  }
  return { hits, next: rows.length > page.limit && last ? { registeredOn: last.registeredOn, id: last.id } : null, total };
}

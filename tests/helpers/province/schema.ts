/**
 * The contract's Record and Appointment shapes as runtime checks. A record that fails is rejected
 * E_SCHEMA with the first offending field named, so a hall bug shows up as a readable parked rejection.
 */
export const RECORD_KINDS = [
  'marriage', 'divorce_application', 'divorce_withdrawal', 'divorce', 'reissue', 'adoption', 'adoption_dissolution', 'revocation',
] as const;
export const PARTY_ROLES = ['husband', 'wife', 'applicant', 'adopter', 'adoptee', 'sender'] as const;
export const ID_TYPES = ['resident_id', 'foreign_permanent_id', 'hmt_residence_permit', 'passport', 'hk_macao_permit', 'taiwan_permit'] as const;
export const APPOINTMENT_SERVICES = ['marriage', 'divorce_application', 'divorce', 'reissue', 'adoption'] as const;

export type RecordKind = (typeof RECORD_KINDS)[number];
export type IdType = (typeof ID_TYPES)[number];

/** What the server reads from a record once it passed the check; the rest is compared, not interpreted. */
export interface CheckedRecord {
  readonly recordId: string;
  readonly revision: number;
  readonly kind: RecordKind;
  readonly office: string;
  readonly registeredAt: string;
  readonly certificateNo: string | null;
  readonly parties: readonly { role: string; idType: string; idNumber: string }[];
  readonly raw: Record<string, unknown>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
// ISO 8601 date-time with an explicit offset, as the contract's example (2026-05-20T10:31:00+08:00).
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

function partyProblem(p: unknown, i: number): string | null {
  const at = `parties[${i}]`;
  if (!isObject(p)) return `${at} is not an object`;
  if (!oneOf(PARTY_ROLES, p.role)) return `${at}.role must be one of ${PARTY_ROLES.join(', ')}`;
  if (!isText(p.name)) return `${at}.name is required`;
  if (p.sex !== 'M' && p.sex !== 'F') return `${at}.sex must be M or F`;
  if (typeof p.birthDate !== 'string' || !DATE.test(p.birthDate)) return `${at}.birthDate must be YYYY-MM-DD`;
  if (!oneOf(ID_TYPES, p.idType)) return `${at}.idType must be one of ${ID_TYPES.join(', ')}`;
  if (!isText(p.idNumber)) return `${at}.idNumber is required`;
  if (typeof p.nationality !== 'string' || !/^[A-Z]{3}$/.test(p.nationality)) return `${at}.nationality must be ISO 3166-1 alpha-3`;
  if (p.ethnicity !== null && (typeof p.ethnicity !== 'string' || !/^\d{2}$/.test(p.ethnicity))) {
    return `${at}.ethnicity must be a two-digit GB 3304 code or null`;
  }
  return null;
}

/** The first thing wrong with a record, or the checked record. */
export function checkRecord(value: unknown): { ok: true; record: CheckedRecord } | { ok: false; message: string } {
  const bad = (message: string) => ({ ok: false as const, message });
  if (!isObject(value)) return bad('record is not an object');
  const r = value;
  if (!isText(r.recordId)) return bad('recordId is required');
  if (typeof r.revision !== 'number' || !Number.isInteger(r.revision) || r.revision < 1) return bad('revision must be an integer ≥ 1');
  if (!oneOf(RECORD_KINDS, r.kind)) return bad(`kind must be one of ${RECORD_KINDS.join(', ')}`);
  if (typeof r.office !== 'string' || !/^\d{9}$/.test(r.office)) return bad('office must be a 9-digit office code');
  if (typeof r.registeredAt !== 'string' || !DATE_TIME.test(r.registeredAt) || Number.isNaN(Date.parse(r.registeredAt))) {
    return bad('registeredAt must be an ISO 8601 date-time with its offset');
  }
  if (r.certificateNo !== undefined && r.certificateNo !== null && typeof r.certificateNo !== 'string') return bad('certificateNo must be a string or null');
  if (r.registrar !== undefined && !(isObject(r.registrar) && typeof r.registrar.id === 'string' && typeof r.registrar.name === 'string')) {
    return bad('registrar must be {id, name}');
  }
  if (r.details !== undefined && !isObject(r.details)) return bad('details must be an object');
  if (!Array.isArray(r.parties) || r.parties.length === 0) return bad('parties must be a non-empty array');
  for (const [i, p] of r.parties.entries()) {
    const problem = partyProblem(p, i);
    if (problem) return bad(problem);
  }
  return {
    ok: true,
    record: {
      recordId: r.recordId, revision: r.revision, kind: r.kind, office: r.office, registeredAt: r.registeredAt,
      certificateNo: typeof r.certificateNo === 'string' ? r.certificateNo : null,
      parties: r.parties as CheckedRecord['parties'], raw: r,
    },
  };
}

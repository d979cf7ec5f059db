import { inFileDuplicateViolations } from '../../domain/backentry/duplicates';
import { BACK_ENTRY_KIND_LABELS, type BackEntryKind, type BackEntryRecord } from '../../domain/backentry/record';
import { backEntryViolation, type BackEntryViolation, type FieldColumns } from '../../domain/backentry/violations';
import type { ReadableDB } from '../db';
import { prepared } from '../prepared';
import type { StoredKeys } from './keys';

interface Existing {
  readonly id: number;
  readonly kind: string;
  readonly certificateNumber: string | null;
  readonly registeredOn: string | null;
  readonly officeText: string | null;
  readonly jobId: number | null;
  readonly sourceRow: number | null;
}

const CASE_COLUMNS = `c.id, c.kind, c.certificate_number AS certificateNumber, c.registered_on AS registeredOn,
  be.office_text AS officeText, be.job_id AS jobId, be.source_row AS sourceRow`;

function sameOffice(a: string, b: string): boolean {
  const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  return fold(a) === fold(b);
}

function described(c: Existing): string {
  const kind = BACK_ENTRY_KIND_LABELS[c.kind as BackEntryKind] ?? c.kind;
  return `已有案件 ${c.id}（${kind}，证书编号 ${c.certificateNumber ?? '无'}，登记日期 ${c.registeredOn ?? '无'}）`;
}

function byKey(db: ReadableDB, column: 'certificate_key' | 'couple_key', key: Buffer): Existing | undefined {
  return prepared(db, `SELECT ${CASE_COLUMNS} FROM back_entries be JOIN cases c ON c.id = be.case_id WHERE be.${column} = ? LIMIT 1`).get(key) as Existing | undefined;
}

/**
 * How a record meets the database before it goes in; null when it is new. The same registration
 * already there (same kind and certificate number at the same office, or the same couple on the
 * same date) is IMP_DUPLICATE_IN_DB: skipped, never inserted twice; IMP_DUPLICATE_IN_FILE when
 * `jobId`'s own earlier row put it there, as the dry run's in-file check says. A certificate number
 * another record holds is IMP_CERT_NUMBER_TAKEN: refused, numbers are unique.
 */
export function databaseClash(db: ReadableDB, record: BackEntryRecord, keys: StoredKeys, columns: FieldColumns, jobId: number | null = null): BackEntryViolation | null {
  const ownRow = (c: Existing) => (jobId !== null && c.jobId === jobId ? c.sourceRow : null);
  if (keys.certificate !== null) {
    const same = byKey(db, 'certificate_key', keys.certificate);
    if (same) {
      if (ownRow(same) !== null) return inFileDuplicateViolations(ownRow(same), null, columns)[0]!;
      return sameOffice(same.officeText ?? '', record.office)
        ? backEntryViolation('IMP_DUPLICATE_IN_DB', 'certificateNumber', columns, described(same))
        : backEntryViolation('IMP_CERT_NUMBER_TAKEN', 'certificateNumber', columns, `${described(same)}，登记机关为「${same.officeText}」`);
    }
  }
  if (keys.couple !== null) {
    const same = byKey(db, 'couple_key', keys.couple);
    if (same) {
      if (ownRow(same) !== null) return inFileDuplicateViolations(null, ownRow(same), columns)[0]!;
      return backEntryViolation('IMP_DUPLICATE_IN_DB', 'registrationDate', columns, `双方当事人与登记日期相同，${described(same)}`);
    }
  }
  // A registration made at the window, or a back entry of another kind, under the same number.
  const holder = prepared(db, `SELECT ${CASE_COLUMNS} FROM cases c LEFT JOIN back_entries be ON be.case_id = c.id WHERE c.certificate_number = ?`)
    .get(record.certificateNumber) as Existing | undefined;
  return holder ? backEntryViolation('IMP_CERT_NUMBER_TAKEN', 'certificateNumber', columns, described(holder)) : null;
}

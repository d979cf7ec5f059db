import type { LocalDate } from './case-types';
import { idSearchKeys } from './identity-15';
import { nameKey } from './names';

/**
 * 档案查询: the archive's registrations found by any combination of filters, newest first, a page
 * at a time. This module turns what a clerk typed into the exact keys the store looks up, so the
 * store only binds values and never interprets text.
 */
export const ARCHIVE_KINDS = ['marriage', 'divorce', 'reissue', 'adoption', 'adoption_dissolution'] as const;
export type ArchiveKind = (typeof ARCHIVE_KINDS)[number];

/** Registrations made at the window, back-entered paper-era records (补录), or both. */
export const ARCHIVE_SOURCES = ['all', 'window', 'back_entry'] as const;
export type ArchiveSource = (typeof ARCHIVE_SOURCES)[number];

export const ARCHIVE_SOURCE_LABELS: Readonly<Record<ArchiveSource, string>> = { all: '全部', window: '窗口登记', back_entry: '历史补录' };

export interface ArchiveFilters {
  readonly name?: string;
  readonly idNumber?: string;
  readonly certificateNumber?: string;
  /** The office's 9-digit code, or the registering office as a back-entered record writes it. */
  readonly office?: string;
  readonly from?: LocalDate;
  readonly to?: LocalDate;
  readonly kind?: ArchiveKind;
  readonly source?: ArchiveSource;
}

export interface ArchiveTerms {
  readonly nameKey: string | null;
  /** Every stored form of the number: a 15-digit one and its 18-character form, either way round. */
  readonly idKeys: readonly string[];
  /** The number as typed and its tidy form (full width folded, spaces collapsed): paper-era numbers are text. */
  readonly certificateNumbers: readonly string[];
  readonly officeCode: string | null;
  readonly officeText: string | null;
  readonly from: LocalDate | null;
  readonly to: LocalDate | null;
  readonly kind: ArchiveKind | null;
  readonly source: ArchiveSource;
}

const OFFICE_CODE = /^\d{9}$/;

function present(s: string | undefined): string | null {
  const t = s?.trim();
  return t ? t : null;
}

/** The forms a certificate number may be stored in: exactly as printed, and as a tidy form of it. */
export function certificateNumberForms(typed: string): string[] {
  const asTyped = typed.trim();
  const tidy = asTyped.normalize('NFKC').replace(/\s+/g, ' ').toUpperCase();
  const joined = tidy.replace(/ /g, '');
  return [...new Set([asTyped, tidy, joined])];
}

export function archiveTerms(f: ArchiveFilters): ArchiveTerms {
  const name = present(f.name);
  const id = present(f.idNumber);
  const certificate = present(f.certificateNumber);
  const office = present(f.office)?.normalize('NFKC') ?? null;
  return {
    nameKey: name === null ? null : nameKey(name),
    idKeys: id === null ? [] : idSearchKeys(id),
    certificateNumbers: certificate === null ? [] : certificateNumberForms(certificate),
    officeCode: office !== null && OFFICE_CODE.test(office) ? office : null,
    officeText: office !== null && !OFFICE_CODE.test(office) ? office : null,
    from: f.from ?? null,
    to: f.to ?? null,
    kind: f.kind ?? null,
    source: f.source ?? 'all',
  };
}

/** Where a page ended: the last row's registration date and case id (the list is ordered by both, descending). */
export interface ArchiveCursor {
  readonly registeredOn: LocalDate;
  readonly id: number;
}

export const ARCHIVE_CURSOR_PATTERN = /^(\d{4}-\d{2}-\d{2})_(\d{1,15})$/;

export function encodeArchiveCursor(c: ArchiveCursor): string {
  return `${c.registeredOn}_${c.id}`;
}

export function decodeArchiveCursor(s: string): ArchiveCursor | null {
  const m = ARCHIVE_CURSOR_PATTERN.exec(s);
  return m ? { registeredOn: m[1]!, id: Number(m[2]) } : null;
}

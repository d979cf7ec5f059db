import type { IdType, LocalDate, Sex } from '../case-types';

/**
 * A back-entered (历史数据补录) registration: a paper-era marriage, divorce or certificate reissue
 * typed from the archive or imported from a sheet. It is never a registration made at the window.
 */
export const BACK_ENTRY_KINDS = ['marriage', 'divorce', 'reissue'] as const;
export type BackEntryKind = (typeof BACK_ENTRY_KINDS)[number];

export const BACK_ENTRY_KIND_LABELS: Readonly<Record<BackEntryKind, string>> = {
  marriage: '结婚登记',
  divorce: '离婚登记',
  reissue: '补领证书',
};

export interface BackEntryParty {
  readonly name: string;
  readonly sex: Sex;
  /** As written, else from the ID number; null when the paper gives neither. */
  readonly birthDate: LocalDate | null;
  readonly idType: IdType;
  /** As written (spaces dropped, full-width folded, upper case); null for records from before ID cards. */
  readonly idNumber: string | null;
  /** What the person is keyed by: the 18-character form of a 15-digit resident number, else idNumber. */
  readonly canonicalId: string | null;
  /** ISO 3166-1 alpha-3. */
  readonly nationality: string;
  readonly ethnicity: string | null;
}

export interface BackEntryRecord {
  readonly kind: BackEntryKind;
  readonly registrationDate: LocalDate;
  /** Exactly as printed (trimmed): paper-era numbers such as 京朝结字第 1234 号 are kept as they are. */
  readonly certificateNumber: string;
  /** The registering office's name or code, as the paper gives it. */
  readonly office: string;
  readonly parties: readonly [BackEntryParty, BackEntryParty];
  readonly remarks: string | null;
  /** The scanned page's file name, looked up in a folder beside the sheet. */
  readonly scanFile: string | null;
}

type Draft<T> = { readonly [K in keyof T]: T[K] | null };

/** A record while it is being read: a field is null when missing or unreadable (and reported). */
export type BackEntryPartyDraft = Draft<BackEntryParty>;
export interface BackEntryDraft extends Omit<Draft<BackEntryRecord>, 'parties'> {
  readonly parties: readonly [BackEntryPartyDraft, BackEntryPartyDraft];
}

export const PARTY_FIELDS = ['name', 'sex', 'birthDate', 'idType', 'idNumber', 'nationality', 'ethnicity'] as const;
export type PartyField = (typeof PARTY_FIELDS)[number];

/** The fields a sheet's columns map to; a party's are named as in violations elsewhere ('parties.0.idNumber'). */
export const BACK_ENTRY_FIELDS = [
  'kind',
  'registrationDate',
  'certificateNumber',
  'office',
  ...PARTY_FIELDS.map((f) => `parties.0.${f}` as const),
  ...PARTY_FIELDS.map((f) => `parties.1.${f}` as const),
  'remarks',
  'scanFile',
] as const;
export type BackEntryField = (typeof BACK_ENTRY_FIELDS)[number];

export function partyField(index: 0 | 1, field: PartyField): BackEntryField {
  return `parties.${index}.${field}`;
}

/** Fields a sheet must supply, by a column or a default. Sex may also come from the ID number. */
export const REQUIRED_FIELDS: readonly BackEntryField[] = [
  'kind',
  'registrationDate',
  'certificateNumber',
  'office',
  'parties.0.name',
  'parties.1.name',
];

const PARTY_FIELD_LABELS: Readonly<Record<PartyField, string>> = {
  name: '姓名',
  sex: '性别',
  birthDate: '出生日期',
  idType: '证件类型',
  idNumber: '证件号码',
  nationality: '国籍',
  ethnicity: '民族',
};

// 男方/女方 as the registers say; the checks do not assume which is which (IMP_SAME_SEX reports it).
const PARTY_LABELS = ['男方', '女方'] as const;

export const BACK_ENTRY_FIELD_LABELS: Readonly<Record<BackEntryField, string>> = {
  kind: '登记类别',
  registrationDate: '登记日期',
  certificateNumber: '证书编号',
  office: '登记机关',
  remarks: '备注',
  scanFile: '扫描件文件名',
  ...(Object.fromEntries(
    ([0, 1] as const).flatMap((i) => PARTY_FIELDS.map((f) => [partyField(i, f), `${PARTY_LABELS[i]}${PARTY_FIELD_LABELS[f]}`])),
  ) as Record<`parties.${0 | 1}.${PartyField}`, string>),
};

export function isBackEntryField(s: string): s is BackEntryField {
  return (BACK_ENTRY_FIELDS as readonly string[]).includes(s);
}

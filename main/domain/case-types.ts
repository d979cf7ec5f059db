/**
 * The shapes the registration rules read. The store gathers these facts (from the request, the
 * database and the provincial check) and the rules answer with every violation at once.
 * Dates of the law are 'YYYY-MM-DD' strings (LocalDate), never Date objects.
 */
export type LocalDate = string;

export const ID_TYPES = ['resident_id', 'foreign_permanent_id', 'hmt_residence_permit', 'hk_macao_permit', 'taiwan_permit', 'passport'] as const;
export type IdType = (typeof ID_TYPES)[number];
export type Sex = 'male' | 'female';

/** A party as the registrar (or the card reader) entered them. */
export interface PartyInput {
  readonly name: string;
  readonly sex: Sex;
  readonly birthDate: LocalDate;
  readonly idType: IdType;
  readonly idNumber: string;
  /** ISO 3166-1 alpha-3; 'CHN' for mainland residents. */
  readonly nationality: string;
  /** The document's last valid day, or 'long_term' (长期); null when not recorded. */
  readonly idValidUntil: LocalDate | 'long_term' | null;
  readonly overseasChinese: boolean;
  readonly ethnicity?: string;
  /** How the identity was verified: read from the card by the reader, or checked by hand with a reason. */
  readonly verification: { readonly method: 'reader' } | { readonly method: 'manual'; readonly reason: string } | null;
}

/** The registrar's records for one party at a marriage window. */
export interface MarriagePartyFacts {
  readonly party: PartyInput;
  readonly declarationSigned: boolean;
  readonly prohibitedKinshipDeclared: boolean;
  /** False when the registrar recorded that this party does not consent. */
  readonly voluntary: boolean;
  /** Married according to this office's own records. */
  readonly marriedInLocalRecords: boolean;
  /** The provincial marital-status check: made or not, and its answer. */
  readonly provincialCheck: { readonly made: true; readonly married: boolean } | { readonly made: false };
  /** A manager's written override of MAR_STATUS_UNVERIFIED. */
  readonly unverifiedOverride: { readonly by: string; readonly reason: string } | null;
}

export interface OfficeFacts {
  readonly foreignRelated: boolean;
  /** 6-digit administrative division code of the office's county (the first 6 of the office code). */
  readonly divisionCode: string;
  /** Lower marriage ages for listed ethnic groups in an autonomous area (configurable); empty by default. */
  readonly marriageAgeExceptions: readonly { readonly ethnicity: string; readonly man: number; readonly woman: number }[];
}

export interface Violation {
  readonly code: string;
  readonly field: string;
  readonly message: string;
}

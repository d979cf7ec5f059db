/**
 * The identity read from a card's chip, as the driver hands it to the server and prints it in
 * `hall idcard read`. Dates are `YYYY-MM-DD`; fields a card type lacks, or that the card left
 * blank, are absent. `cardType` uses the domain's document type names.
 */
export type CardType = 'resident_id' | 'hmt_residence_permit' | 'foreign_permanent_id';
export type ForeignCardVersion = '2017' | '2023';

export interface CardPhoto {
  /** WLT: the card authority's licensed format; decoded only by an installed vendor decoder. */
  readonly format: 'wlt';
  readonly bytes: number;
  /** base64 */
  readonly data: string;
}

export type CardWarningCode =
  | 'ID_NUMBER_INVALID'
  | 'ID_BIRTH_MISMATCH'
  | 'ID_SEX_MISMATCH'
  | 'ID_CHECK_UNCONFIRMED'
  | 'NATIONALITY_MISMATCH'
  | 'NATIONALITY_UNKNOWN'
  | 'SEX_UNSTATED'
  | 'DATE_INVALID'
  | 'ISSUE_COUNT_INVALID';

/** Something on the card that disagrees with itself: shown to the registrar, never hidden, never fatal. */
export interface CardWarning {
  readonly code: CardWarningCode;
  readonly field: string;
  readonly message: string;
}

export interface CardIdentity {
  readonly cardType: CardType;
  readonly cardVersion?: ForeignCardVersion;
  readonly name?: string;
  readonly nameEnglish?: string;
  readonly sex?: 'M' | 'F';
  /** Two-digit GB 3304 code (resident card only), passed through even when the table lacks it. */
  readonly ethnicity?: string;
  readonly ethnicityName?: string;
  readonly birthDate?: string;
  readonly address?: string;
  readonly idNumber?: string;
  readonly authority?: string;
  readonly validFrom?: string;
  /** `YYYY-MM-DD`, or `long-term` for 长期. */
  readonly validTo?: string;
  /** ISO 3166-1 alpha-3 (foreign cards). */
  readonly nationality?: string;
  /** 港澳居民来往内地通行证 / 台湾居民来往大陆通行证 number (residence permit). */
  readonly passNumber?: string;
  /** 签发次数 (residence permit) or 换证次数 (2023 foreign card). */
  readonly issueCount?: number;
  readonly photo: CardPhoto;
  readonly warnings: readonly CardWarning[];
}

/** What a card carries, as a simulator or a fixture states it: the identity without what reading adds. */
export type CardFacts = Omit<CardIdentity, 'photo' | 'warnings' | 'ethnicityName'>;

export const LONG_TERM = 'long-term';
export const PHOTO_BYTES = 1024;

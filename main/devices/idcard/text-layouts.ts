/**
 * Where each field lies in the 256-byte text block, per card type (idcard-protocol.md). One table
 * per type, read by both the decoder and the simulator's encoder, so a correction is one edit.
 */
export interface FieldSpan {
  readonly offset: number;
  readonly bytes: number;
}

const span = (offset: number, bytes: number): FieldSpan => ({ offset, bytes });

export const TEXT_BLOCK_BYTES = 256;
/** One UCS-2 character: `I`, `Y`, `J`, or a space for the resident card. */
export const CARD_TYPE_SPAN = span(248, 2);

export const RESIDENT_LAYOUT = {
  name: span(0, 30),
  sex: span(30, 2),
  ethnicity: span(32, 4),
  birthDate: span(36, 16),
  address: span(52, 70),
  idNumber: span(122, 36),
  authority: span(158, 30),
  validFrom: span(188, 16),
  validTo: span(204, 16),
} as const;

/** 港澳台居民居住证 (`J`): the resident layout with ethnicity reserved, then the pass number and issue count. */
export const HMT_PERMIT_LAYOUT = {
  name: RESIDENT_LAYOUT.name,
  sex: RESIDENT_LAYOUT.sex,
  birthDate: RESIDENT_LAYOUT.birthDate,
  address: RESIDENT_LAYOUT.address,
  idNumber: RESIDENT_LAYOUT.idNumber,
  authority: RESIDENT_LAYOUT.authority,
  validFrom: RESIDENT_LAYOUT.validFrom,
  validTo: RESIDENT_LAYOUT.validTo,
  passNumber: span(220, 18),
  issueCount: span(238, 4),
} as const;

/** 外国人永久居留身份证, 2017 (`I`). */
export const FOREIGN_2017_LAYOUT = {
  nameEnglish: span(0, 120),
  sex: span(120, 2),
  idNumber: span(122, 30),
  nationality: span(152, 6),
  name: span(158, 30),
  validFrom: span(188, 16),
  validTo: span(204, 16),
  birthDate: span(220, 16),
  cardVersion: span(236, 4),
  authority: span(240, 8),
} as const;

/**
 * 外国人永久居留身份证, 2023 (`Y`), from a reader vendor's sample code: not yet confirmed against a
 * real card. The English name is split: characters 1-35 at 52, 36-46 at 220.
 */
export const FOREIGN_2023_LAYOUT = {
  name: span(0, 30),
  sex: span(30, 2),
  renewalCount: span(32, 4),
  birthDate: span(36, 16),
  nameEnglish: span(52, 70),
  idNumber: span(122, 36),
  validFrom: span(188, 16),
  validTo: span(204, 16),
  nameEnglishContinued: span(220, 22),
  nationalityNumeric: span(242, 6),
  formerNumberLink: span(250, 6),
} as const;

/** The card type mark at offset 248 and the layout it selects. */
export const CARD_TYPE_MARKS = {
  ' ': 'resident',
  J: 'hmt-permit',
  I: 'foreign-2017',
  Y: 'foreign-2023',
} as const;

export type TextLayoutName = (typeof CARD_TYPE_MARKS)[keyof typeof CARD_TYPE_MARKS];

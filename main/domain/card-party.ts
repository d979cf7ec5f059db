import type { PartyInput } from './case-types';

/** The fields of a card read by the reader that a party needs (structurally the driver's CardIdentity). */
export interface CardFields {
  readonly cardType: 'resident_id' | 'hmt_residence_permit' | 'foreign_permanent_id';
  readonly name?: string;
  readonly nameEnglish?: string;
  readonly sex?: 'M' | 'F';
  readonly ethnicity?: string;
  readonly birthDate?: string;
  readonly idNumber?: string;
  readonly validTo?: string;
  readonly nationality?: string;
}

/**
 * A party filled from the chip. The identity counts as verified by the reader; anything the card
 * left blank stays blank for the registrar (and the rules) to see.
 */
export function partyFromCard(card: CardFields): PartyInput {
  return {
    name: card.name ?? card.nameEnglish ?? '',
    sex: card.sex === 'F' ? 'female' : 'male',
    birthDate: card.birthDate ?? '',
    idType: card.cardType,
    idNumber: card.idNumber ?? '',
    // Residence permits are held by Chinese citizens of Hong Kong, Macao and Taiwan.
    nationality: card.cardType === 'foreign_permanent_id' ? (card.nationality ?? '') : 'CHN',
    idValidUntil: card.validTo === undefined ? null : card.validTo === 'long-term' ? 'long_term' : card.validTo,
    overseasChinese: false,
    ...(card.ethnicity ? { ethnicity: card.ethnicity } : {}),
    verification: { method: 'reader' },
  };
}

import type { CardIdentityView } from '../../../../../main/contract';
import { partyFromCard } from '../../../../../main/domain/card-party';
import type { PartyFormValues } from './partyValues';

/** Where a party sits in its form: ['parties', 0, 'party'], ['applicant'] … */
export type PartyPath = readonly (string | number)[];

export function pathKey(path: PartyPath): string {
  return path.join('.');
}

/** The identity fields a card fills; changing any of them after a read makes the identity a typed one. */
const IDENTITY_FIELDS = ['name', 'sex', 'birthDate', 'idType', 'idNumber', 'nationality', 'idValidUntil', 'idLongTerm'] as const;
export type CardIdentityValues = Pick<PartyFormValues, (typeof IDENTITY_FIELDS)[number]>;

/** The form's values of a party read from the chip (the domain's `partyFromCard`, split into the form's inputs). */
export function identityFromCard(card: CardIdentityView): CardIdentityValues {
  const party = partyFromCard(card);
  const longTerm = party.idValidUntil === 'long_term';
  return {
    name: party.name,
    sex: party.sex,
    birthDate: party.birthDate,
    idType: party.idType,
    idNumber: party.idNumber,
    nationality: party.nationality,
    idValidUntil: longTerm || party.idValidUntil === null ? undefined : party.idValidUntil,
    idLongTerm: longTerm,
  };
}

function norm(value: string | boolean | undefined): string {
  return typeof value === 'boolean' ? String(value) : (value ?? '').trim();
}

/** The party still shows exactly what the card said. */
export function sameIdentity(values: Partial<PartyFormValues>, card: CardIdentityValues): boolean {
  return IDENTITY_FIELDS.every((field) => (field === 'idLongTerm' ? !!values[field] === !!card[field] : norm(values[field]) === norm(card[field])));
}

/** A party cleared (清空): nothing of an identity left. */
export function isBlankIdentity(values: Partial<PartyFormValues>): boolean {
  return !values.name?.trim() && !values.idNumber?.trim();
}

/** The same document (an X typed in lower case is the same X). */
export function sameNumber(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a.trim().toUpperCase() === b.trim().toUpperCase();
}

/** The card's printed name for the registrar: the Chinese name, else the English one. */
export function cardName(card: CardIdentityView): string {
  return card.name ?? card.nameEnglish ?? '（无姓名）';
}

export const CARD_TYPE_LABELS: Readonly<Record<CardIdentityView['cardType'], string>> = {
  resident_id: '居民身份证',
  hmt_residence_permit: '港澳台居民居住证',
  foreign_permanent_id: '外国人永久居留身份证',
};

import type { z } from 'zod';
import type { PartySchema, PartyView } from '../../../../../main/contract';
import type { IdType, Sex } from '../../../../../main/domain/case-types';
import { isValidDate } from '../../../../../main/domain/dates';

/** One party as the form holds it: the document's validity and the verification split into their inputs. */
export interface PartyFormValues {
  name?: string;
  sex?: Sex;
  birthDate?: string;
  idType: IdType;
  idNumber?: string;
  nationality?: string;
  idValidUntil?: string;
  idLongTerm?: boolean;
  verifyMethod: 'reader' | 'manual';
  verifyReason?: string;
}

/** A typed identity: the registrar checked the card by hand and says so (a card read by the reader needs no reason). */
export const DEFAULT_VERIFY_REASON = '已人工核对身份证原件';

export function emptyParty(): PartyFormValues {
  return { idType: 'resident_id', nationality: 'CHN', idLongTerm: false, verifyMethod: 'manual', verifyReason: DEFAULT_VERIFY_REASON };
}

/** The form's party fields that an API path `…parties.0.<field>` may name. */
export const PARTY_FIELDS = ['name', 'sex', 'birthDate', 'idType', 'idNumber', 'nationality', 'idValidUntil', 'verification'] as const;

type PartyInput = z.input<typeof PartySchema>;

/** The party as the API wants it, or null while a field the rules need is still empty. */
export function toParty(v: PartyFormValues | undefined): PartyInput | null {
  if (!v) return null;
  const name = v.name?.trim() ?? '';
  const idNumber = v.idNumber?.trim() ?? '';
  if (!name || !idNumber || !v.sex || !v.birthDate || !isValidDate(v.birthDate)) return null;
  const reason = v.verifyReason?.trim() ?? '';
  return {
    name,
    sex: v.sex,
    birthDate: v.birthDate,
    idType: v.idType,
    idNumber,
    nationality: (v.nationality?.trim() || 'CHN').toUpperCase(),
    idValidUntil: v.idLongTerm ? 'long_term' : v.idValidUntil && isValidDate(v.idValidUntil) ? v.idValidUntil : null,
    overseasChinese: false,
    // Too short a reason is no reason: the rules then say PARTY_NOT_VERIFIED next to the field.
    verification: v.verifyMethod === 'reader' ? { method: 'reader' } : reason.length >= 2 ? { method: 'manual', reason } : null,
  };
}

/** A party of a stored case, to start a new form from (a divorce from its marriage): the document is checked again. */
export function fromPartyView(p: z.infer<typeof PartyView>): PartyFormValues {
  return { ...emptyParty(), name: p.name, sex: p.sex, birthDate: p.birthDate, idType: p.idType, idNumber: p.idNumber, nationality: p.nationality };
}

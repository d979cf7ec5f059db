import { emptyParty, PARTY_FIELDS, toParty, type PartyFormValues } from '../party/partyValues';

export interface MarriagePartyValues {
  party: PartyFormValues;
  declarationSigned: boolean;
  prohibitedKinshipDeclared: boolean;
  voluntary: boolean;
}

export interface MarriageFormValues {
  parties: [MarriagePartyValues, MarriagePartyValues];
}

function emptyMarriageParty(): MarriagePartyValues {
  // The declaration is signed before the registrar, who ticks it then; consent is the normal case.
  return { party: emptyParty(), declarationSigned: false, prohibitedKinshipDeclared: false, voluntary: true };
}

export function emptyMarriage(): MarriageFormValues {
  return { parties: [emptyMarriageParty(), emptyMarriageParty()] };
}

/** The proposal for POST /api/cases(/check), or null while either party is incomplete. */
export function marriageProposal(v: Partial<MarriageFormValues> | undefined) {
  const records = v?.parties?.map((p) => {
    const party = toParty(p?.party);
    return party && { party, declarationSigned: !!p.declarationSigned, prohibitedKinshipDeclared: !!p.prohibitedKinshipDeclared, voluntary: !!p.voluntary };
  });
  const [first, second] = records ?? [];
  if (!first || !second) return null;
  return { kind: 'marriage' as const, parties: [first, second] as [typeof first, typeof second] };
}

const DECLARATIONS = ['declarationSigned', 'prohibitedKinshipDeclared', 'voluntary'] as const;
/** The marital-status facts: shown in each party's card, not as a field. */
export const STATUS_FIELDS = ['provincialCheck', 'marriedInLocalRecords'] as const;

/** The API paths the marriage form shows next to a field or in a party's card. */
export function marriageClaims(field: string): boolean {
  const m = /^parties\.([01])\.(\w+)$/.exec(field);
  if (!m) return false;
  const name = m[2]!;
  return (PARTY_FIELDS as readonly string[]).includes(name) || (DECLARATIONS as readonly string[]).includes(name) || (STATUS_FIELDS as readonly string[]).includes(name);
}

export const UNVERIFIED = 'MAR_STATUS_UNVERIFIED';

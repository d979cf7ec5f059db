import { emptyParty, PARTY_FIELDS, toParty, type PartyFormValues } from '../party/partyValues';

export interface DivorceFormValues {
  marriageCertificateNumber?: string;
  agreementSigned: boolean;
  parties: [PartyFormValues, PartyFormValues];
  fullCapacity: [boolean, boolean];
}

export function emptyDivorce(): DivorceFormValues {
  return { agreementSigned: false, parties: [emptyParty(), emptyParty()], fullCapacity: [true, true] };
}

/** The application for POST /api/cases(/check), or null while it is incomplete. */
export function divorceProposal(v: Partial<DivorceFormValues> | undefined) {
  const a = toParty(v?.parties?.[0]);
  const b = toParty(v?.parties?.[1]);
  const certificate = v?.marriageCertificateNumber?.trim().toUpperCase() ?? '';
  if (!a || !b || !certificate) return null;
  return {
    kind: 'divorce' as const,
    parties: [a, b] as [typeof a, typeof b],
    marriageCertificateNumber: certificate,
    agreementSigned: !!v?.agreementSigned,
    fullCapacity: [v?.fullCapacity?.[0] !== false, v?.fullCapacity?.[1] !== false] as [boolean, boolean],
  };
}

/** The API paths the divorce form shows beside a field. */
export function divorceClaims(field: string): boolean {
  if (field === 'agreementSigned' || field === 'marriage') return true;
  const m = /^parties\.([01])\.(\w+)$/.exec(field);
  return !!m && ((PARTY_FIELDS as readonly string[]).includes(m[2]!) || m[2] === 'fullCapacity');
}

import type { PartyInput } from '../../domain/case-types';
import type { CaseRow } from '../cases';
import type { RegistrationContext } from './context';

type Role = 'husband' | 'wife' | 'applicant' | 'adopter' | 'adoptee' | 'sender';

/** A party as the provincial contract wants it. */
function provincialParty(p: PartyInput, role: Role) {
  return {
    role,
    name: p.name,
    sex: p.sex === 'male' ? 'M' : 'F',
    birthDate: p.birthDate,
    idType: p.idType,
    idNumber: p.idNumber,
    nationality: p.nationality,
    ethnicity: p.ethnicity ?? null,
  };
}

export function spouseRoles(parties: readonly PartyInput[]): Role[] {
  return parties.map((p) => (p.sex === 'male' ? 'husband' : 'wife'));
}

/** The Record of provincial-api.md for one registration step. */
export function provincialRecord(
  c: Pick<CaseRow, 'officeCode'>,
  recordId: string,
  revision: number,
  kind: string,
  parties: readonly PartyInput[],
  roles: readonly Role[],
  ctx: Pick<RegistrationContext, 'by' | 'registrarName'>,
  details: Record<string, unknown>,
  certificateNo: string | null,
) {
  return {
    recordId,
    revision,
    kind,
    office: c.officeCode,
    registeredAt: ctx.by.at,
    certificateNo,
    registrar: { id: ctx.by.actor, name: ctx.registrarName },
    parties: parties.map((p, i) => provincialParty(p, roles[i] ?? 'applicant')),
    details,
  };
}

/* Parties and offices for the domain tests: valid by default, each test breaks one thing. */
import type { MarriagePartyFacts, OfficeFacts, PartyInput, Sex, Violation } from '../../../main/domain/case-types';
import { gb11643CheckChar } from '../../../main/domain/identity';

/** A resident ID number with a correct check character: area 110105 (北京朝阳), the birth date, a sequence of the right parity. */
export function residentId(birthDate: string, sex: Sex, area = '110105', sequence = sex === 'male' ? '031' : '042'): string {
  const first17 = `${area}${birthDate.replaceAll('-', '')}${sequence}`;
  return first17 + gb11643CheckChar(first17);
}

export function party(overrides: Partial<PartyInput> & { sex?: Sex; birthDate?: string } = {}): PartyInput {
  const sex = overrides.sex ?? 'male';
  const birthDate = overrides.birthDate ?? (sex === 'male' ? '1995-03-14' : '1997-08-09');
  return {
    name: sex === 'male' ? '张伟' : '李娜',
    sex,
    birthDate,
    idType: 'resident_id',
    idNumber: residentId(birthDate, sex),
    nationality: 'CHN',
    idValidUntil: '2035-01-01',
    overseasChinese: false,
    verification: { method: 'reader' },
    ...overrides,
  };
}

export const man = (o: Partial<PartyInput> = {}): PartyInput => party({ sex: 'male', ...o });
export const woman = (o: Partial<PartyInput> = {}): PartyInput => party({ sex: 'female', ...o });

export function marriageParty(p: PartyInput, overrides: Partial<MarriagePartyFacts> = {}): MarriagePartyFacts {
  return {
    party: p,
    declarationSigned: true,
    prohibitedKinshipDeclared: false,
    voluntary: true,
    marriedInLocalRecords: false,
    provincialCheck: { made: true, married: false },
    unverifiedOverride: null,
    ...overrides,
  };
}

export const office = (overrides: Partial<OfficeFacts> = {}): OfficeFacts => ({
  foreignRelated: false,
  divisionCode: '110105',
  marriageAgeExceptions: [],
  ...overrides,
});

/** A foreign bride with a passport, read by the reader. */
export const foreignWoman = (o: Partial<PartyInput> = {}): PartyInput =>
  woman({ idType: 'passport', idNumber: 'E12345678', nationality: 'USA', name: 'Anna Smith', ...o });

export const codes = (vs: readonly Violation[]): string[] => vs.map((v) => v.code);
export const fields = (vs: readonly Violation[]): string[] => vs.map((v) => v.field);

import { gb11643CheckChar } from '../../main/domain/identity';

let seq = 100;

/** A valid resident ID number for a birth date and sex (GB 11643 check character computed). */
export function residentId(birthDate: string, sex: 'male' | 'female', area = '110105'): string {
  seq = seq >= 997 ? 101 : seq + 2;
  const order = String(sex === 'male' ? seq | 1 : seq & ~1).padStart(3, '0');
  const first17 = `${area}${birthDate.replaceAll('-', '')}${order}`;
  return first17 + gb11643CheckChar(first17);
}

export function party(name: string, sex: 'male' | 'female', birthDate: string) {
  return {
    name,
    sex,
    birthDate,
    idType: 'resident_id' as const,
    idNumber: residentId(birthDate, sex),
    nationality: 'CHN',
    idValidUntil: 'long_term' as const,
    overseasChinese: false,
    verification: { method: 'reader' as const },
  };
}

export function couple(tag: string) {
  return [party(`张${tag}`, 'male', '1995-03-15'), party(`李${tag}`, 'female', '1997-08-02')] as const;
}

export function marriageProposal(husband: ReturnType<typeof party>, wife: ReturnType<typeof party>) {
  const decl = { declarationSigned: true, prohibitedKinshipDeclared: false, voluntary: true };
  return { kind: 'marriage' as const, parties: [{ party: husband, ...decl }, { party: wife, ...decl }] };
}

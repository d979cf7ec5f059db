/** Contract-shaped sample records and appointments, for tests that talk to the reference province. */
import type { AppointmentInput } from './appointments';

export const OFFICE = '330102001';

export function party(role: string, idNumber: string, sex: 'M' | 'F', extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    role, name: role === 'husband' ? '张伟' : '李娜', sex, birthDate: '1995-03-14', idType: 'resident_id', idNumber,
    nationality: 'CHN', ethnicity: '01', ...extra,
  };
}

/** A marriage record; `overrides` replaces top-level fields (a revision, a changed detail, a broken field). */
export function marriageRecord(recordId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    recordId,
    revision: 1,
    kind: 'marriage',
    office: OFFICE,
    registeredAt: '2026-05-20T10:31:00+08:00',
    certificateNo: `J330102-2026-${recordId.slice(-6)}`,
    registrar: { id: 'u-7', name: '王芳' },
    parties: [party('husband', '110101199503140011', 'M'), party('wife', '110101199608150022', 'F')],
    details: {},
    ...overrides,
  };
}

export function appointment(id: string, date: string, extra: Partial<AppointmentInput> = {}): AppointmentInput {
  return {
    id, date, slot: '09:00-09:30', service: 'marriage',
    parties: [{ name: '张伟', idType: 'resident_id', idNumber: '110101199503140011', phone: '13800000000' }],
    ...extra,
  };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/host';
import { startInProcess, type InProcHost } from '../helpers/inproc';
import { fakeProvince, marry } from '../helpers/marry';
import { setUpOffice } from '../helpers/office';
import { marriageProposal, party, residentId } from '../helpers/people';

/*
 * Every identity and marriage code, produced through the API by a proposal that breaks just that
 * rule, and by no valid proposal. (Divorce, reissue and revocation codes: cases-divorce and
 * cases-reissue-revoke tests, which need dated cases.)
 */
let host: InProcHost;
let clerk: string;
let marriedId: string;

beforeAll(async () => {
  // The province answers; one person is married according to it.
  marriedId = residentId('1980-01-01', 'male');
  host = await startInProcess({ startMs: Date.parse('2026-05-20T10:00:00+08:00'), statusChecker: fakeProvince(new Set([marriedId])) });
  ({ clerk } = await setUpOffice(host.url));
});
afterAll(async () => host.close());

type Proposal = ReturnType<typeof marriageProposal>;
const valid = (): Proposal => marriageProposal(party('张伟', 'male', '1995-03-15'), party('李娜', 'female', '1997-08-02'));
const husband = (p: Proposal) => p.parties[0]!;
const wife = (p: Proposal) => p.parties[1]!;

async function codesOf(p: unknown, on?: string): Promise<string[]> {
  const res = await api(host.url, clerk, 'POST', '/api/cases/check', { proposal: p, ...(on ? { on } : {}) });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json.violations.map((v: { code: string }) => v.code);
}

const cases: [string, (p: Proposal) => void][] = [
  ['ID_TYPE_UNSUPPORTED', (p) => void ((husband(p).party as { idType: string }).idType = 'driving_licence')],
  ['ID_NUMBER_INVALID', (p) => void (husband(p).party.idNumber = husband(p).party.idNumber.slice(0, 17) + (husband(p).party.idNumber.endsWith('0') ? '1' : '0'))],
  ['ID_BIRTH_MISMATCH', (p) => void (husband(p).party.birthDate = '1995-03-16')],
  ['ID_SEX_MISMATCH', (p) => void (wife(p).party.idNumber = residentId('1997-08-02', 'male'))],
  ['ID_EXPIRED', (p) => void ((wife(p).party as { idValidUntil: string }).idValidUntil = '2026-05-19')],
  // The same man twice is also two men: MAR_SEXES comes with it.
  ['PARTY_DUPLICATE', (p) => void (p.parties[1] = { ...husband(p), party: { ...husband(p).party } })],
  ['PARTY_NOT_VERIFIED', (p) => void ((husband(p).party as unknown as { verification: null }).verification = null)],
  ['OFFICE_NOT_FOREIGN_RELATED', (p) => void ((wife(p).party as { idType: string; idNumber: string; nationality: string }).idType = 'passport', (wife(p).party.idNumber = 'E12345678'), (wife(p).party.nationality = 'FRA'))],
  ['DATE_INVALID', (p) => void (wife(p).party.birthDate = '1997-02-30')],
  ['MAR_SEXES', (p) => void (p.parties[1] = { ...wife(p), party: party('王强', 'male', '1996-01-01') })],
  ['MAR_AGE_MAN', (p) => void (p.parties[0] = { ...husband(p), party: party('小张', 'male', '2004-05-21') })],
  ['MAR_AGE_WOMAN', (p) => void (p.parties[1] = { ...wife(p), party: party('小李', 'female', '2006-05-21') })],
  ['MAR_ALREADY_MARRIED', (p) => void (p.parties[0] = { ...husband(p), party: { ...party('老张', 'male', '1980-01-01'), idNumber: marriedId } })],
  ['MAR_DECLARATION_MISSING', (p) => void (wife(p).declarationSigned = false)],
  ['MAR_KINSHIP', (p) => void (wife(p).prohibitedKinshipDeclared = true)],
  ['MAR_NOT_VOLUNTARY', (p) => void (husband(p).voluntary = false)],
];

describe('each code, from a proposal that breaks just its rule', () => {
  it('a valid proposal has no violation at all', async () => {
    expect(await codesOf(valid())).toEqual([]);
  });

  it.each(cases)('%s', async (code, breakIt) => {
    const p = valid();
    breakIt(p);
    const found = await codesOf(p);
    expect(found).toContain(code);
    const alsoExpected = code === 'PARTY_DUPLICATE' ? ['MAR_SEXES'] : [];
    expect(found.filter((c) => c !== code && !alsoExpected.includes(c))).toEqual([]);
  });

  it('MAR_STATUS_UNVERIFIED comes only when the province cannot answer', async () => {
    const offline = await startInProcess({ startMs: Date.parse('2026-05-20T10:00:00+08:00') });
    try {
      const { clerk: c } = await setUpOffice(offline.url);
      const res = await api(offline.url, c, 'POST', '/api/cases/check', { proposal: valid() });
      expect(res.json.violations.map((v: { code: string }) => v.code)).toEqual(['MAR_STATUS_UNVERIFIED', 'MAR_STATUS_UNVERIFIED']);
    } finally {
      await offline.close();
    }
    expect(await codesOf(valid())).not.toContain('MAR_STATUS_UNVERIFIED');
  });

  it('OFFICE_NOT_CONFIGURED until the office code is set', async () => {
    const bare = await startInProcess();
    try {
      const { loginAs } = await import('../helpers/host');
      const admin = await loginAs(bare.url, 'admin', 'admin-test-pass');
      await api(bare.url, admin, 'POST', '/api/users', { username: 'c1', displayName: '李', role: 'registrar', password: 'clerk-pass-1' });
      const c = await loginAs(bare.url, 'c1', 'clerk-pass-1');
      const res = await api(bare.url, c, 'POST', '/api/cases', valid());
      expect(res.status).toBe(422);
      expect(res.json.violations.map((v: { code: string }) => v.code)).toEqual(['OFFICE_NOT_CONFIGURED']);
    } finally {
      await bare.close();
    }
  });

  it('a foreign-related couple is fine at a foreign-related office', async () => {
    const { loginAs } = await import('../helpers/host');
    const admin = await loginAs(host.url, 'admin', 'admin-test-pass');
    await api(host.url, admin, 'PUT', '/api/settings/office', { officeName: '市民政局涉外婚姻登记处', officeCode: '110101001', foreignRelated: true });
    const p = valid();
    Object.assign(wife(p).party, { idType: 'passport', idNumber: 'E12345678', nationality: 'FRA' });
    expect(await codesOf(p)).toEqual([]);
  });

  it('the divorce codes also come through the API (see the dated divorce tests); a marriage registered here is found', async () => {
    const m = await marry(host.url, clerk, '码');
    expect(m.certificateNumber).toMatch(/^J110101-2026-\d{6}$/);
  });
});

import { describe, expect, it } from 'vitest';
import { NewUser, OfficeSettingsInput, violationsFromIssues, buildOpenApi, routes } from '../../main/contract';
import { SCREENS, SCREENS_BY_ROLE, ROLES, canSee } from '../../main/domain/roles';

describe('the contract', () => {
  it('gives every violation in Chinese with the field it concerns', () => {
    const r = NewUser.safeParse({ username: 'a b', displayName: '', role: 'admin', password: '1234567' });
    expect(r.success).toBe(false);
    const v = violationsFromIssues(r.error!.issues);
    expect(v).toEqual([
      { code: 'FIELD_FORMAT', field: 'username', message: '用户名：只能包含字母、数字、下划线、点和连字符' },
      { code: 'FIELD_TOO_SHORT', field: 'displayName', message: '姓名：至少 1 个字符' },
      { code: 'FIELD_TOO_SHORT', field: 'password', message: '密码：至少 8 个字符' },
    ]);
  });

  it('accepts a 9-digit office code and nothing else', () => {
    const base = { officeName: '东城区婚姻登记处', foreignRelated: false };
    expect(OfficeSettingsInput.safeParse({ ...base, officeCode: '110101001' }).success).toBe(true);
    for (const bad of ['11010100', '1101010011', '11010100X']) expect(OfficeSettingsInput.safeParse({ ...base, officeCode: bad }).success).toBe(false);
  });

  it('documents every route, with bearer security on all but the public ones', () => {
    const doc = buildOpenApi('t') as { paths: Record<string, Record<string, { security?: unknown }>> };
    const ops = Object.values(doc.paths).flatMap((p) => Object.values(p));
    expect(ops).toHaveLength(Object.keys(routes).length);
    expect(ops.filter((o) => !o.security)).toHaveLength(Object.values(routes).filter((r) => r.access === 'public').length);
  });

  it('shows user administration and settings to admins only', () => {
    for (const role of ROLES) for (const s of SCREENS) expect(canSee(role, s)).toBe(SCREENS_BY_ROLE[role].includes(s));
    expect(canSee('registrar', 'users')).toBe(false);
    expect(canSee('admin', 'settings')).toBe(true);
  });
});

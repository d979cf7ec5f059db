import { describe, expect, it } from 'vitest';
import { ethnicityCode, ethnicityName } from '../../../main/domain/ethnicity';

describe('ethnicity (GB 3304)', () => {
  it('reads a register’s words as the code the province wants: 汉族, 汉, 01, 1', () => {
    expect(ethnicityCode('汉族')).toBe('01');
    expect(ethnicityCode('汉')).toBe('01');
    expect(ethnicityCode('01')).toBe('01');
    expect(ethnicityCode(' １ ')).toBe('01');
    expect(ethnicityCode('维吾尔族')).toBe('05');
    expect(ethnicityCode('土族')).toBe('30');
    expect(ethnicityCode('土家族')).toBe('15');
    expect(ethnicityCode('基诺族')).toBe('56');
    expect(ethnicityCode('外国血统')).toBe('98');
  });

  it('gives null for what it does not know, which the caller keeps as written', () => {
    expect(ethnicityCode('穿青人')).toBeNull();
    expect(ethnicityCode('57')).toBeNull();
    expect(ethnicityCode('')).toBeNull();
  });

  it('names a code as the card prints it', () => {
    expect(ethnicityName('01')).toBe('汉');
    expect(ethnicityName('99')).toBeNull();
  });
});

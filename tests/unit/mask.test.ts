import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskIdNumbersInText } from '../../main/domain/mask';
import { maskDeep } from '../../main/server/log';

describe('ID number masking', () => {
  it('keeps the first 6 and last 4 characters of an 18-character number', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskIdNumber('110105491231002')).toBe('110105*****1002');
  });

  it('masks every ID number inside free text, and nothing else', () => {
    expect(maskIdNumbersInText('查询 11010519491231002X 与 110105491231002，电话 13800138000')).toBe(
      '查询 110105********002X 与 110105*****1002，电话 13800138000',
    );
    expect(maskIdNumbersInText('serial 1234567890123456789')).toBe('serial 1234567890123456789');
  });

  it('never lets the birth date digits of any 18-digit number through', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}[\dX]$/), fc.string(), (id, around) => {
        const text = `${around.replace(/[0-9A-Za-z]/g, '')} ${id} ${around.replace(/[0-9A-Za-z]/g, '')}`;
        expect(maskIdNumbersInText(text)).not.toContain(id.slice(6, 14));
      }),
    );
  });

  it('masks strings nested in log records, leaving non-plain objects to their serializers', () => {
    const req = new (class Req { url = '/api/persons/11010519491231002X'; })();
    const masked = maskDeep({ msg: 'x', person: { ids: ['11010519491231002X'] }, req }) as any;
    expect(masked.person.ids[0]).toBe('110105********002X');
    expect(masked.req).toBe(req);
  });
});

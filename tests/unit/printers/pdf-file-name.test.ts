import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jobStamp, pdfFileName, safeTitle } from '../../../main/devices/printing/printers/pdf-file-name';

describe('the PDF folder printer\'s file names', () => {
  it('stamps a job with its local date and time to the millisecond, zero-padded', () => {
    expect(jobStamp(new Date(2026, 0, 5, 7, 8, 9, 4))).toBe('20260105-070809-004');
    expect(jobStamp(new Date(2026, 11, 31, 23, 59, 59, 999))).toBe('20261231-235959-999');
  });

  it('keeps a Chinese title and replaces what no file name may hold', () => {
    expect(safeTitle('结婚证 J110101-2026-000123')).toBe('结婚证 J110101-2026-000123');
    expect(safeTitle('a/b\\c:d*e?f"g<h>i|j')).toBe('a_b_c_d_e_f_g_h_i_j');
    expect(pdfFileName(new Date(2026, 4, 20, 9, 30, 0, 0), '离婚证/补发', 2)).toBe('20260520-093000-000-离婚证_补发-2.pdf');
  });

  it('never gives an empty name or one that leaves the folder', () => {
    for (const title of ['', '   ', '.', '..', '...', ' . . ']) expect(safeTitle(title)).toBe('document');
    expect(safeTitle('\u0000\u0001')).toBe('__');
    expect(safeTitle('../../etc/passwd')).toBe('_.._etc_passwd');
  });

  it('turns any title into one plain file name inside the folder, at most 80 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (title) => {
        const name = safeTitle(title);
        expect(name.length).toBeGreaterThan(0);
        expect([...name].length).toBeLessThanOrEqual(80);
        const unsafe = [...name].filter((ch) => '<>:"/\\|?*'.includes(ch) || ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);
        expect(unsafe).toEqual([]);
        expect(name).not.toMatch(/^\.|[. ]$/);
        const file = path.join('/printed', pdfFileName(new Date(2026, 0, 1), title));
        expect(path.dirname(file)).toBe('/printed');
      }),
      { numRuns: 500, seed: 20261123 },
    );
  });
});

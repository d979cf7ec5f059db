import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitText, wrapLines, type FontMetrics } from '../../../main/domain/printing/fit';

/** A monospaced stand-in: CJK one em, everything else half an em; glyph box 0.9 + 0.15 of the size. */
const mono: FontMetrics = {
  widthOf: (t, size) => Array.from(t).reduce((w, ch) => w + (ch.codePointAt(0)! > 0x2e80 ? 1 : 0.5) * size, 0),
  ascent: 0.9,
  descent: 0.15,
};
const box = (widthPt: number, heightPt: number, fontSize = 10, minFontSize = 6) => ({ widthPt, heightPt, fontSize, minFontSize });

describe('fitText', () => {
  it('keeps the configured size when the text fits on one line', () => {
    expect(fitText('张三', box(40, 12), mono)).toMatchObject({ ok: true, size: 10, lines: ['张三'], shrunk: false });
  });

  it('shrinks one line down to the largest half-point size that fits, exactly at the boundary', () => {
    expect(fitText('一二三四五', box(45, 12), mono)).toMatchObject({ ok: true, size: 9, lines: ['一二三四五'] });
    expect(fitText('一二三四五', box(44.9, 12), mono)).toMatchObject({ ok: true, size: 8.5 });
  });

  it('wraps only when the minimum size on one line would still overflow', () => {
    const ten = '一二三四五六七八九十';
    expect(fitText(ten, box(60, 30), mono)).toMatchObject({ ok: true, size: 6, lines: [ten] });
    // wrapped at the largest size whose lines fit the height: 8.5 pt, 7 characters a line, 3 lines (28.5 of 30 pt; 9 pt needs 30.15)
    const r = fitText(ten + ten, box(60, 30), mono);
    expect(r).toMatchObject({ ok: true, size: 8.5, lines: ['一二三四五六七', '八九十一二三四', '五六七八九十'] });
  });

  it('refuses rather than clip: the lines needed and allowed are reported', () => {
    expect(fitText('一'.repeat(100), box(60, 14), mono)).toEqual({ ok: false, neededLines: 10, maxLines: 2 });
  });

  it('never starts a line with a closing comma or full stop', () => {
    const lines = wrapLines('一二三四，五六七八。', 10, 40, mono);
    expect(lines).toEqual(['一二三', '四，五六', '七八。']);
  });

  it('property: a fitted text keeps every character, each line within the width, the block within the height', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('张', '·', 'A', 'b', ' ', '，', '一', '1'), maxLength: 60 }), fc.integer({ min: 20, max: 200 }), fc.integer({ min: 8, max: 60 }), (text, w, h) => {
        const r = fitText(text, box(w, h), mono);
        if (!r.ok) return;
        expect(r.lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        for (const line of r.lines) if (Array.from(line).length > 1) expect(mono.widthOf(line, r.size)).toBeLessThanOrEqual(w + 1e-9);
        expect((r.lines.length - 1) * r.lineHeight + r.size * 1.05).toBeLessThanOrEqual(h + 1e-9);
        expect(r.size).toBeGreaterThanOrEqual(6);
      }),
      // 1,880 runs found a Latin word following a CJK character that was carried to the next line uncut (张1Abbb)
      { numRuns: 5000, examples: [['张1Abbb', 20, 19]] },
    );
  });
});

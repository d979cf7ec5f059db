import type { Violation } from '../case-types';
import { violation } from '../rule-codes';
import { fitText, type FontMetrics } from './fit';

/**
 * Places a document's texts on its page: each field's value fitted into its box (fit.ts), checked against the
 * font's glyphs, aligned. Millimetres in, points out, origin at the top-left corner as the templates measure;
 * the PDF writer flips the axis. Pure: the same layout is previewed, printed and archived.
 */
export const PT_PER_MM = 72 / 25.4;

export interface Box { readonly x: number; readonly y: number; readonly width: number; readonly height: number }
export interface TextSpec { readonly text: string; readonly box: Box; readonly fontSize: number; readonly minFontSize: number; readonly align: 'left' | 'center' | 'right' }
export interface FieldSpec extends Omit<TextSpec, 'text'> {
  readonly key: string;
  readonly label: string;
  readonly kind: 'text' | 'photo' | 'qr';
  readonly optional: boolean;
}
export interface TemplateSpec {
  readonly page: { readonly width: number; readonly height: number };
  readonly fixed: readonly TextSpec[];
  readonly background: readonly TextSpec[];
  readonly fields: readonly FieldSpec[];
}

/** A printer's measured error: the page is scaled about the top-left corner, then shifted (mm). */
export interface Correction { readonly offsetX: number; readonly offsetY: number; readonly scaleX: number; readonly scaleY: number }

/** One line of text, its baseline's left end in points from the page's top-left corner. */
export interface PlacedLine { readonly text: string; readonly x: number; readonly baseline: number; readonly size: number }
export interface PlacedText { readonly key: string; readonly layer: 'fixed' | 'background' | 'field'; readonly box: Box; readonly lines: readonly PlacedLine[] }
export interface PlacedImage { readonly key: string; readonly kind: 'photo' | 'qr'; readonly box: Box }

export interface Layout {
  readonly widthPt: number;
  readonly heightPt: number;
  readonly texts: readonly PlacedText[];
  readonly images: readonly PlacedImage[];
  readonly violations: readonly Violation[];
}

/** The box in points on paper, after the printer's correction. */
export function correctedBox(b: Box, c: Correction): Box {
  return {
    x: (b.x * c.scaleX + c.offsetX) * PT_PER_MM,
    y: (b.y * c.scaleY + c.offsetY) * PT_PER_MM,
    width: b.width * c.scaleX * PT_PER_MM,
    height: b.height * c.scaleY * PT_PER_MM,
  };
}

function missingGlyphs(text: string, hasGlyph: (cp: number) => boolean): string[] {
  const missing = new Set<string>();
  for (const ch of text) if (!/\s/.test(ch) && !hasGlyph(ch.codePointAt(0)!)) missing.add(ch);
  return [...missing];
}

function place(key: string, layer: PlacedText['layer'], spec: TextSpec, box: Box, m: FontMetrics): PlacedText | Violation {
  const fitted = fitText(spec.text, { widthPt: box.width, heightPt: box.height, fontSize: spec.fontSize, minFontSize: spec.minFontSize }, m);
  if (!fitted.ok) return violation('PRINT_TEXT_TOO_LONG', key, `需要 ${fitted.neededLines} 行，最多 ${fitted.maxLines} 行`);
  const { size, lines, lineHeight } = fitted;
  const blockHeight = (lines.length - 1) * lineHeight + size * (m.ascent + m.descent);
  const top = box.y + (box.height - blockHeight) / 2;
  return {
    key, layer, box,
    lines: lines.map((text, i) => {
      const w = m.widthOf(text, size);
      const x = spec.align === 'left' ? box.x : spec.align === 'right' ? box.x + box.width - w : box.x + (box.width - w) / 2;
      return { text, x, baseline: top + size * m.ascent + i * lineHeight, size };
    }),
  };
}

const isViolation = (x: PlacedText | Violation): x is Violation => 'code' in x;

/**
 * Lays out one copy. Every field with no value (unless optional), every character the font lacks and every text
 * that cannot fit is a violation, and a layout with violations must not be printed.
 */
export function layoutDocument(
  t: TemplateSpec,
  values: Readonly<Record<string, string>>,
  opts: { readonly metrics: FontMetrics; readonly hasGlyph: (cp: number) => boolean; readonly correction: Correction; readonly background: boolean },
): Layout {
  const violations: Violation[] = [];
  const texts: PlacedText[] = [];
  const images: PlacedImage[] = [];
  const put = (key: string, layer: PlacedText['layer'], spec: TextSpec) => {
    const missing = missingGlyphs(spec.text, opts.hasGlyph);
    if (missing.length > 0) {
      violations.push(violation('PRINT_GLYPH_MISSING', key, missing.join('、')));
      return;
    }
    const placed = place(key, layer, spec, correctedBox(spec.box, opts.correction), opts.metrics);
    if (isViolation(placed)) violations.push(placed);
    else texts.push(placed);
  };
  if (opts.background) t.background.forEach((b, i) => put(`background${i}`, 'background', b));
  t.fixed.forEach((f, i) => put(`fixed${i}`, 'fixed', f));
  for (const f of t.fields) {
    if (f.kind !== 'text') {
      images.push({ key: f.key, kind: f.kind, box: correctedBox(f.box, opts.correction) });
      continue;
    }
    const value = (values[f.key] ?? '').trim();
    if (value === '') {
      if (!f.optional) violations.push(violation('PRINT_VALUE_MISSING', f.key, f.label));
      continue;
    }
    put(f.key, 'field', { ...f, text: value });
  }
  const page = correctedBox({ x: 0, y: 0, width: t.page.width, height: t.page.height }, { offsetX: 0, offsetY: 0, scaleX: 1, scaleY: 1 });
  return { widthPt: page.width, heightPt: page.height, texts, images, violations };
}

/**
 * Fitting text into a printed box: a certificate field must stay inside its box on the pre-printed booklet,
 * so text too long shrinks (down to a minimum size), then wraps, and is refused rather than clipped.
 * Pure: the font's metrics come in as functions, so the same answer holds for preview, print and archive.
 */

export interface FontMetrics {
  /** Advance width of `text` at `size` points, in points. */
  widthOf(text: string, size: number): number;
  /** Ascent and descent as fractions of the size (descent positive), as a PDF reader will box the glyphs. */
  readonly ascent: number;
  readonly descent: number;
}

export interface FitBox {
  readonly widthPt: number;
  readonly heightPt: number;
  readonly fontSize: number;
  readonly minFontSize: number;
}

export type Fitted =
  | { readonly ok: true; readonly size: number; readonly lines: readonly string[]; readonly lineHeight: number; readonly shrunk: boolean }
  | { readonly ok: false; readonly neededLines: number; readonly maxLines: number };

/** Closing punctuation that Chinese typesetting keeps off the start of a line. */
const NO_LINE_START = /^[，。、；：！？）》」』”’,.;:!?)\]]/u;
/** Half-point steps: fine enough that a name is not shrunk more than it must be. */
const STEP = 0.5;
/** Leading between wrapped lines, as a fraction of the size, on top of ascent + descent. */
const LEADING = 0.1;

function sizesFrom(max: number, min: number): number[] {
  const sizes: number[] = [];
  for (let s = max; s >= min - 1e-9; s -= STEP) sizes.push(Math.round(s * 100) / 100);
  if (sizes[sizes.length - 1] !== min) sizes.push(min);
  return sizes;
}

/** Splits into the pieces a line may break between: each CJK character alone, Latin words with their trailing space. */
export function breakPieces(text: string): string[] {
  return text.match(/[A-Za-z0-9\u00C0-\u024F'’\-.,()/]+\s*|\s+|./gu) ?? [];
}

/** Greedy wrap at `size`; a piece wider than a line (a very long Latin word) is cut by characters. */
export function wrapLines(text: string, size: number, widthPt: number, m: FontMetrics): string[] {
  const fits = (s: string) => m.widthOf(s, size) <= widthPt;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const piece of breakPieces(paragraph)) {
      if (line !== '' && !fits(line + piece)) {
        const chars = Array.from(line);
        // 禁则: a comma or closing bracket never starts a line; the character before it goes down with it.
        if (NO_LINE_START.test(piece) && chars.length > 1 && fits(chars[chars.length - 1]! + piece)) {
          const last = chars.pop()!;
          lines.push(chars.join('').trimEnd());
          line = last;
        } else {
          lines.push(line.trimEnd());
          line = '';
        }
      }
      const rest = line === '' ? piece.trimStart() : piece;
      if (fits(line + rest)) {
        line += rest;
        continue;
      }
      for (const ch of Array.from(rest)) {
        if (line !== '' && !fits(line + ch)) {
          lines.push(line.trimEnd());
          line = ch.trimStart();
        } else line += ch;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** Line height of wrapped text at `size`: the glyph box plus a little leading. */
export function lineHeightAt(size: number, m: FontMetrics): number {
  return size * (m.ascent + m.descent + LEADING);
}

/**
 * One line at the configured size if it fits; else the largest size down to the minimum that keeps one line;
 * else wrapped at the largest size whose lines fit the box's height; else refused.
 */
export function fitText(text: string, box: FitBox, m: FontMetrics): Fitted {
  const glyphHeight = (s: number) => s * (m.ascent + m.descent);
  const sizes = sizesFrom(box.fontSize, box.minFontSize);
  if (!text.includes('\n')) {
    for (const size of sizes) {
      if (glyphHeight(size) > box.heightPt) continue;
      if (m.widthOf(text, size) <= box.widthPt) return { ok: true, size, lines: [text], lineHeight: lineHeightAt(size, m), shrunk: size < box.fontSize };
    }
  }
  for (const size of sizes) {
    const lines = wrapLines(text, size, box.widthPt, m);
    const lh = lineHeightAt(size, m);
    if ((lines.length - 1) * lh + glyphHeight(size) <= box.heightPt) return { ok: true, size, lines, lineHeight: lh, shrunk: size < box.fontSize };
  }
  const min = box.minFontSize;
  const lh = lineHeightAt(min, m);
  return {
    ok: false,
    neededLines: wrapLines(text, min, box.widthPt, m).length,
    maxLines: Math.max(0, Math.floor((box.heightPt - glyphHeight(min)) / lh) + 1),
  };
}

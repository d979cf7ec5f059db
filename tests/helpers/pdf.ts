import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A word as poppler's `pdftotext -bbox` reports it, in points from the page's top-left corner. */
export interface PdfWord { readonly text: string; readonly xMin: number; readonly yMin: number; readonly xMax: number; readonly yMax: number; readonly page: number }

function withFile<T>(pdf: Uint8Array, fn: (file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hall-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  fs.writeFileSync(file, pdf);
  try {
    return fn(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const unescape = (s: string) => s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');

export function pdfWords(pdf: Uint8Array | string): PdfWord[] {
  const xml = typeof pdf === 'string' ? execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' }) : withFile(pdf, (f) => execFileSync('pdftotext', ['-bbox', f, '-'], { encoding: 'utf8' }));
  const words: PdfWord[] = [];
  let page = 0;
  for (const line of xml.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) words.push({ xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]!, text: unescape(m[5]!), page });
  }
  return words;
}

export function pdfText(pdf: Uint8Array | string): string {
  return typeof pdf === 'string' ? execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }) : withFile(pdf, (f) => execFileSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8' }));
}

/** `pdffonts` rows: name, type, whether embedded. */
export function pdfFonts(pdf: Uint8Array): { name: string; type: string; embedded: boolean }[] {
  const out = withFile(pdf, (f) => execFileSync('pdffonts', [f], { encoding: 'utf8' }));
  return out.split('\n').slice(2).filter((l) => l.trim()).map((l) => {
    const cols = l.trim().split(/\s{2,}|\s(?=yes|no)/);
    const emb = /\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(l);
    return { name: cols[0]!, type: cols[1] ?? '', embedded: emb?.[1] === 'yes' };
  });
}

/** Renders page 1 to a PNG file (for the screenshots kept with the tests). */
export function pdfToPng(pdf: Uint8Array, pngFile: string, dpi = 150): void {
  fs.mkdirSync(path.dirname(pngFile), { recursive: true });
  withFile(pdf, (f) => execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-singlefile', f, pngFile.replace(/\.png$/, '')]));
}

export const MM = 72 / 25.4;

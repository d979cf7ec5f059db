import fs from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';
import { collectionSize, fontFromCollection } from './ttc';

/**
 * The CJK font certificates print in. The file is an office setting; left empty, the first TrueType
 * Song/Ming face the OS provides: 宋体 on Windows, AR PL UMing (Debian's fonts-arphic-uming) on Linux.
 * Only TrueType outlines: pdf-lib's subsetting of CFF faces (Noto CJK .ttc) yields files poppler calls invalid.
 */
export const DEFAULT_FONT_FILES: Readonly<Record<string, readonly string[]>> = {
  win32: ['C:\\Windows\\Fonts\\simsun.ttc', 'C:\\Windows\\Fonts\\simfang.ttf', 'C:\\Windows\\Fonts\\simhei.ttf'],
  linux: [
    '/usr/share/fonts/truetype/arphic/uming.ttc',
    '/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf',
    '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
    '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  ],
  darwin: ['/System/Library/Fonts/Supplemental/Songti.ttc', '/Library/Fonts/Arial Unicode.ttf'],
};

export class FontUnavailable extends Error {
  constructor(readonly detail: string) {
    super(detail);
  }
}

export interface PrintFont {
  readonly file: string;
  readonly index: number;
  /** The standalone font (one face out of a collection), as pdf-lib embeds it. */
  readonly bytes: Uint8Array;
  readonly face: Font;
  readonly postscriptName: string;
  readonly ascent: number;
  readonly descent: number;
  hasGlyph(codePoint: number): boolean;
}

const cache = new Map<string, PrintFont>();

function open(file: string, index: number): PrintFont {
  const stat = fs.statSync(file);
  const key = `${file}\u0000${index}\u0000${stat.mtimeMs}\u0000${stat.size}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const raw = fs.readFileSync(file);
  const size = collectionSize(raw);
  if (index >= size) throw new FontUnavailable(`字体集合 ${path.basename(file)} 只有 ${size} 个字体，序号 ${index} 无效`);
  const bytes = fontFromCollection(raw, index);
  const face = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if ('CFF ' in (face as unknown as { directory: { tables: Record<string, unknown> } }).directory.tables) {
    throw new FontUnavailable(`${path.basename(file)} 是 CFF（PostScript）轮廓字体，不能可靠地嵌入子集；请改用 TrueType 字体（如 simsun.ttc、uming.ttc）`);
  }
  const font: PrintFont = {
    file, index, bytes, face,
    postscriptName: face.postscriptName ?? path.basename(file),
    ascent: face.ascent / face.unitsPerEm,
    descent: -face.descent / face.unitsPerEm,
    hasGlyph: (cp) => face.hasGlyphForCodePoint(cp),
  };
  cache.clear();
  cache.set(key, font);
  return font;
}

/** The configured font, or the OS's default; a clear reason when none can be used. */
export function loadPrintFont(setting: { file: string | null; index: number }, platform: NodeJS.Platform = process.platform): PrintFont {
  if (setting.file) {
    if (!fs.existsSync(setting.file)) throw new FontUnavailable(`字体文件不存在：${setting.file}`);
    return open(setting.file, setting.index);
  }
  const candidates = DEFAULT_FONT_FILES[platform] ?? DEFAULT_FONT_FILES['linux']!;
  const found = candidates.find((f) => fs.existsSync(f));
  if (!found) throw new FontUnavailable(`未找到系统字体（已查找：${candidates.join('、')}）`);
  return open(found, 0);
}

/**
 * pdf-lib parses the font file again for every document; handing it the face already parsed saves that
 * (~100 ms a certificate). Anything else goes to fontkit as usual.
 */
export function fontkitFor(font: PrintFont): typeof fontkit {
  return { ...fontkit, create: (bytes: Uint8Array, name?: string) => (bytes === font.bytes ? font.face : fontkit.create(bytes as Buffer, name)) } as typeof fontkit;
}

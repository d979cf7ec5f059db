import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS, DOCUMENT_IDS, type DocumentId } from '../../main/domain/printing/documents';
import { documentValues, type PrintCase, type PrintParty } from '../../main/domain/printing/values';
import { NO_CALIBRATION } from '../../main/contract/printing';
import { FontUnavailable, loadPrintFont } from '../../main/devices/printing/font';
import { loadTemplates } from '../../main/devices/printing/templates';
import { renderDocument } from '../../main/devices/printing/render';
import type { Box } from '../../main/domain/printing/layout';
import { MM, pdfFonts, pdfToPng, pdfWords } from '../helpers/pdf';

const templates = loadTemplates([path.resolve('resources/templates')]);
const font = loadPrintFont({ file: null, index: 0 });
const SHOTS = path.resolve('tests/artifacts/screenshots');

const p = (name: string, sex: 'male' | 'female', birthDate: string, idNumber: string, nationality = 'CHN'): PrintParty => ({ name, sex, birthDate, idNumber, nationality });
/** The longest values a desk meets: a 23-character Uyghur name with its dots, a long Latin name, a passport number. */
const LONGEST: readonly PrintParty[] = [
  p('阿卜杜热合曼·买买提明·艾则孜·库尔班江·吐尔逊', 'male', '1988-12-31', '650102198812311234'),
  p('MAXIMILIANA ALEJANDRA DE LA CRUZ-FERNANDEZ', 'female', '1990-01-01', 'PA1234567890ABCDE', 'ESP'),
  p('欧阳娜娜', 'female', '2012-06-30', '11010520120630002X'),
];
const FOUR: readonly PrintParty[] = [p('司马相如', 'male', '1995-03-15', '110105199503150011'), p('欧阳娜娜', 'female', '1997-08-02', '110105199708020026'), p('诸葛小明', 'male', '2015-02-28', '110105201502280013')];
const REMARKS = '当事人双方均为少数民族，依照自治区变通规定办理。男方持外国人永久居留身份证，原护照号码 E12345678 已于2025年失效，现以新证件登记。';

function caseFor(doc: DocumentId, parties: readonly PrintParty[]): PrintCase {
  const kind = doc.startsWith('marriage') ? 'marriage' : doc.startsWith('adoption-dissolution') ? 'adoption_dissolution' : doc.startsWith('adoption') ? 'adoption' : 'divorce';
  const list = kind.startsWith('adoption') ? parties : parties.slice(0, 2);
  return {
    kind, status: doc === 'refusal-notice' ? 'refused' : doc === 'withdrawal-confirmation' ? 'withdrawn' : 'registered', recordId: '110105001-2026-01234567',
    acceptedOn: '2026-06-04', registeredOn: '2026-08-04', withdrawnOn: '2026-06-20',
    certificateNumber: kind === 'adoption' ? 'SY110105-2026-000123' : kind === 'adoption_dissolution' ? 'JS110105-2026-000007' : 'J110105-2026-000123',
    facts: {
      remarks: REMARKS, adoptionCertificateNumber: 'SY110105-2019-000045',
      refusal: { reason: '当事人未能提供离婚判决书原件，且所持结婚证与档案记载不一致，需补充材料后重新申请。', codes: ['MAR_ALREADY_MARRIED', 'MAR_AGE_MAN', 'MAR_DECLARATION_MISSING'] },
      withdrawal: { byParty: 1 },
    },
    parties: list,
    periods: { coolingOffEnds: '2026-07-04', collectionStarts: '2026-07-05', collectionEnds: '2026-08-04' },
    statusChecks: [{ position: 0, made: true, status: '未婚' }, { position: 1, made: false, status: null }],
  };
}

const ctx = { officeName: '新疆维吾尔自治区乌鲁木齐市天山区民政局婚姻登记处', registrarName: '王登记', today: '2026-08-04', original: null };
const inside = (w: { xMin: number; yMin: number; xMax: number; yMax: number }, b: Box) =>
  w.xMin >= b.x - 0.5 * MM && w.xMax <= b.x + b.width + 0.5 * MM && w.yMin >= b.y - 0.5 * MM && w.yMax <= b.y + b.height + 0.5 * MM;

describe.each(DOCUMENT_IDS)('template %s', (id) => {
  it.each([['longest', LONGEST], ['four-character', FOUR]] as const)('prints every field of the %s values inside its box, with the font embedded', async (label, parties) => {
    const template = templates.get(id)!;
    expect(template.stock).toBe(DOCUMENTS[id].stock);
    const original = id === 'adoption-dissolution-certificate' ? { ...caseFor('adoption-certificate', parties), registeredOn: '2019-03-01', certificateNumber: 'SY110105-2019-000045' } : null;
    const values = documentValues(id, caseFor(id, parties), 0, { ...ctx, original });
    const out = await renderDocument({ template, values, font, correction: NO_CALIBRATION, background: false, photo: null, qr: 'HV1|J110105-2026-000123|2026-08-04|650102********1234|110105001|' + 'ab'.repeat(64), title: id, at: new Date('2026-08-04T02:00:00Z') });
    if (!out.ok) throw new Error(JSON.stringify(out.violations));
    const words = pdfWords(out.pdf);
    const fieldTexts = out.layout.texts.filter((t) => t.layer === 'field');
    // every field's value is on the page, and each of its words lies in that field's box
    for (const t of fieldTexts) {
      const expected = t.lines.map((l) => l.text).join('').replace(/\s+/g, '');
      const mine = words.filter((w) => inside(w, t.box));
      expect(mine.map((w) => w.text).join('').replace(/\s+/g, ''), `${id} ${t.key}`).toContain(expected);
    }
    // and no word strays outside every box
    for (const w of words) expect(out.layout.texts.some((t) => inside(w, t.box)), `${id}: «${w.text}» outside every box`).toBe(true);
    expect(fieldTexts.length).toBe(template.fields.filter((f) => f.kind === 'text' && (values[f.key] ?? '').trim() !== '').length);
    const fonts = pdfFonts(out.pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    if (label === 'longest') {
      const preview = await renderDocument({ template, values, font, correction: NO_CALIBRATION, background: true, photo: null, qr: 'HV1|preview', title: id, at: new Date(0) });
      if (preview.ok) pdfToPng(preview.pdf, path.join(SHOTS, `print-${id}.png`), 110);
    }
  });
});

describe('refusals', () => {
  const template = templates.get('marriage-certificate')!;
  const base = documentValues('marriage-certificate', caseFor('marriage-certificate', FOUR), 0, ctx);
  const render = (values: Record<string, string>) =>
    renderDocument({ template, values, font, correction: NO_CALIBRATION, background: false, photo: null, qr: null, title: 't', at: new Date(0) });

  it('refuses a name too long even at the minimum size, naming the field, and prints nothing', async () => {
    const out = await render({ ...base, p1Name: '买'.repeat(80) });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.violations).toEqual([expect.objectContaining({ code: 'PRINT_TEXT_TOO_LONG', field: 'p1Name' })]);
  });

  it('refuses a character the font lacks rather than print an empty square', async () => {
    const rare = String.fromCodePoint(0x2a6d6); // CJK Extension B, beyond the GB 2312/GBK repertoire of common Song faces
    expect(font.hasGlyph(rare.codePointAt(0)!)).toBe(false);
    const out = await render({ ...base, p2Name: `李${rare}` });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.violations).toEqual([expect.objectContaining({ code: 'PRINT_GLYPH_MISSING', field: 'p2Name' })]);
  });

  it('refuses an empty required field but prints an empty optional one', async () => {
    const out = await render({ ...base, certificateNumber: '' });
    expect(out.ok).toBe(false);
    expect((await render({ ...base, remarks: '' })).ok).toBe(true);
  });
});

describe('the font setting', () => {
  it('takes a face of a collection by its index, and names the collection\'s size when the index is past it', () => {
    expect(loadPrintFont({ file: font.file, index: 1 }).postscriptName).not.toBe(font.postscriptName);
    expect(() => loadPrintFont({ file: font.file, index: 40 })).toThrow(FontUnavailable);
    expect(() => loadPrintFont({ file: font.file, index: 40 })).toThrow(/只有 \d+ 个字体，序号 40 无效/);
    expect(() => loadPrintFont({ file: '/nonexistent/simsun.ttc', index: 0 })).toThrow(/字体文件不存在/);
  });
});

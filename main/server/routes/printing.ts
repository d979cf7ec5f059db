import { NO_CALIBRATION, PrintSettingsSchema, type PrintSettings } from '../../contract/printing';
import { renderCalibrationPage } from '../../devices/printing/calibration-page';
import { renderTablesPdf } from '../../devices/printing/table-pdf';
import { correctionFromMeasurement } from '../../domain/printing/calibration';
import { DOCUMENTS, printablesOf } from '../../domain/printing/documents';
import { officeKey } from '../../exchange/signing';
import { addArchiveItem } from '../../store/archive';
import { getCase, caseParties } from '../../store/cases';
import { consumeBlank } from '../../store/stock/uses';
import { getUse, usesOfCase, type StockUse } from '../../store/stock/rows';
import { putJsonSetting } from '../../store/settings';
import { violation } from '../../domain/rule-codes';
import { ApiError } from '../api-error';
import type { Handlers, HostContext } from '../handlers';
import { officeDate } from '../clock';
import { buildDocument } from '../printing/documents';
import { verifyCertificateCode } from '../printing/verify';
import { mayActAtWindow } from '../printing/window-access';
import { DEFAULT_PRINT_SETTINGS, fontOrThrow, fontStatus, PRINT_SETTINGS_KEY, printerOf, printSettings } from '../printing/settings';

const base64 = (pdf: Uint8Array) => Buffer.from(pdf).toString('base64');

function useView(u: StockUse) {
  return {
    id: u.id, serial: u.serialLabel, outcome: u.outcome, document: u.document, holderPosition: u.holderPosition,
    usedAt: u.usedAt, usedBy: u.usedBy, note: u.note, printer: u.printer, sha256: u.sha256,
  };
}

function settingsView(ctx: HostContext, settings: PrintSettings) {
  return { settings, font: fontStatus(settings), qrKeyConfigured: Boolean(ctx.config.provinceKey) };
}

/** The office's public key: the verification needs nothing else, so it works offline. */
function publicKey(ctx: HostContext): string | null {
  return ctx.config.provinceKey ? officeKey(ctx.config.provinceKey).publicKey : null;
}

export const printingHandlers: Pick<Handlers, 'casePrints' | 'previewDocument' | 'printDocument' | 'getPrintSettings' | 'putPrintSettings' | 'calibrationPage' | 'calibrate' | 'tablePdf' | 'verifyCertificate'> = {
  casePrints(ctx, { params }) {
    const c = getCase(ctx.db, params.id);
    if (!c) throw new ApiError('NOT_FOUND');
    const names = caseParties(ctx.db, c.id).map((p) => p.name);
    return {
      printables: printablesOf({ ...c, parties: names }).map((p) => {
        const info = DOCUMENTS[p.document];
        return { document: p.document, name: info.name, holder: p.holder, holderName: p.holder === null ? null : (names[p.holder] ?? null), stock: info.stock, paper: info.stock ? 'booklet' as const : 'a4' as const };
      }),
      uses: usesOfCase(ctx.db, c.id).map(useView),
    };
  },

  async previewDocument(ctx, { params, body, user, nowMs }) {
    const built = await buildDocument(ctx, params.id, body, user, nowMs, true);
    return { pdfBase64: base64(built.pdf), title: built.title, use: null, verificationCode: built.verificationCode, notes: [...built.notes] };
  },

  /**
   * A certificate takes the window's next blank in the same transaction that files its PDF (hash in the audit);
   * the PDF goes back to the station, whose own printer prints it (device plane).
   */
  async printDocument(ctx, { params, body, user, at, nowMs }) {
    const built = await buildDocument(ctx, params.id, body, user, nowMs, false);
    const stock = built.stock;
    if (stock === null) return { pdfBase64: base64(built.pdf), title: built.title, use: null, verificationCode: built.verificationCode, notes: [...built.notes] };
    if (body.windowId === null) throw new ApiError('VALIDATION', [violation('CERT_STOCK_EMPTY', 'windowId', '请选择领用空白证书的窗口')]);
    mayActAtWindow(ctx.db, user, body.windowId);
    const printer = body.printer ?? printerOf(ctx, printSettings(ctx.db), body.windowId) ?? '系统默认打印机';
    const useId = ctx.db.transaction(() => {
      const item = addArchiveItem(ctx.db, ctx.config.dataDir, { caseId: built.caseId, kind: 'certificate', fileName: `${built.title}.pdf`, content: Buffer.from(built.pdf) }, { actor: user.username, at });
      return consumeBlank(ctx.db, {
        type: stock, windowId: body.windowId!, caseId: built.caseId, document: body.document, holderPosition: body.holder,
        certificateNumber: built.certificateNumber ?? '', archiveItemId: item.id, sha256: item.sha256, printer, at, on: officeDate(nowMs), actor: user.username,
      }).useId;
    }).immediate();
    ctx.events.publish({ type: 'cases.changed', caseId: built.caseId });
    return { pdfBase64: base64(built.pdf), title: built.title, use: useView(getUse(ctx.db, useId)!), verificationCode: built.verificationCode, notes: [...built.notes] };
  },

  getPrintSettings: (ctx) => settingsView(ctx, printSettings(ctx.db)),

  putPrintSettings(ctx, { body, user, at }) {
    const next = PrintSettingsSchema.parse(body);
    return settingsView(ctx, putJsonSetting(ctx.db, PRINT_SETTINGS_KEY, DEFAULT_PRINT_SETTINGS, next, { actor: user.username, at }));
  },

  async calibrationPage(ctx, { query }) {
    const printer = query.printer ?? ctx.config.printer ?? '系统默认打印机';
    const pdf = await renderCalibrationPage(fontOrThrow(printSettings(ctx.db)), printer);
    return { pdfBase64: base64(pdf), title: `打印机校准页 ${printer}`, use: null, verificationCode: null, notes: [] };
  },

  calibrate(ctx, { body, user, at }) {
    const settings = printSettings(ctx.db);
    const correction = correctionFromMeasurement(body);
    const next = { ...settings, calibrations: { ...settings.calibrations, [body.printer]: { ...NO_CALIBRATION, ...correction } } };
    return settingsView(ctx, putJsonSetting(ctx.db, PRINT_SETTINGS_KEY, DEFAULT_PRINT_SETTINGS, next, { actor: user.username, at }));
  },

  async tablePdf(ctx, { body, nowMs }) {
    const pdf = await renderTablesPdf(fontOrThrow(printSettings(ctx.db)), body, new Date(nowMs));
    return { pdfBase64: base64(pdf), title: body.title, use: null, verificationCode: null, notes: [] };
  },

  verifyCertificate: (ctx, { query }) => verifyCertificateCode(ctx.db, publicKey(ctx), query.code),
};

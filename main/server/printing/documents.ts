import type { DocumentRequest } from '../../contract/printing';
import type { SessionUser } from '../../contract/session';
import { loadTemplates, TemplateError } from '../../devices/printing/templates';
import { renderDocument } from '../../devices/printing/render';
import { maskIdNumber } from '../../domain/mask';
import { DOCUMENTS, isPrintable } from '../../domain/printing/documents';
import { documentValues, type PrintCase } from '../../domain/printing/values';
import { qrSignedText, qrText } from '../../domain/printing/verification';
import { violation } from '../../domain/rule-codes';
import { officeKey, signCanonical } from '../../exchange/signing';
import { latestArchiveContent } from '../../store/archive';
import { caseView } from '../../store/registrations/view';
import { ApiError } from '../api-error';
import type { HostContext } from '../handlers';
import { registrationContext } from '../registration';
import { effectiveOffice } from '../routes/settings';
import { calibrationOf, fontOrThrow, printSettings } from './settings';

export interface BuiltDocument {
  readonly pdf: Uint8Array;
  readonly title: string;
  readonly notes: readonly string[];
  readonly verificationCode: string | null;
  readonly stock: (typeof DOCUMENTS)[keyof typeof DOCUMENTS]['stock'];
  readonly certificateNumber: string | null;
  readonly caseId: number;
}

function imageFormat(bytes: Buffer): 'jpg' | 'png' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'jpg';
  if (bytes.subarray(1, 4).toString('latin1') === 'PNG') return 'png';
  return null;
}

/**
 * One copy of a document for a case, as the registrar asked (document, holder, printer): the case's values in the
 * office's template, the photo on file, the signed QR code, the printer's calibration. Refusals name the field.
 */
export async function buildDocument(ctx: HostContext, caseId: number, req: DocumentRequest, user: SessionUser, nowMs: number, background: boolean): Promise<BuiltDocument> {
  const rctx = registrationContext(ctx, user, nowMs);
  const view = caseView(ctx.db, caseId, rctx);
  if (!view) throw new ApiError('NOT_FOUND');
  if (!isPrintable(view, { document: req.document, holder: req.holder })) throw new ApiError('CASE_REFUSED', [violation('PRINT_NOT_PRINTABLE', 'document', `${DOCUMENTS[req.document].name}（${view.statusLabel}）`)]);
  const original = (view.kind === 'reissue' || view.kind === 'adoption_dissolution') && view.relatedCaseId !== null ? (caseView(ctx.db, view.relatedCaseId, rctx) ?? null) : null;
  let template;
  try {
    template = loadTemplates(ctx.templateDirs).get(req.document);
  } catch (e) {
    if (e instanceof TemplateError) throw new ApiError('INTERNAL', undefined, e.message);
    throw e;
  }
  if (!template) throw new ApiError('INTERNAL', undefined, `缺少打印模板 ${req.document}.json`);
  const settings = printSettings(ctx.db);
  const office = effectiveOffice(ctx);
  const printCase = view as PrintCase;
  const values = documentValues(req.document, printCase, req.holder, { officeName: office.officeName, registrarName: user.displayName, today: rctx.by.on, original: original as PrintCase | null });
  const notes: string[] = [];
  const wants = (kind: 'photo' | 'qr') => template.fields.some((f) => f.kind === kind);

  let photo = null;
  if (wants('photo')) {
    const found = latestArchiveContent(ctx.db, ctx.config.dataDir, original && view.kind === 'reissue' ? original.id : caseId, 'photo');
    const format = found ? imageFormat(found.content) : null;
    if (found && format) photo = { bytes: new Uint8Array(found.content), format };
    else notes.push(found ? '存档照片不是 JPEG 或 PNG，未套印照片，请粘贴照片' : '案件没有存档照片，未套印照片，请粘贴照片');
  }

  let qr: string | null = null;
  if (wants('qr') && settings.qrEnabled) {
    if (!ctx.config.provinceKey) notes.push('未配置本机关的 SM2 密钥（hall province keygen），证书未印验证二维码');
    else {
      const registration = view.kind === 'reissue' && original ? original : view;
      const holderParty = view.kind === 'reissue' ? view.parties[0] : view.parties[req.holder ?? 0];
      const claims = {
        certificateNumber: view.certificateNumber ?? '',
        registrationDate: registration.registeredOn ?? '',
        holderIdMasked: maskIdNumber(holderParty?.idNumber ?? ''),
        officeCode: office.officeCode,
      };
      qr = qrText(claims, signCanonical(qrSignedText(claims), officeKey(ctx.config.provinceKey)));
    }
  }

  const info = DOCUMENTS[req.document];
  const holderName = req.holder !== null ? (view.parties[req.holder]?.name ?? '') : '';
  const title = `${info.name}${holderName ? ` · ${holderName}` : ''}${view.certificateNumber ? ` · ${view.certificateNumber}` : ''}`;
  const out = await renderDocument({
    template, values, font: fontOrThrow(settings), correction: calibrationOf(settings, req.printer), background, photo, qr, title, at: new Date(nowMs),
  });
  if (!out.ok) throw new ApiError('CASE_REFUSED', [...out.violations]);
  return { pdf: out.pdf, title, notes, verificationCode: qr, stock: info.stock, certificateNumber: view.certificateNumber, caseId };
}

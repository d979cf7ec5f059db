import { CASE_KIND_LABELS } from '../case-labels';
import { nationalityName } from '../nationality';
import { isRuleCode, RULES } from '../rule-codes';
import type { DocumentId } from './documents';

/**
 * The text of every field of a document, from the case as the desk sees it. Only formatting lives here:
 * which case may print what is documents.ts, the boxes are the templates.
 */
export interface PrintParty {
  readonly name: string;
  readonly sex: 'male' | 'female';
  readonly birthDate: string;
  readonly idNumber: string;
  readonly nationality: string;
}

export interface PrintCase {
  readonly kind: 'marriage' | 'divorce' | 'reissue' | 'adoption' | 'adoption_dissolution';
  readonly status: string;
  readonly recordId: string;
  readonly acceptedOn: string | null;
  readonly registeredOn: string | null;
  readonly withdrawnOn: string | null;
  readonly certificateNumber: string | null;
  readonly facts: Readonly<Record<string, unknown>>;
  readonly parties: readonly PrintParty[];
  readonly periods: { readonly coolingOffEnds: string; readonly collectionStarts: string; readonly collectionEnds: string } | null;
  readonly statusChecks: readonly { readonly position: number; readonly made: boolean; readonly status: string | null }[];
}

export interface PrintContext {
  readonly officeName: string;
  /** The registrar printing, for the forms' 登记员 line. */
  readonly registrarName: string;
  /** The day of printing (the office's date). */
  readonly today: string;
  /** For a reissue, the registration it replaces; for a dissolution, the adoption it ends. */
  readonly original: PrintCase | null;
}

export type FieldValues = Readonly<Record<string, string>>;

/** 2026-05-20 → 2026年05月20日, as certificates print dates. */
export function chineseDate(d: string | null | undefined): string {
  if (!d) return '';
  const [y, m, day] = d.split('-');
  return `${y}年${m}月${day}日`;
}

const SEX: Record<PrintParty['sex'], string> = { male: '男', female: '女' };

function party(prefix: string, p: PrintParty | undefined): Record<string, string> {
  if (!p) return {};
  return {
    [`${prefix}Name`]: p.name,
    [`${prefix}Sex`]: SEX[p.sex],
    [`${prefix}Nationality`]: nationalityName(p.nationality),
    [`${prefix}BirthDate`]: chineseDate(p.birthDate),
    [`${prefix}IdNumber`]: p.idNumber,
  };
}

function parties(list: readonly PrintParty[]): Record<string, string> {
  return { ...party('p1', list[0]), ...party('p2', list[1]) };
}

function need<T>(v: T | null | undefined, what: string): T {
  if (v === null || v === undefined) throw new Error(`printing needs ${what}`);
  return v;
}

/** A 结婚证 or 离婚证: for a reissue, the parties and date of the original registration and a remark saying so. */
function coupleCertificate(c: PrintCase, holder: number, ctx: PrintContext): Record<string, string> {
  const reissue = c.kind === 'reissue';
  const registration = reissue ? need(ctx.original, 'the original registration') : c;
  const holderParty = reissue ? registration.parties.find((p) => p.idNumber === c.parties[0]?.idNumber) ?? c.parties[0] : c.parties[holder];
  const remark = reissue
    ? `补发。原证字号${registration.certificateNumber ?? ''}，于${chineseDate(c.registeredOn)}补发`
    : typeof c.facts['remarks'] === 'string' ? (c.facts['remarks'] as string) : '';
  return {
    holder: need(holderParty, `party ${holder}`).name,
    registrationDate: chineseDate(registration.registeredOn),
    certificateNumber: need(c.certificateNumber, 'a certificate number'),
    remarks: remark,
    ...parties(registration.parties),
  };
}

function adoptionCertificate(c: PrintCase): Record<string, string> {
  const adopters = c.parties.slice(0, -1);
  const child = c.parties[c.parties.length - 1];
  return {
    adopters: adopters.map((p) => p.name).join('、'),
    ...party('a1', adopters[0]),
    ...party('a2', adopters[1]),
    ...party('child', child),
    registrationDate: chineseDate(c.registeredOn),
    certificateNumber: need(c.certificateNumber, 'a certificate number'),
    remarks: typeof c.facts['remarks'] === 'string' ? (c.facts['remarks'] as string) : '',
  };
}

function dissolutionCertificate(c: PrintCase, ctx: PrintContext): Record<string, string> {
  const base = adoptionCertificate(c);
  return { ...base, adoptionCertificateNumber: ctx.original?.certificateNumber ?? String(c.facts['adoptionCertificateNumber'] ?? ''), adoptionDate: chineseDate(ctx.original?.registeredOn) };
}

function checksText(c: PrintCase): string {
  if (c.statusChecks.length === 0) return '未进行省级婚姻状况核验';
  return c.statusChecks
    .map((s) => `${c.parties[s.position]?.name ?? `当事人${s.position + 1}`}：${s.made ? `已核验（${s.status ?? '无记录'}）` : '未能核验'}`)
    .join('；');
}

function decisionText(c: PrintCase): string {
  switch (c.status) {
    case 'registered': return `予以登记，证书字号 ${c.certificateNumber ?? ''}`;
    case 'refused': return '不予登记';
    case 'withdrawn': return '当事人撤回申请';
    case 'deemed_withdrawn': return '视为撤回离婚登记申请';
    default: return '受理，待审查';
  }
}

function refusalCodes(c: PrintCase): string {
  const refusal = c.facts['refusal'] as { reason?: string; codes?: string[] } | undefined;
  const lines = (refusal?.codes ?? []).map((code) => (isRuleCode(code) ? `${RULES[code].message}（${code}）` : code));
  if (refusal?.reason) lines.push(refusal.reason);
  return lines.join('\n');
}

function withdrawingParty(c: PrintCase): string {
  const w = c.facts['withdrawal'] as { byParty?: number | null } | undefined;
  const by = w?.byParty;
  return typeof by === 'number' ? (c.parties[by]?.name ?? '') : '双方';
}

/** The values of every field of `document` for `holder`'s copy. Throws when the case cannot carry it (a bug: documents.ts decides). */
export function documentValues(document: DocumentId, c: PrintCase, holder: number | null, ctx: PrintContext): FieldValues {
  const common = { officeName: ctx.officeName, registrar: ctx.registrarName, printedOn: chineseDate(ctx.today), recordId: c.recordId };
  switch (document) {
    case 'marriage-certificate':
    case 'divorce-certificate':
      return { ...common, ...coupleCertificate(c, holder ?? 0, ctx) };
    case 'adoption-certificate':
      return { ...common, ...adoptionCertificate(c) };
    case 'adoption-dissolution-certificate':
      return { ...common, ...dissolutionCertificate(c, ctx) };
    case 'marriage-declaration':
    case 'divorce-declaration': {
      const me = c.parties[holder ?? 0];
      const other = c.parties[(holder ?? 0) === 0 ? 1 : 0];
      return { ...common, ...party('d', me), otherName: other?.name ?? '' };
    }
    case 'divorce-receipt':
      return {
        ...common, ...parties(c.parties),
        acceptedOn: chineseDate(c.acceptedOn),
        coolingOffEnd: chineseDate(c.periods?.coolingOffEnds),
        collectionStart: chineseDate(c.periods?.collectionStarts),
        collectionEnd: chineseDate(c.periods?.collectionEnds),
      };
    case 'withdrawal-confirmation':
      return { ...common, ...parties(c.parties), acceptedOn: chineseDate(c.acceptedOn), withdrawnOn: chineseDate(c.withdrawnOn), withdrawnBy: withdrawingParty(c) };
    case 'review-form':
      return {
        ...common, ...parties(c.parties),
        caseKind: CASE_KIND_LABELS[c.kind], acceptedOn: chineseDate(c.acceptedOn), checks: checksText(c), decision: decisionText(c),
        decidedOn: chineseDate(c.registeredOn ?? c.withdrawnOn ?? ctx.today),
      };
    case 'refusal-notice':
      return { ...common, ...parties(c.parties), caseKind: CASE_KIND_LABELS[c.kind], reasons: refusalCodes(c) };
  }
}

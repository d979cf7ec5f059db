import type { EntryPageView, HandEntryResult } from '../../contract/double-entry';
import type { Violation } from '../../contract/errors';
import { handEntryRow, HAND_ENTRY_FIELDS, type HandEntryValues } from '../../domain/backentry/compare';
import { checkRow } from '../../domain/backentry/dry-run';
import { DOUBLE_ENTRY_STATE_LABELS, resolutionRefusal } from '../../domain/backentry/double-entry';
import { BACK_ENTRY_FIELD_LABELS, type BackEntryRecord } from '../../domain/backentry/record';
import { ruleField, violation, type RuleCode } from '../../domain/rule-codes';
import { enterBackRecord } from '../../store/backentry/record';
import {
  entryPageValues, getBackEntrySettings, getEntryPage, listEntryPages, putBackEntrySettings, readEntryScan, resolveEntryPage, submitPageEntry,
  type EntryPage, type EnterWith,
} from '../../store/double-entry';
import { ApiError } from '../api-error';
import { officeDate } from '../clock';
import type { Handlers, HostContext } from '../handlers';
import { effectiveOffice } from './settings';

function pageView(page: EntryPage): EntryPageView {
  const { scanStoredAs: _stored, differences: _differences, problem: _problem, resolvedBy: _resolvedBy, ...shown } = page;
  return { ...shown, stateLabel: DOUBLE_ENTRY_STATE_LABELS[page.state] };
}

function plain(v: Violation): Violation {
  return { code: v.code, field: v.field, message: v.message };
}

/** The record a typed page reads as, by the import's own row checks; any error refuses it, naming the field. */
function checkedRecord(values: HandEntryValues, nowMs: number): { record: BackEntryRecord; warnings: string[] } {
  const check = checkRow(handEntryRow(values), officeDate(nowMs));
  if (check.record === null) throw new ApiError('VALIDATION', check.violations.filter((v) => v.severity === 'error').map(plain));
  return { record: check.record, warnings: check.violations.map((v) => v.code) };
}

/** The fields as stored for a page: trimmed, empty ones left out. */
function typed(values: HandEntryValues): HandEntryValues {
  return handEntryRow(values).values as HandEntryValues;
}

function officeCodeOf(ctx: HostContext): string {
  const { officeCode } = effectiveOffice(ctx);
  if (!/^\d{9}$/.test(officeCode)) throw new ApiError('VALIDATION', [violation('OFFICE_NOT_CONFIGURED', 'officeCode')]);
  return officeCode;
}

// What a browser can show beside the form, known by the file's first bytes rather than its name.
const IMAGE_SIGNATURES: readonly [string, (b: Buffer) => boolean][] = [
  ['image/png', (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ['image/jpeg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['image/gif', (b) => b.subarray(0, 4).toString('latin1') === 'GIF8'],
  ['image/webp', (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP'],
  ['image/bmp', (b) => b.subarray(0, 2).toString('latin1') === 'BM'],
];

function imageType(content: Buffer): string | null {
  return IMAGE_SIGNATURES.find(([, matches]) => matches(content))?.[0] ?? null;
}

function scanOf(scan: { fileName: string; contentBase64: string } | null): { fileName: string; content: Buffer } | null {
  if (scan === null) return null;
  const content = Buffer.from(scan.contentBase64, 'base64');
  if (imageType(content) === null) throw new ApiError('VALIDATION', [{ code: 'FIELD_FORMAT', field: 'scan', message: '扫描件：文件不是可显示的图片（PNG、JPEG、WebP、GIF 或 BMP）' }]);
  return { fileName: scan.fileName, content };
}

function refused(code: RuleCode): ApiError {
  return new ApiError('DOUBLE_ENTRY_REFUSED', [violation(code, ruleField(code) ?? 'id')]);
}

function pageOrThrow(ctx: HostContext, id: number): EntryPage {
  const page = getEntryPage(ctx.db, id);
  if (!page) throw new ApiError('NOT_FOUND', [{ code: 'NOT_FOUND', field: 'id', message: `档案页 ${id} 不存在` }]);
  return page;
}

function entered(ctx: HostContext, caseId: number, pageId: number | null, message: string): HandEntryResult {
  ctx.events.publish({ type: 'cases.changed', caseId });
  return { outcome: 'entered', caseId, pageId, message };
}

export const doubleEntryHandlers: Pick<
  Handlers,
  'getBackEntrySettings' | 'putBackEntrySettings' | 'enterByHand' | 'listEntryPages' | 'getEntryPageScan' | 'getEntryPageDifferences' | 'resolveEntryPage'
> = {
  getBackEntrySettings(ctx) {
    return getBackEntrySettings(ctx.db);
  },

  putBackEntrySettings(ctx, { body, user, at }) {
    const saved = putBackEntrySettings(ctx.db, body, { actor: user.username, at });
    ctx.events.publish({ type: 'settings.changed' });
    return saved;
  },

  enterByHand(ctx, { body, user, at, nowMs }) {
    const { record, warnings } = checkedRecord(body.values, nowMs);
    const officeCode = officeCodeOf(ctx);
    const scan = scanOf(body.scan);
    const by = { actor: user.username, name: user.displayName, at };
    const enter: EnterWith = { dataDir: ctx.config.dataDir, officeCode, warnings };
    const pageRef = body.pageRef || null;

    if (!getBackEntrySettings(ctx.db).doubleEntry) {
      const result = enterBackRecord(ctx.db, record, {
        method: 'hand', jobId: null, sourceFile: pageRef, sourceRow: null, officeCode, by, warnings, scan: scan && { dataDir: enter.dataDir, ...scan },
      });
      if (result.outcome !== 'entered') throw new ApiError('VALIDATION', [plain(result.violation)]);
      return entered(ctx, result.caseId, null, `已入库：案件 ${result.caseId}`);
    }

    const missing = [...(pageRef ? [] : [violation('DBL_PAGE_REF_REQUIRED', 'pageRef')]), ...(scan ? [] : [violation('DBL_SCAN_REQUIRED', 'scan')])];
    if (pageRef === null || scan === null) throw new ApiError('VALIDATION', missing);
    const result = submitPageEntry(ctx.db, { pageRef, scan, values: typed(body.values), record }, enter, by);
    // Blind: no answer to a clerk carries what the other typed, nor which fields differ.
    switch (result.outcome) {
      case 'awaiting_second':
        return { outcome: 'awaiting_second', caseId: null, pageId: result.page.id, message: '第一次录入已保存，待另一位登记员对照同一页再录入一次' };
      case 'disputed':
        return {
          outcome: 'disputed', caseId: null, pageId: result.page.id,
          message: result.page.problem ? `两次录入一致，但${result.page.problem.message}，已交主管处理` : '两次录入不一致，已交主管核对',
        };
      case 'entered':
        return entered(ctx, result.caseId, result.page.id, `两次录入一致，已入库：案件 ${result.caseId}`);
      case 'duplicate':
        return { outcome: 'duplicate', caseId: null, pageId: result.page.id, message: `两次录入一致，但${result.violation.message}，未新增记录` };
      case 'refused':
        throw refused(result.code);
      case 'clash':
        throw new ApiError('VALIDATION', [plain(result.violation)]);
    }
  },

  listEntryPages(ctx, { query }) {
    return { pages: listEntryPages(ctx.db, query.state).map(pageView) };
  },

  getEntryPageScan(ctx, { params }) {
    const page = pageOrThrow(ctx, params.id);
    const content = readEntryScan(ctx.config.dataDir, page);
    return { fileName: page.scanName, mimeType: imageType(content) ?? 'application/octet-stream', contentBase64: content.toString('base64') };
  },

  getEntryPageDifferences(ctx, { params, user }) {
    const page = pageOrThrow(ctx, params.id);
    const refusal = resolutionRefusal(page, user.username);
    if (refusal) throw refused(refusal);
    const { first, second } = entryPageValues(ctx.db, page.id);
    const differing = new Set<string>(page.differences);
    // Whole values, ID numbers too: the third person settles the record against the scan.
    const fields = HAND_ENTRY_FIELDS.map((field) => ({
      field, label: BACK_ENTRY_FIELD_LABELS[field], agree: !differing.has(field), first: first[field] ?? null, second: second?.[field] ?? null,
    }));
    return { page: pageView(page), fields, problem: page.problem };
  },

  resolveEntryPage(ctx, { params, body, user, at, nowMs }) {
    pageOrThrow(ctx, params.id);
    const { record, warnings } = checkedRecord(body.values, nowMs);
    const enter: EnterWith = { dataDir: ctx.config.dataDir, officeCode: officeCodeOf(ctx), warnings };
    const result = resolveEntryPage(ctx.db, params.id, { values: typed(body.values), record }, enter, { actor: user.username, name: user.displayName, at });
    switch (result.outcome) {
      case 'entered':
        return entered(ctx, result.caseId, result.page.id, `已核定入库：案件 ${result.caseId}`);
      case 'duplicate':
        return { outcome: 'duplicate', caseId: null, pageId: result.page.id, message: `${result.violation.message}，未新增记录` };
      case 'refused':
        throw refused(result.code);
      case 'clash':
        throw new ApiError('VALIDATION', [plain(result.violation)]);
    }
  },
};

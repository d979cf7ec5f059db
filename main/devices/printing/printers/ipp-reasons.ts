import type { PrinterInfo } from './types';

/**
 * Reading CUPS's answers: printer and job states, and the reason a job did not print, in the printer's
 * own words. Pure, so every answer CUPS gives can be tested without a cupsd.
 */
export type IppAttributes = Readonly<Record<string, unknown>>;

/** The keywords that say nothing is wrong. */
const QUIET_REASONS = new Set(['none', 'job-completed-successfully', 'job-printing', 'job-incoming', 'job-queued', 'processing-to-stop-point']);
/** A job in one of these will not print without someone acting on the printer: waiting longer does not help. */
const STUCK_REASONS = new Set(['printer-stopped', 'job-hold-until-specified', 'cups-held-for-authentication', 'job-held-for-review']);

/** The ipp package joins a textWithLanguage value as language, this separator, text. */
const LANGUAGE_SEPARATOR = '\u001e';

/** Every value of an attribute as text; a textWithLanguage value keeps only its text. */
export function texts(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.map((v) => String(v).split(LANGUAGE_SEPARATOR).pop()!.trim()).filter((v) => v !== '');
}

function firstText(value: unknown): string | null {
  return texts(value)[0] ?? null;
}

/** The distinct things a printer or job said, in order, as one line. */
function joinWords(words: readonly string[]): string | null {
  const distinct = [...new Set(words.filter((w) => !QUIET_REASONS.has(w)))];
  return distinct.length > 0 ? distinct.join('; ') : null;
}

/** What the printer says about itself: its state message, then its state reasons. */
export function printerWords(attrs: IppAttributes): string | null {
  return joinWords([...texts(attrs['printer-state-message']), ...texts(attrs['printer-state-reasons'])]);
}

export function printerInfo(attrs: IppAttributes, defaultName: string | null): PrinterInfo {
  const name = firstText(attrs['printer-name']) ?? '';
  return { name, kind: 'cups', isDefault: name === defaultName, state: printerState(attrs['printer-state']), message: printerWords(attrs) };
}

function printerState(value: unknown): PrinterInfo['state'] {
  switch (firstText(value)) {
    case 'idle':
      return 'idle';
    case 'processing':
      return 'printing';
    case 'stopped':
      return 'stopped';
    default:
      return 'unknown';
  }
}

/** Why a printer cannot take a job now (stopped, or refusing jobs); null when it can. */
export function printerRefusal(attrs: IppAttributes): string | null {
  const stopped = firstText(attrs['printer-state']) === 'stopped';
  const refusing = attrs['printer-is-accepting-jobs'] === false;
  if (!stopped && !refusing) return null;
  const fallback = stopped ? 'printer-state: stopped' : 'printer-is-accepting-jobs: false';
  return printerWords(attrs) ?? fallback;
}

export type JobOutcome =
  | { readonly kind: 'completed'; readonly detail: string | null }
  /** `live`: the job still sits in the queue and would print once someone fixes the printer. */
  | { readonly kind: 'failed'; readonly reason: string; readonly live: boolean }
  | { readonly kind: 'waiting'; readonly reason: string };

/** Said when CUPS gives a job's state and nothing more. */
const JOB_STATE_LABELS: Readonly<Record<string, string>> = {
  pending: '打印任务仍在排队',
  'pending-held': '打印任务被挂起',
  processing: '打印任务仍在打印',
  'processing-stopped': '打印任务已停止',
  canceled: '打印任务被取消',
  aborted: '打印任务被中止',
};

/** What the job, and the printer it is on, say about it: the printer's words first, then the job's reasons. */
export function jobWords(attrs: IppAttributes): string {
  const state = firstText(attrs['job-state']) ?? 'unknown';
  const words = joinWords([
    ...texts(attrs['job-printer-state-message']),
    ...texts(attrs['job-state-message']),
    ...texts(attrs['job-state-reasons']),
    ...texts(attrs['job-printer-state-reasons']),
  ]);
  return words ?? `${JOB_STATE_LABELS[state] ?? '打印任务状态未知'}（job-state: ${state}）`;
}

/** Where a job stands, from Get-Job-Attributes. */
export function jobOutcome(attrs: IppAttributes): JobOutcome {
  const state = firstText(attrs['job-state']);
  switch (state) {
    case 'completed':
      return { kind: 'completed', detail: firstText(attrs['job-printer-state-message']) };
    case 'aborted':
    case 'canceled':
      return { kind: 'failed', reason: jobWords(attrs), live: false };
    case 'processing-stopped':
    case 'pending-held':
      return { kind: 'failed', reason: jobWords(attrs), live: true };
    default: {
      const stuck = texts(attrs['job-state-reasons']).some((r) => STUCK_REASONS.has(r));
      return stuck ? { kind: 'failed', reason: jobWords(attrs), live: true } : { kind: 'waiting', reason: jobWords(attrs) };
    }
  }
}

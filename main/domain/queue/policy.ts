/** Why a ticket is served before others (elderly is read from the ID number; the others are checked by staff). */
export const PRIORITY_REASONS = ['elderly', 'disabled', 'military', 'appointment'] as const;
export type PriorityReason = (typeof PRIORITY_REASONS)[number];

export const PRIORITY_LABELS: Readonly<Record<PriorityReason, string>> = {
  elderly: '老年人',
  disabled: '残疾人',
  military: '现役军人',
  appointment: '预约时段内',
};

export const POLICY_MODES = ['strict', 'ratio', 'after_wait'] as const;
export type PolicyMode = (typeof POLICY_MODES)[number];

export const POLICY_MODE_LABELS: Readonly<Record<PolicyMode, string>> = {
  strict: '优先号始终优先',
  ratio: '按比例（普通号与优先号轮流）',
  after_wait: '优先号等候满规定时间后优先',
};

/** The hall's queue settings; every figure is the office's to set. */
export interface QueuePolicy {
  readonly mode: PolicyMode;
  /** For 'ratio': this many ordinary calls, then this many priority calls, at each window. */
  readonly ratio: { readonly ordinary: number; readonly priority: number };
  /** For 'after_wait': a priority ticket goes first once it has waited this long. */
  readonly afterWaitMinutes: number;
  /** Fairness bound: an ordinary ticket that has waited this long is called next whatever the policy. */
  readonly maxOrdinaryWaitMinutes: number;
  readonly recallDelaySeconds: number;
  /** A called ticket may be marked absent (过号) only after this many calls. */
  readonly noShowAfterCalls: number;
  readonly elderlyAge: number;
  /** An appointment counts as "within its slot" from this many minutes before the slot to its end. */
  readonly appointmentEarlyMinutes: number;
  /** The board shows names masked (张*三) or not at all. */
  readonly boardNames: 'masked' | 'hidden';
  readonly prefixes: Readonly<Record<string, string>>;
}

export const DEFAULT_POLICY: QueuePolicy = {
  mode: 'ratio',
  ratio: { ordinary: 2, priority: 1 },
  afterWaitMinutes: 10,
  maxOrdinaryWaitMinutes: 45,
  recallDelaySeconds: 30,
  noShowAfterCalls: 3,
  elderlyAge: 60,
  appointmentEarlyMinutes: 15,
  boardNames: 'masked',
  prefixes: {},
};

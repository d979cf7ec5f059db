import type { RuleCode } from '../rule-codes';

/**
 * 双人录入: a page typed by one clerk waits for a second, who types it blind; both agreeing enters
 * the record, a difference goes to a third person. Entered and duplicate are final.
 */
export const DOUBLE_ENTRY_STATES = ['awaiting_second', 'disputed', 'entered', 'duplicate'] as const;
export type DoubleEntryState = (typeof DOUBLE_ENTRY_STATES)[number];

export const DOUBLE_ENTRY_STATE_LABELS: Readonly<Record<DoubleEntryState, string>> = {
  awaiting_second: '待第二人录入',
  disputed: '待主管核对',
  entered: '已入库',
  duplicate: '已有此记录',
};

/** Who has typed a page so far, and where it stands. */
export interface PageClerks {
  readonly state: DoubleEntryState;
  readonly firstBy: string;
  readonly secondBy: string | null;
}

/** Why `actor` may not type this page now (the page's entries are not for them to meet), or null. */
export function secondEntryRefusal(page: PageClerks, actor: string): RuleCode | null {
  if (page.state === 'entered' || page.state === 'duplicate') return 'DBL_PAGE_CLOSED';
  if (page.state === 'disputed') return 'DBL_PAGE_DISPUTED';
  // A clerk who types a page twice repeats their own misreading: the second pair of eyes must be another's.
  if (page.firstBy === actor) return 'DBL_SAME_CLERK';
  return null;
}

/** Why `actor` may not see both entries or decide between them, or null: only a third person, and only on a disputed page. */
export function resolutionRefusal(page: PageClerks, actor: string): RuleCode | null {
  if (page.state !== 'disputed') return 'DBL_NOT_DISPUTED';
  if (actor === page.firstBy || actor === page.secondBy) return 'DBL_RESOLVER_WAS_CLERK';
  return null;
}

import { assertNever } from './assert-never';

/**
 * A marriage case's life: accepted at the window, then registered or refused (不予登记);
 * a registration is revoked (撤销) only on a documented basis (rules/revocation.ts).
 */
export const MARRIAGE_STATUSES = ['draft', 'accepted', 'registered', 'refused', 'revoked'] as const;
export type MarriageStatus = (typeof MARRIAGE_STATUSES)[number];

export const MARRIAGE_ACTIONS = ['accept', 'register', 'refuse', 'revoke'] as const;
export type MarriageAction = (typeof MARRIAGE_ACTIONS)[number];

export const MARRIAGE_STATUS_LABELS: Readonly<Record<MarriageStatus, string>> = {
  draft: '待受理',
  accepted: '已受理',
  registered: '已登记',
  refused: '不予登记',
  revoked: '已撤销',
};

/** The status after `action`, or null when the action is not allowed from `from` (CASE_STATE). */
export function nextMarriageStatus(from: MarriageStatus, action: MarriageAction): MarriageStatus | null {
  switch (from) {
    case 'draft':
      return action === 'accept' ? 'accepted' : action === 'refuse' ? 'refused' : null;
    case 'accepted':
      return action === 'register' ? 'registered' : action === 'refuse' ? 'refused' : null;
    case 'registered':
      return action === 'revoke' ? 'revoked' : null;
    case 'refused':
    case 'revoked':
      // Never reopened: a new application is a new case, and a revocation is final.
      return null;
    default:
      return assertNever(from, 'marriage status');
  }
}

import { describe, expect, it } from 'vitest';
import { MARRIAGE_ACTIONS, MARRIAGE_STATUSES, nextMarriageStatus } from '../../../main/domain/marriage-status';

describe('the marriage case state machine', () => {
  it('goes draft → accepted → registered → revoked', () => {
    expect(nextMarriageStatus('draft', 'accept')).toBe('accepted');
    expect(nextMarriageStatus('accepted', 'register')).toBe('registered');
    expect(nextMarriageStatus('registered', 'revoke')).toBe('revoked');
  });

  it('refuses (不予登记) from draft or accepted', () => {
    expect(nextMarriageStatus('draft', 'refuse')).toBe('refused');
    expect(nextMarriageStatus('accepted', 'refuse')).toBe('refused');
  });

  it('allows exactly those five moves, and nothing out of refused or revoked', () => {
    const allowed = MARRIAGE_STATUSES.flatMap((from) =>
      MARRIAGE_ACTIONS.flatMap((action) => {
        const to = nextMarriageStatus(from, action);
        return to === null ? [] : [`${from} -${action}-> ${to}`];
      }),
    );
    expect(allowed).toEqual([
      'draft -accept-> accepted',
      'draft -refuse-> refused',
      'accepted -register-> registered',
      'accepted -refuse-> refused',
      'registered -revoke-> revoked',
    ]);
  });
});

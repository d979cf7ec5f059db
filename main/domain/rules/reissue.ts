import type { LocalDate, OfficeFacts, PartyInput, Violation } from '../case-types';
import { checkParties } from '../identity';
import { violation } from '../rule-codes';

/** What the desk knows when a party asks for a new 结婚证 or 离婚证 (补领). */
export interface ReissueFacts {
  readonly kind: 'marriage' | 'divorce';
  /** The original registration in the archive; null when none is found. */
  readonly original: { readonly certificateNumber: string; readonly registeredOn: LocalDate } | null;
  /** for a 结婚证: the marriage has since been dissolved (divorce registered or revoked/null) */
  readonly marriageDissolved: boolean;
  /** for a 离婚证: the two have since remarried each other */
  readonly remarriedToEachOther: boolean;
  readonly applicant: PartyInput;
  readonly office: OfficeFacts;
}

/** Every reason to refuse a reissue on `on`. The applicant's fields are named 'applicant.…'. */
export function checkReissue(f: ReissueFacts, on: LocalDate): Violation[] {
  const found: Violation[] = [];
  if (f.original === null) {
    found.push(violation('REI_RECORD_NOT_FOUND', 'original'));
  } else if (f.kind === 'marriage' && f.marriageDissolved) {
    found.push(violation('REI_STATUS_CHANGED', 'original', '该婚姻已解除或被撤销、宣告无效'));
  } else if (f.kind === 'divorce' && f.remarriedToEachOther) {
    found.push(violation('REI_STATUS_CHANGED', 'original', '双方已复婚'));
  }
  for (const v of checkParties([f.applicant], on, f.office, 'applicant')) {
    found.push({ ...v, field: v.field.replace(/^applicant\.0(?=\.|$)/, 'applicant') });
  }
  return found;
}

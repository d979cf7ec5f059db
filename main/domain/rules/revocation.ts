import type { LocalDate, Violation } from '../case-types';
import { compareDates, isValidDate } from '../dates';
import { violation } from '../rule-codes';

/** The documents a registration may be revoked on (婚姻登记条例; 民法典 1051 for nullity). */
export const REVOCATION_BASES = ['court_judicial_advice', 'procuratorate_advice', 'police_finding', 'court_nullity_judgment'] as const;
export type RevocationBasis = (typeof REVOCATION_BASES)[number];

export const REVOCATION_BASIS_LABELS: Readonly<Record<RevocationBasis, string>> = {
  court_judicial_advice: '司法建议书',
  procuratorate_advice: '检察建议书',
  police_finding: '公安机关认定',
  court_nullity_judgment: '法院宣告婚姻无效判决',
};

export interface RevocationFacts {
  readonly basis: { readonly kind: RevocationBasis; readonly documentNumber: string; readonly issuedOn: LocalDate } | null;
  /** The status of the case to revoke; only a registered one can be. */
  readonly caseStatus: string;
}

/** Every reason a manager may not revoke a registration on `on`: no document to rest on, or nothing registered. */
export function checkRevocation(f: RevocationFacts, on: LocalDate): Violation[] {
  const found: Violation[] = [];
  const { basis } = f;
  if (basis === null) {
    found.push(violation('REV_NO_BASIS', 'basis'));
  } else {
    if (!(REVOCATION_BASES as readonly string[]).includes(basis.kind)) {
      found.push(violation('REV_NO_BASIS', 'basis.kind', '依据类型无法识别'));
    }
    if (basis.documentNumber.trim() === '') {
      found.push(violation('REV_NO_BASIS', 'basis.documentNumber', '缺少文书编号'));
    }
    if (!isValidDate(basis.issuedOn)) {
      found.push(violation('REV_NO_BASIS', 'basis.issuedOn', '文书日期无效'));
    } else if (compareDates(basis.issuedOn, on) > 0) {
      found.push(violation('REV_NO_BASIS', 'basis.issuedOn', `文书日期 ${basis.issuedOn} 晚于今天`));
    }
  }
  if (f.caseStatus !== 'registered') found.push(violation('CASE_STATE', 'status', '只能撤销已登记的案件'));
  return found;
}

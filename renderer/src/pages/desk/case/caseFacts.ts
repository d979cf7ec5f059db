import type { CaseView } from '../../../../../main/contract';
import { partyLabel } from '../labels';
import type { RevocationBasis } from '../../../../../main/domain/rules/revocation';

/** The facts the host keeps per kind of case, read defensively: `facts` is a free record in the contract. */
export interface CaseFactsView {
  readonly marriageCertificateNumber?: string;
  readonly agreementSigned?: boolean;
  readonly fullCapacity?: readonly boolean[];
  readonly terms?: { readonly childrenArranged: boolean; readonly propertyAndDebtsAgreed: boolean; readonly confirmedOn: string };
  readonly withdrawal?: { readonly byParty: number | null; readonly deemed: boolean };
  readonly certificateKind?: 'marriage' | 'divorce';
  readonly originalCertificateNumber?: string;
  readonly overrideRequested?: { readonly by: string; readonly at: string; readonly note: string };
  readonly unverifiedOverride?: { readonly by: string; readonly reason: string };
  readonly refusal?: { readonly reason: string; readonly codes: readonly string[] };
  readonly revocation?: {
    readonly basis: { readonly kind: RevocationBasis; readonly documentNumber: string; readonly issuedOn: string };
    readonly remark: string;
    readonly on: string;
    readonly by: string;
  };
}

export function factsOf(view: CaseView): CaseFactsView {
  return view.facts as CaseFactsView;
}

export type DivorcePhase = 'cooling_off' | 'collection' | 'over' | 'closed';

/** Which period an open divorce is in today (the host's periods, the office's date). */
export function divorcePhase(view: CaseView, today: string): DivorcePhase {
  const p = view.periods;
  if (view.status !== 'accepted' || !p) return 'closed';
  if (today <= p.coolingOffEnds) return 'cooling_off';
  if (today <= p.collectionEnds) return 'collection';
  return 'over';
}

/** What the number in a case's header certifies. */
export function certificateLabel(kind: CaseView['kind']): string {
  if (kind === 'adoption') return '收养登记证编号';
  if (kind === 'adoption_dissolution') return '解除收养关系证明编号';
  return '证书编号';
}

/** A party's place in the case: an adoption's adopters come first and the child last. */
export function partyRole(view: CaseView, position: number): string {
  const n = view.parties.length;
  if (view.kind === 'adoption' || view.kind === 'adoption_dissolution') {
    if (position === n - 1) return '被收养人';
    return n === 2 ? '收养人' : `收养人${position === 0 ? '一' : '二'}`;
  }
  return n === 1 ? '申请人' : partyLabel(position);
}

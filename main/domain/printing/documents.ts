import type { StockType } from './stock';

/**
 * What the desk prints: four certificates on controlled blank stock (套打 on pre-printed booklets) and the A4
 * forms of the workflows in domain.md. A document is printable for a case in some states only, and a
 * certificate is printed once per holder (each party of a marriage or divorce holds one).
 */
export const DOCUMENT_IDS = [
  'marriage-certificate', 'divorce-certificate', 'adoption-certificate', 'adoption-dissolution-certificate',
  'marriage-declaration', 'divorce-declaration', 'divorce-receipt', 'withdrawal-confirmation', 'review-form', 'refusal-notice',
] as const;
export type DocumentId = (typeof DOCUMENT_IDS)[number];

export interface DocumentInfo {
  readonly id: DocumentId;
  readonly name: string;
  /** The blank it consumes; null for a form on plain A4 paper. */
  readonly stock: StockType | null;
}

export const DOCUMENTS: Readonly<Record<DocumentId, DocumentInfo>> = {
  'marriage-certificate': { id: 'marriage-certificate', name: '结婚证', stock: 'marriage' },
  'divorce-certificate': { id: 'divorce-certificate', name: '离婚证', stock: 'divorce' },
  'adoption-certificate': { id: 'adoption-certificate', name: '收养登记证', stock: 'adoption' },
  'adoption-dissolution-certificate': { id: 'adoption-dissolution-certificate', name: '解除收养关系证明', stock: 'adoption_dissolution' },
  'marriage-declaration': { id: 'marriage-declaration', name: '申请结婚登记声明书', stock: null },
  'divorce-declaration': { id: 'divorce-declaration', name: '申请离婚登记声明书', stock: null },
  'divorce-receipt': { id: 'divorce-receipt', name: '离婚登记申请受理回执单', stock: null },
  'withdrawal-confirmation': { id: 'withdrawal-confirmation', name: '撤回离婚登记申请确认单', stock: null },
  'review-form': { id: 'review-form', name: '审查处理表', stock: null },
  'refusal-notice': { id: 'refusal-notice', name: '不予登记告知书', stock: null },
};

export interface CaseForDocuments {
  readonly kind: 'marriage' | 'divorce' | 'reissue' | 'adoption' | 'adoption_dissolution';
  readonly status: string;
  readonly acceptedOn: string | null;
  readonly parties: readonly unknown[];
  readonly facts: Readonly<Record<string, unknown>>;
}

/** One printing of a document: for a certificate or a declaration, whose copy it is (party position). */
export interface Printable {
  readonly document: DocumentId;
  readonly holder: number | null;
}

function reissueKind(c: CaseForDocuments): 'marriage' | 'divorce' | null {
  const k = c.facts['certificateKind'];
  return k === 'marriage' || k === 'divorce' ? k : null;
}

const eachParty = (c: CaseForDocuments, document: DocumentId): Printable[] => c.parties.map((_, holder) => ({ document, holder }));

/** Every document the desk may print for the case as it stands, in the order a registrar prints them. */
export function printablesOf(c: CaseForDocuments): Printable[] {
  const registered = c.status === 'registered';
  const out: Printable[] = [];
  const reviewed = ['accepted', 'registered', 'refused', 'withdrawn', 'deemed_withdrawn', 'dissolved'].includes(c.status);
  switch (c.kind) {
    case 'marriage':
      if (['draft', 'accepted', 'registered'].includes(c.status)) out.push(...eachParty(c, 'marriage-declaration'));
      if (registered) out.push(...eachParty(c, 'marriage-certificate'));
      break;
    case 'divorce':
      out.push(...eachParty(c, 'divorce-declaration'));
      if (c.acceptedOn) out.push({ document: 'divorce-receipt', holder: null });
      if (c.status === 'withdrawn') out.push({ document: 'withdrawal-confirmation', holder: null });
      if (registered) out.push(...eachParty(c, 'divorce-certificate'));
      break;
    case 'reissue': {
      const kind = reissueKind(c);
      if (registered && kind) out.push({ document: kind === 'marriage' ? 'marriage-certificate' : 'divorce-certificate', holder: 0 });
      break;
    }
    case 'adoption':
      if (registered) out.push({ document: 'adoption-certificate', holder: null });
      break;
    case 'adoption_dissolution':
      if (registered) out.push({ document: 'adoption-dissolution-certificate', holder: null });
      break;
  }
  if (reviewed) out.push({ document: 'review-form', holder: null });
  if (c.status === 'refused') out.push({ document: 'refusal-notice', holder: null });
  return out;
}

export function isPrintable(c: CaseForDocuments, p: Printable): boolean {
  return printablesOf(c).some((x) => x.document === p.document && x.holder === p.holder);
}

import type { z } from 'zod';
import type { CasePrintsView } from '../../../../../../main/contract/printing';
import { DOCUMENTS, type DocumentId } from '../../../../../../main/domain/printing/documents';

export type CasePrints = z.infer<typeof CasePrintsView>;
export type Printable = CasePrints['printables'][number];
export type PrintUse = CasePrints['uses'][number];

/** One document for one holder: the row a registrar previews and prints. */
export const printableKey = (p: { readonly document: string; readonly holder: number | null }): string => `${p.document}:${p.holder ?? '-'}`;

const useKey = (u: PrintUse): string => `${u.document ?? ''}:${u.holderPosition ?? '-'}`;

/** 结婚证 · 张三: the document and whose copy it is. */
export function printableTitle(p: Pick<Printable, 'name' | 'holderName'>): string {
  return p.holderName ? `${p.name} · ${p.holderName}` : p.name;
}

/** The printable a used blank carried, or a stand-in when the case no longer lists it (a revoked registration). */
export function printableOfUse(prints: CasePrints, u: PrintUse): Printable | null {
  const listed = prints.printables.find((p) => printableKey(p) === useKey(u));
  if (listed) return listed;
  if (!u.document || !Object.hasOwn(DOCUMENTS, u.document)) return null;
  const info = DOCUMENTS[u.document as DocumentId];
  return { document: info.id, name: info.name, holder: u.holderPosition, holderName: null, stock: info.stock, paper: 'booklet' };
}

/** The certificate in hand for the printable: its latest printed (not voided) blank. */
export function printedUse(prints: CasePrints, p: Printable): PrintUse | null {
  return prints.uses.filter((u) => u.outcome === 'printed' && useKey(u) === printableKey(p)).at(-1) ?? null;
}

export const wasVoided = (prints: CasePrints, p: Printable): boolean => prints.uses.some((u) => u.outcome === 'spoiled' && useKey(u) === printableKey(p));

/** F9 opens this one: the first certificate the case still has to print. */
export function firstUnprintedCertificate(prints: CasePrints): Printable | null {
  return prints.printables.find((p) => p.stock !== null && !printedUse(prints, p)) ?? null;
}

/** The copy a voided blank is reprinted as: only from its latest use, while the case lists it and nobody holds it printed. */
export function reprintOf(prints: CasePrints, u: PrintUse): Printable | null {
  if (u.outcome !== 'spoiled' || prints.uses.filter((o) => useKey(o) === useKey(u)).at(-1) !== u) return null;
  const p = prints.printables.find((x) => printableKey(x) === useKey(u));
  return p && !printedUse(prints, p) ? p : null;
}

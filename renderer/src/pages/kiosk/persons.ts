import type { z } from 'zod';
import type { CardReadingView, TicketPerson } from '../../../../main/contract';

export type KioskPerson = z.input<typeof TicketPerson>;

/** A card read at the kiosk as the ticket names the person; null when the chip gave no number or name. */
export function personFromCard(identity: CardReadingView['identity']): KioskPerson | null {
  const idNumber = identity.idNumber?.trim();
  const name = (identity.name ?? identity.nameEnglish)?.trim();
  if (!idNumber || !name) return null;
  return { idType: identity.cardType, idNumber, name, verified: 'reader' };
}

/** A window as the print card weighs it: whether it is in use today, and who has it open. */
export interface WindowChoiceInput {
  readonly id: number;
  readonly active: boolean;
  readonly openBy: { readonly id: number } | null;
}

/**
 * The window whose blanks certificates take: the one chosen on this page; else the one remembered from last time,
 * if this registrar has it open today; else the first window they have open; else the remembered one; else none.
 */
export function chooseWindow(windows: readonly WindowChoiceInput[], me: number | undefined, chosen: number | null, remembered: number | null): number | null {
  const usable = windows.filter((w) => w.active);
  const mine = usable.filter((w) => w.openBy !== null && w.openBy.id === me);
  const among = (list: readonly WindowChoiceInput[], id: number | null) => list.find((w) => w.id === id)?.id ?? null;
  return among(usable, chosen) ?? among(mine, remembered) ?? mine[0]?.id ?? among(usable, remembered);
}

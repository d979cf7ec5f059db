/** One row of a sheet: its cells as display text, and its 1-based number as the spreadsheet shows it. */
export interface SheetRow {
  readonly rowNumber: number;
  readonly cells: string[];
}

/** A file that is not a readable sheet: the row where reading stopped, and why. */
export class SheetFormatError extends Error {
  constructor(
    readonly code: 'CSV_UNTERMINATED_QUOTE',
    readonly rowNumber: number,
    message: string,
  ) {
    super(message);
    this.name = 'SheetFormatError';
  }
}

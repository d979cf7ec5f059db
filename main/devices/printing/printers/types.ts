/** A printer the OS offers, as the desk's printer picker shows it. */
export interface PrinterInfo {
  readonly name: string;
  readonly kind: 'cups' | 'windows' | 'pdf-folder';
  readonly isDefault: boolean;
  readonly state: 'idle' | 'printing' | 'stopped' | 'unknown';
  /** The printer's own status text (e.g. "Out of paper"); null when it says nothing. */
  readonly message: string | null;
}

/** A job the printer took: `completed` once the spooler finished it, `written` for a PDF folder. */
export interface PrintJobResult {
  readonly printer: string;
  readonly jobId: string;
  readonly state: 'completed' | 'written';
  readonly detail: string | null;
}

/** A job that did not print; `reason` is what the printer or its spooler said, for the registrar to act on. */
export class PrintJobError extends Error {
  constructor(
    readonly printer: string,
    readonly reason: string,
  ) {
    super(printer ? `${printer}: ${reason}` : reason);
    this.name = 'PrintJobError';
  }
}

export interface PrinterSystem {
  list(): Promise<PrinterInfo[]>;
  /** `printer` null: the configured printer (HALL_PRINTER), else the OS default. */
  print(printer: string | null, pdf: Uint8Array, title: string): Promise<PrintJobResult>;
}

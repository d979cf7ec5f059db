import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { cupsServer, IppRefusal, ippRequest } from './ipp-client';
import { jobOutcome, printerInfo, printerRefusal, texts, type IppAttributes } from './ipp-reasons';
import { PrintJobError, type PrinterInfo, type PrinterSystem, type PrintJobResult } from './types';

export interface CupsOptions {
  /** CUPS_SERVER syntax: `host[:port]` or a socket path. */
  readonly server: string;
  /** HALL_PRINTER when it names a printer: used when a print names none. */
  readonly configured: string | undefined;
  /** A job not finished by then is cancelled, so it cannot come out later on a blank the desk already re-used. */
  readonly jobTimeoutMs?: number;
  readonly pollMs?: number;
}

const PRINTER_ATTRIBUTES = ['printer-name', 'printer-state', 'printer-state-message', 'printer-state-reasons', 'printer-is-accepting-jobs'];
const JOB_ATTRIBUTES = ['job-id', 'job-state', 'job-state-reasons', 'job-state-message', 'job-printer-state-message', 'job-printer-state-reasons'];

/** Printers of a CUPS server over IPP (Linux, macOS, UOS, Kylin). */
export function cupsPrinterSystem(opts: CupsOptions): PrinterSystem {
  const server = cupsServer(opts.server);
  const user = requestingUser();
  const jobTimeoutMs = opts.jobTimeoutMs ?? 60_000;
  const pollMs = opts.pollMs ?? 250;

  async function defaultPrinter(): Promise<string | null> {
    try {
      const res = await ippRequest(server, { operation: 'CUPS-Get-Default', resource: '/', attributes: { 'requested-attributes': ['printer-name'] } });
      return texts(groups(res['printer-attributes-tag'])[0]?.['printer-name'])[0] ?? null;
    } catch (err) {
      if (err instanceof IppRefusal && err.status === 'client-error-not-found') return null;
      throw err;
    }
  }

  async function printerAttributes(printer: string): Promise<IppAttributes> {
    const res = await ippRequest(server, {
      operation: 'Get-Printer-Attributes',
      resource: printerResource(printer),
      attributes: { 'printer-uri': server.printerUri(printer), 'requesting-user-name': user, 'requested-attributes': PRINTER_ATTRIBUTES },
    });
    return groups(res['printer-attributes-tag'])[0] ?? {};
  }

  async function jobAttributes(printer: string, jobId: number): Promise<IppAttributes> {
    const res = await ippRequest(server, {
      operation: 'Get-Job-Attributes',
      resource: printerResource(printer),
      attributes: { 'printer-uri': server.printerUri(printer), 'job-id': jobId, 'requesting-user-name': user, 'requested-attributes': JOB_ATTRIBUTES },
    });
    return groups(res['job-attributes-tag'])[0] ?? {};
  }

  /** Best effort: the job is already reported as failed, and a cancel that fails changes nothing about that. */
  async function cancel(printer: string, jobId: number): Promise<void> {
    await ippRequest(server, {
      operation: 'Cancel-Job',
      resource: printerResource(printer),
      attributes: { 'printer-uri': server.printerUri(printer), 'job-id': jobId, 'requesting-user-name': user },
    }).catch(() => undefined);
  }

  async function submit(printer: string, pdf: Uint8Array, title: string): Promise<number> {
    const res = await ippRequest(server, {
      operation: 'Print-Job',
      resource: printerResource(printer),
      attributes: { 'printer-uri': server.printerUri(printer), 'requesting-user-name': user, 'job-name': title, 'document-format': 'application/pdf' },
      document: pdf,
    });
    const jobId = groups(res['job-attributes-tag'])[0]?.['job-id'];
    if (typeof jobId !== 'number') throw new PrintJobError(printer, `Print-Job 的应答没有 job-id（${res.statusCode ?? ''}）`);
    return jobId;
  }

  async function awaitJob(printer: string, jobId: number): Promise<PrintJobResult> {
    const deadline = Date.now() + jobTimeoutMs;
    for (;;) {
      const attrs = await jobAttributes(printer, jobId);
      const outcome = jobOutcome(attrs);
      if (outcome.kind === 'completed') return { printer, jobId: String(jobId), state: 'completed', detail: outcome.detail };
      if (outcome.kind === 'failed') {
        if (outcome.live) await cancel(printer, jobId);
        throw new PrintJobError(printer, outcome.reason);
      }
      if (Date.now() >= deadline) {
        await cancel(printer, jobId);
        throw new PrintJobError(printer, `${jobTimeoutMs / 1000} 秒内未打印完成，已取消：${outcome.reason}`);
      }
      await sleep(pollMs);
    }
  }

  return {
    async list(): Promise<PrinterInfo[]> {
      return withReasons(server.label, async () => {
        const def = await defaultPrinter();
        try {
          const res = await ippRequest(server, { operation: 'CUPS-Get-Printers', resource: '/', attributes: { 'requested-attributes': PRINTER_ATTRIBUTES } });
          return groups(res['printer-attributes-tag']).map((attrs) => printerInfo(attrs, def));
        } catch (err) {
          // CUPS answers "No destinations added." as not-found: an empty list, not a failure.
          if (err instanceof IppRefusal && err.status === 'client-error-not-found') return [];
          throw err;
        }
      });
    },

    async print(requested, pdf, title) {
      const printer = requested ?? opts.configured ?? (await withReasons(server.label, defaultPrinter));
      if (printer === null) throw new PrintJobError('', `CUPS ${server.label} 没有默认打印机`);
      return withReasons(printer, async () => {
        // A stopped queue still takes jobs and holds them: refuse first, so nothing comes out later by surprise.
        const refusal = printerRefusal(await printerAttributes(printer));
        if (refusal !== null) throw new PrintJobError(printer, refusal);
        return awaitJob(printer, await submit(printer, pdf, title));
      });
    },
  };
}

/** IPP answers carry one group per printer or job; the ipp package gives a lone group as an object. */
function groups(value: IppAttributes | IppAttributes[] | undefined): IppAttributes[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function printerResource(printer: string): string {
  return `/printers/${encodeURIComponent(printer)}`;
}

/** CUPS shows the job under this user; cups-pdf also writes into that user's folder. */
function requestingUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'hall';
  }
}

/** Everything IPP throws leaves as PrintJobError carrying what CUPS (or the network) said. */
async function withReasons<T>(printer: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof PrintJobError) throw err;
    if (err instanceof Error) throw new PrintJobError(printer, err.message);
    throw err;
  }
}

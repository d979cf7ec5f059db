import ipp, { type IppMessage, type IppRequestTarget } from 'ipp';

/** The operations the hall sends; the CUPS ones are missing from the ipp package's own table. */
const OPERATION_CODES = {
  'Print-Job': 0x0002,
  'Cancel-Job': 0x0008,
  'Get-Job-Attributes': 0x0009,
  'Get-Printer-Attributes': 0x000b,
  'CUPS-Get-Default': 0x4001,
  'CUPS-Get-Printers': 0x4002,
} as const;
export type IppOperation = keyof typeof OPERATION_CODES;

/** A cupsd that does not answer within this is treated as down, not waited on forever. */
const REQUEST_TIMEOUT_MS = 30_000;

/** CUPS answered, and said no: `statusMessage` is its own words ("The printer or class does not exist."). */
export class IppRefusal extends Error {
  constructor(
    readonly status: string,
    readonly statusMessage: string | null,
  ) {
    super(statusMessage ?? status);
  }
}

/** CUPS did not answer at all (not running, wrong address, timed out). */
export class IppUnreachable extends Error {}

export interface CupsServer {
  /** How the user wrote it, for messages. */
  readonly label: string;
  target(resource: string): IppRequestTarget;
  printerUri(printer: string): string;
}

/**
 * Reads a CUPS_SERVER value: `host`, `host:port`, `[::1]:631`, `http://host:port`, or a socket path;
 * CUPS's own `/version=1.1` suffix is dropped.
 */
export function cupsServer(spec: string): CupsServer {
  const label = spec.replace(/\/version=[\d.]+$/, '');
  if (label.startsWith('/')) {
    return { label, target: (resource) => ({ socketPath: label, path: resource }), printerUri: (p) => `ipp://localhost/printers/${encodeURIComponent(p)}` };
  }
  const url = new URL(/^[a-z]+:\/\//i.test(label) ? label.replace(/^ipp:/i, 'http:') : `http://${label}`);
  const port = url.port === '' ? 631 : Number(url.port);
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return {
    label,
    target: (resource) => ({ protocol: 'http:', hostname, port, path: resource }),
    printerUri: (p) => `ipp://${url.hostname}:${port}/printers/${encodeURIComponent(p)}`,
  };
}

export interface IppCall {
  readonly operation: IppOperation;
  /** `/` for CUPS-wide operations, `/printers/NAME` or `/jobs/ID` otherwise. */
  readonly resource: string;
  /** Operation attributes after charset and language, in the order IPP wants them (target first). */
  readonly attributes: Record<string, unknown>;
  readonly document?: Uint8Array;
}

/** One IPP request; resolves with CUPS's answer when it is a success, else throws IppRefusal or IppUnreachable. */
export async function ippRequest(server: CupsServer, call: IppCall): Promise<IppMessage> {
  const body = ipp.serialize({
    version: '2.0',
    // The ipp package writes the code from its own table; the real one is patched in below.
    operation: 'Get-Printer-Attributes',
    'operation-attributes-tag': { 'attributes-charset': 'utf-8', 'attributes-natural-language': 'zh-cn', ...call.attributes },
    ...(call.document ? { data: Buffer.from(call.document.buffer, call.document.byteOffset, call.document.byteLength) } : {}),
  });
  body.writeUInt16BE(OPERATION_CODES[call.operation], 2);
  const res = await send(server, call.resource, body);
  const status = res.statusCode ?? 'unknown-status';
  if (!status.startsWith('successful')) {
    const message = res['operation-attributes-tag']?.['status-message'];
    throw new IppRefusal(status, typeof message === 'string' && message !== '' ? message : null);
  }
  return res;
}

function send(server: CupsServer, resource: string, body: Buffer): Promise<IppMessage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new IppUnreachable(`CUPS ${server.label} 在 ${REQUEST_TIMEOUT_MS / 1000} 秒内没有应答`)), REQUEST_TIMEOUT_MS);
    ipp.request(server.target(resource), body, (err, res) => {
      clearTimeout(timer);
      if (!err) resolve(res);
      // An HTTP refusal (401, 403) comes from a CUPS that is there; anything else means it is not.
      else if ('statusCode' in err) reject(new IppRefusal(`http-${String(err.statusCode)}`, err.message));
      else reject(new IppUnreachable(`CUPS ${server.label} 无法连接：${err.message}`));
    });
  });
}

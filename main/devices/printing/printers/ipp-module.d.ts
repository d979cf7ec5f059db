// The part of the untyped `ipp` package (1.x) the CUPS printer uses.
declare module 'ipp' {
  /** A parsed IPP message: groups by tag name; a group repeated in one message (one per printer) becomes an array. */
  export interface IppMessage {
    version?: string;
    id?: number;
    statusCode?: string;
    'operation-attributes-tag'?: Record<string, unknown>;
    'printer-attributes-tag'?: Record<string, unknown> | Record<string, unknown>[];
    'job-attributes-tag'?: Record<string, unknown> | Record<string, unknown>[];
    [group: string]: unknown;
  }

  export interface IppRequestMessage {
    version?: '1.0' | '1.1' | '2.0';
    operation: string;
    id?: number;
    'operation-attributes-tag': Record<string, unknown>;
    'job-attributes-tag'?: Record<string, unknown>;
    data?: Buffer;
  }

  /** What ipp.request hands to http.request (a url.parse result, or options with socketPath). */
  export interface IppRequestTarget {
    protocol?: string;
    hostname?: string;
    port?: number | string;
    path?: string;
    socketPath?: string;
    headers?: Record<string, string>;
  }

  interface Ipp {
    serialize(msg: IppRequestMessage): Buffer;
    parse(buf: Buffer): IppMessage;
    request(target: IppRequestTarget, body: Buffer, cb: (err: Error | null, res: IppMessage) => void): void;
  }
  const ipp: Ipp;
  export default ipp;
}

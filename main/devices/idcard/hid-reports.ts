import type { CarrierSpec } from './profiles';

export type HidCarrier = Extract<CarrierSpec, { kind: 'hid' }>;

/**
 * Frame bytes in fixed-size HID reports and back, per the profile's framing. A report here is the
 * report's data without the report ID byte (the transport adds and strips that).
 */
export function chunkIntoReports(bytes: Uint8Array, carrier: HidCarrier): Uint8Array[] {
  const framing = carrier.framing;
  const room = framing.kind === 'raw' ? carrier.reportSize : Math.min(carrier.reportSize - 1, 0xfe);
  const reports: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += room) {
    const piece = bytes.subarray(at, Math.min(at + room, bytes.length));
    const report = new Uint8Array(carrier.reportSize);
    if (framing.kind === 'raw') {
      report.set(piece, 0);
    } else {
      report[0] = piece.length;
      report.set(piece, 1);
    }
    reports.push(report);
  }
  return reports;
}

/** The frame bytes a report carries: all of it (raw; padding is skipped by the frame layer) or its counted payload. */
export function reportPayload(report: Uint8Array, carrier: HidCarrier): Uint8Array {
  if (carrier.framing.kind === 'raw') return report;
  const n = report[0] ?? 0;
  // A count out of range is no payload: never read past the report.
  return n >= 1 && n < report.length ? report.subarray(1, 1 + n) : new Uint8Array(0);
}

/** The report a host sends to ask for the next chunk of a long answer, when the framing pulls. */
export function pullRequest(carrier: HidCarrier): Uint8Array | null {
  if (carrier.framing.kind !== 'length-prefixed' || carrier.framing.pullByte === null) return null;
  const report = new Uint8Array(carrier.reportSize);
  report[0] = carrier.framing.pullByte;
  return report;
}

export function isPullRequest(report: Uint8Array, carrier: HidCarrier): boolean {
  return carrier.framing.kind === 'length-prefixed' && carrier.framing.pullByte !== null && report[0] === carrier.framing.pullByte;
}

/** node-hid's write() wants the report ID first (00 when the device numbers none of its reports). */
export function withReportId(report: Uint8Array, carrier: HidCarrier): Uint8Array {
  const out = new Uint8Array(report.length + 1);
  out[0] = carrier.reportId;
  out.set(report, 1);
  return out;
}

/** What read() gave, without the leading report ID that numbered reports carry. */
export function withoutReportId(data: Uint8Array, carrier: HidCarrier): Uint8Array {
  return carrier.reportId !== 0 && data[0] === carrier.reportId ? data.subarray(1) : data;
}

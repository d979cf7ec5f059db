import { AsyncQueue } from '../async-queue';
import type { Clock } from '../clock';
import { chunkIntoReports, isPullRequest, reportPayload, type HidCarrier } from '../hid-reports';
import type { HidDevice } from '../hid-transport';
import type { SimulatedWire, WireEnd } from './wire';

/** A HID reader as node-hid shows it: reports in with their ID byte first, reports out as the profile frames them. */
export class SimulatedHidDevice implements HidDevice, WireEnd {
  private readonly reports = new AsyncQueue<Uint8Array>();
  /** Chunks of the current answer not yet asked for, when the framing pulls. */
  private held: Uint8Array[] = [];

  constructor(
    private readonly wire: SimulatedWire,
    private readonly carrier: HidCarrier,
    private readonly clock: Clock,
  ) {
    wire.attach(this);
  }

  async write(data: Uint8Array): Promise<void> {
    if (this.reports.failed || !this.wire.plugged) throw new Error('simulated HID device is gone');
    const report = data.subarray(1);
    if (data[0] !== this.carrier.reportId || report.length !== this.carrier.reportSize) throw new Error(`bad HID report: id ${data[0]}, ${report.length} bytes`);
    if (isPullRequest(report, this.carrier)) {
      const next = this.held.shift();
      if (next) this.reports.push(next);
      return;
    }
    this.wire.hostSent(this, reportPayload(report, this.carrier));
  }

  read(timeoutMs: number): Promise<Uint8Array | null> {
    return this.reports.take(timeoutMs, this.clock);
  }

  async close(): Promise<void> {
    this.wire.detach(this);
    this.reports.fail(new Error('simulated HID device closed'));
  }

  deliver(answer: Uint8Array): void {
    const reports = chunkIntoReports(answer, this.carrier).map((r) => this.numbered(r));
    const pulls = this.carrier.framing.kind === 'length-prefixed' && this.carrier.framing.pullByte !== null;
    if (pulls) {
      this.held = reports.slice(1);
      if (reports[0]) this.reports.push(reports[0]);
    } else {
      for (const r of reports) this.reports.push(r);
    }
  }

  unplugged(err: Error): void {
    this.reports.fail(err);
  }

  /** hidraw hands numbered reports back with their ID first. */
  private numbered(report: Uint8Array): Uint8Array {
    if (this.carrier.reportId === 0) return report;
    const out = new Uint8Array(report.length + 1);
    out[0] = this.carrier.reportId;
    out.set(report, 1);
    return out;
  }
}

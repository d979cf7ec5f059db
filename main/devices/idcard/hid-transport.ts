import { HEADER_BYTES, startsWithPreamble } from './frame';
import { chunkIntoReports, pullRequest, reportPayload, withoutReportId, withReportId, type HidCarrier } from './hid-reports';
import type { ReaderInfo, Transport } from './transport';

/** An open HID device, as node-hid's HIDAsync gives it (and as the simulator imitates it). */
export interface HidDevice {
  /** One report, its report ID byte first. */
  write(data: Uint8Array): Promise<void>;
  /** One report (with its ID first when the device numbers reports), or null after `timeoutMs`. */
  read(timeoutMs: number): Promise<Uint8Array | null>;
  close(): Promise<void>;
}

/** Frames over HID reports, split and reassembled by the reader's profile. */
export class HidTransport implements Transport {
  private device: HidDevice | null = null;
  /** For pulling framings: bytes of the current answer seen, and its size once the header told it. */
  private answerHead = new Uint8Array(0);
  private answerSeen = 0;
  private answerInProgress = false;

  constructor(
    readonly reader: ReaderInfo,
    private readonly carrier: HidCarrier,
    private readonly openDevice: () => Promise<HidDevice>,
  ) {}

  async open(): Promise<void> {
    this.device = await this.openDevice();
  }

  async write(frame: Uint8Array): Promise<void> {
    const device = this.opened();
    for (const report of chunkIntoReports(frame, this.carrier)) await device.write(withReportId(report, this.carrier));
    this.answerHead = new Uint8Array(0);
    this.answerSeen = 0;
    this.answerInProgress = false;
  }

  async read(timeoutMs: number): Promise<Uint8Array | null> {
    const device = this.opened();
    const pull = pullRequest(this.carrier);
    if (pull && this.answerInProgress && !this.answerComplete()) await device.write(withReportId(pull, this.carrier));
    const data = await device.read(timeoutMs);
    if (data === null) return null;
    const payload = reportPayload(withoutReportId(data, this.carrier), this.carrier);
    this.track(payload);
    return payload;
  }

  async close(): Promise<void> {
    const device = this.device;
    this.device = null;
    if (device) await device.close();
  }

  private opened(): HidDevice {
    if (!this.device) throw new Error('HID transport used before open()');
    return this.device;
  }

  private track(payload: Uint8Array): void {
    this.answerInProgress = true;
    this.answerSeen += payload.length;
    if (this.answerHead.length < HEADER_BYTES) {
      const head = new Uint8Array(Math.min(HEADER_BYTES, this.answerHead.length + payload.length));
      head.set(this.answerHead, 0);
      head.set(payload.subarray(0, head.length - this.answerHead.length), this.answerHead.length);
      this.answerHead = head;
    }
  }

  /** Whether the answer's LEN says it has all arrived: then asking for another chunk would be a stray report. */
  private answerComplete(): boolean {
    if (this.answerHead.length < HEADER_BYTES || !startsWithPreamble(this.answerHead)) return false;
    return this.answerSeen >= HEADER_BYTES + ((this.answerHead[5]! << 8) | this.answerHead[6]!);
  }
}

import { systemClock, type Clock } from './clock';
import { decodeCardData } from './decode';
import { idcardError, samStatusError, type IdcardError, type Result } from './errors';
import { decodePhoto, type PhotoDecoder } from './photo';
import type { CardReading, ReaderEvent } from './reader-events';
import { SamClient } from './sam-client';
import { SAM_STATUS } from './sam-status';
import type { ReaderInfo, ReaderSource, Transport } from './transport';

export interface CardReaderOptions {
  readonly source: ReaderSource;
  readonly clock?: Clock;
  /** `find` while waiting for a card: about every 300 ms (idcard-protocol.md). */
  readonly pollMs?: number;
  /** How often to look for a reader while none is connected. */
  readonly rediscoverMs?: number;
  /** Resends of one command after a time-out or a damaged answer. */
  readonly retries?: number;
  /** Failed reads of one placement before the loop asks for the card to be placed again. */
  readonly maxReadAttempts?: number;
  /** Polls in a row that fail with a damaged answer before the reader counts as lost. */
  readonly maxFailedPolls?: number;
  readonly withFingerprint?: boolean;
  readonly photoDecoder?: PhotoDecoder | null;
  /** Only this reader (ReaderInfo.key): two readers on one PC, each with its own loop. */
  readonly readerKey?: string;
  readonly usable?: (reader: ReaderInfo) => boolean;
}

type Connected = { readonly reader: ReaderInfo; readonly transport: Transport; readonly sam: SamClient };
/**
 * none: waiting for a card; retry: a read failed, try select + read again (the SAM may count the
 * failed read as done, and `find` would then say 80); read: reported, waiting for it to leave;
 * failed: gave up on this placement, waiting for it to leave.
 */
type CardState = 'none' | 'retry' | 'read' | 'failed';

/**
 * The reading loop: while started it polls `find`, reads each placed card once, reports its removal,
 * and finds the reader again after it was unplugged or stopped answering. Every wait is bounded.
 */
export class CardReader {
  private readonly clock: Clock;
  private readonly listeners = new Set<(event: ReaderEvent) => void>();
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private connected: Connected | null = null;
  private lastKey: string | null = null;
  private card: CardState = 'none';
  private attempts = 0;
  private failedPolls = 0;

  constructor(private readonly options: CardReaderOptions) {
    this.clock = options.clock ?? systemClock;
  }

  on(listener: (event: ReaderEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get reader(): ReaderInfo | null {
    return this.connected?.reader ?? null;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Ends after the command in flight (each is bounded by its time-out) and closes the reader. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.loop = null;
    await this.disconnect();
  }

  private async run(): Promise<void> {
    while (this.running) {
      if (!this.connected && !(await this.connect())) {
        await this.pause(this.options.rediscoverMs ?? 1000);
        continue;
      }
      const trouble = await this.poll(this.connected!);
      if (trouble) await this.lose(trouble);
      if (this.running) await this.pause(this.options.pollMs ?? 300);
    }
  }

  private async connect(): Promise<boolean> {
    let readers: ReaderInfo[];
    try {
      readers = await this.options.source.enumerate();
    } catch {
      return false;
    }
    const usable = readers.filter((r) => (this.options.usable ?? ((x) => x.profile.support === 'supported'))(r));
    const wanted = this.options.readerKey;
    const reader = wanted ? usable.find((r) => r.key === wanted) : (usable.find((r) => r.key === this.lastKey) ?? usable[0]);
    if (!reader || !this.running) return false;
    const transport = this.options.source.transport(reader);
    try {
      await transport.open();
    } catch {
      return false;
    }
    const sam = new SamClient(transport, { clock: this.clock, retries: this.options.retries ?? 2 });
    // Found means answering: a reader that enumerates but whose SAM is silent or failing is not announced.
    const status = await sam.command('samStatus', reader.profile.timeouts.otherMs);
    if (!status.ok || status.value.sw3 !== SAM_STATUS.SUCCESS) {
      await transport.close().catch(() => undefined);
      return false;
    }
    this.connected = { reader, transport, sam };
    this.lastKey = reader.key;
    this.emit({ type: 'reader-found', reader });
    return true;
  }

  /** One poll; returns the error that makes the reader lost, or null. */
  private async poll(c: Connected): Promise<IdcardError | null> {
    if (this.card === 'retry') return this.readPlacedCard(c);
    const find = await c.sam.command('findCard', c.reader.profile.timeouts.findMs);
    if (!find.ok) return this.pollFailed(c, find.error);
    const sw3 = find.value.sw3;
    if (sw3 === SAM_STATUS.FIND_SUCCESS) {
      this.failedPolls = 0;
      // 9F after a read means a card was lifted and placed again between two polls.
      if (this.card === 'read') this.cardLeft(c);
      if (this.card === 'failed') return null;
      return this.readPlacedCard(c);
    }
    if (sw3 === SAM_STATUS.NO_CARD) {
      this.failedPolls = 0;
      if (this.card === 'read') return this.probeRemoval(c);
      this.card = 'none';
      this.attempts = 0;
      return null;
    }
    return this.pollFailed(c, samStatusError(sw3));
  }

  /**
   * After a read, `find` answers 80 whether the card lies there or not; `select` tells them apart
   * (90 while it is there). A probe that times out is the reader's trouble, not a removal.
   */
  private async probeRemoval(c: Connected): Promise<IdcardError | null> {
    const select = await c.sam.command('selectCard', c.reader.profile.timeouts.selectMs);
    if (!select.ok) return this.pollFailed(c, select.error);
    if (select.value.sw3 !== SAM_STATUS.SUCCESS) this.cardLeft(c);
    return null;
  }

  private async readPlacedCard(c: Connected): Promise<IdcardError | null> {
    const started = this.clock.now();
    const { selectMs, readMs } = c.reader.profile.timeouts;
    const select = await c.sam.command('selectCard', selectMs);
    if (!select.ok) return isReaderGone(select.error) ? select.error : this.readFailed(c, select.error);
    if (select.value.sw3 === SAM_STATUS.SELECT_FAILED && this.card === 'retry') {
      // Lifted after a failed read: nothing was reported, so nothing is removed.
      this.card = 'none';
      this.attempts = 0;
      return null;
    }
    if (select.value.sw3 !== SAM_STATUS.SUCCESS) return this.readFailed(c, samStatusError(select.value.sw3));
    // No blind resend of a read: the SAM may count a read it sent as done, so a retry is a fresh select + read next poll.
    const read = await c.sam.once(this.options.withFingerprint ? 'readCardWithFingerprint' : 'readCard', readMs);
    if (!read.ok) return read.error.code === 'READER_LOST' ? read.error : this.readFailed(c, read.error);
    if (read.value.sw3 !== SAM_STATUS.SUCCESS) return this.readFailed(c, samStatusError(read.value.sw3));
    const decoded = decodeCardData(read.value.data);
    if (!decoded.ok) return this.readFailed(c, decoded.error);
    const photo = await decodePhoto(this.options.photoDecoder ?? null, Buffer.from(decoded.value.identity.photo.data, 'base64'), this.clock);
    this.card = 'read';
    this.attempts = 0;
    const now = this.clock.now();
    const reading: CardReading = { ...decoded.value, photo, readAt: now, elapsedMs: now - started };
    this.emit({ type: 'card', reader: c.reader, reading });
    return null;
  }

  private readFailed(c: Connected, error: IdcardError): null {
    this.attempts++;
    const giveUp = this.attempts >= (this.options.maxReadAttempts ?? 3);
    this.card = giveUp ? 'failed' : 'retry';
    this.emit({ type: 'error', reader: c.reader, error, attempt: this.attempts, giveUp });
    return null;
  }

  /** A reader that times out or is gone is lost at once; one that answers garbage, after a few polls in a row. */
  private pollFailed(c: Connected, error: IdcardError): IdcardError | null {
    if (isReaderGone(error)) return error;
    this.failedPolls++;
    this.emit({ type: 'error', reader: c.reader, error, attempt: this.failedPolls, giveUp: false });
    return this.failedPolls >= (this.options.maxFailedPolls ?? 3) ? error : null;
  }

  private cardLeft(c: Connected): void {
    this.card = 'none';
    this.attempts = 0;
    this.emit({ type: 'removed', reader: c.reader });
  }

  private async lose(error: IdcardError): Promise<void> {
    const reader = this.connected?.reader;
    await this.disconnect();
    if (reader) this.emit({ type: 'reader-lost', reader, error });
  }

  private async disconnect(): Promise<void> {
    const c = this.connected;
    this.connected = null;
    this.card = 'none';
    this.attempts = 0;
    this.failedPolls = 0;
    if (c) await c.transport.close().catch(() => undefined);
  }

  private emit(event: ReaderEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const cancel = this.clock.setTimer(ms, () => {
        this.wake = null;
        resolve();
      });
      this.wake = () => {
        cancel();
        this.wake = null;
        resolve();
      };
    });
  }
}

function isReaderGone(error: IdcardError): boolean {
  return error.code === 'READER_LOST' || error.code === 'READER_TIMEOUT';
}

/** Starts `reader`, waits for one card (or `timeoutMs`), stops it: `hall idcard read`. */
export async function readOneCard(reader: CardReader, timeoutMs: number, clock: Clock = systemClock): Promise<Result<CardReading>> {
  const outcome = new Promise<Result<CardReading>>((resolve) => {
    const cancel = clock.setTimer(timeoutMs, () => {
      off();
      resolve({ ok: false, error: idcardError('CARD_NOT_PLACED', `no card within ${timeoutMs} ms`) });
    });
    const off = reader.on((event) => {
      if (event.type === 'card') {
        off();
        cancel();
        resolve({ ok: true, value: event.reading });
      }
    });
  });
  reader.start();
  const result = await outcome;
  await reader.stop();
  return result;
}

import {
  CardReader, createSimulatedReader, SAMPLE_CARD_NAMES, SAMPLE_CARDS, SUPPORT_LABELS, systemReaderSource,
  type CardReading, type ReaderInfo, type ReaderSource, type SampleCardName, type SimulatedReader,
} from '../../devices/idcard';
import type { HallConfig } from '../config';

const CARD_TYPE_LABELS = { resident_id: '居民身份证', hmt_residence_permit: '港澳台居民居住证', foreign_permanent_id: '外国人永久居留身份证' } as const;

function sampleLabel(name: SampleCardName): string {
  const card = SAMPLE_CARDS[name] as { name?: string; nameEnglish?: string; cardType: keyof typeof CARD_TYPE_LABELS };
  return `${card.name ?? card.nameEnglish ?? name} · ${CARD_TYPE_LABELS[card.cardType]}`;
}

/** The reading loop keeps polling this long after the last screen asked for a card. */
const IDLE_STOP_MS = 120_000;

export type ServiceResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ServiceError };

export interface ServiceError {
  readonly code: 'IDCARD_DISABLED' | 'IDCARD_NO_CARD' | 'IDCARD_NOT_SIMULATOR' | 'IDCARD_SAMPLE_UNKNOWN' | 'IDCARD_PLACE_FAILED';
  readonly message: string;
}

/**
 * This PC's card reader for the screens: one reading loop, started when a screen wants a card and
 * stopped when none has for a while; the card on the reader is kept until it is removed, so "read
 * card" answers at once for a card placed before the key was pressed.
 */
export class IdcardService {
  private readonly reader: CardReader | null;
  private readonly simulator: SimulatedReader | null;
  private present: CardReading | null = null;
  private readers = new Map<string, ReaderInfo>();
  private lastError: string | null = null;
  private waiters = new Set<(r: CardReading) => void>();
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private running = false;

  constructor(readonly mode: HallConfig['reader']) {
    this.simulator = mode === 'simulator' ? createSimulatedReader() : null;
    const source: ReaderSource | null = this.simulator ?? (mode === 'auto' ? systemReaderSource() : null);
    this.reader = source ? new CardReader({ source }) : null;
    this.reader?.on((event) => {
      switch (event.type) {
        case 'reader-found':
          this.readers.set(event.reader.key, event.reader);
          this.lastError = null;
          break;
        case 'reader-lost':
          this.readers.delete(event.reader.key);
          this.present = null;
          this.lastError = `读卡器已断开或无响应：${event.error.message}`;
          break;
        case 'card':
          this.present = event.reading;
          this.lastError = null;
          for (const w of this.waiters) w(event.reading);
          this.waiters.clear();
          break;
        case 'removed':
          this.present = null;
          break;
        case 'error':
          this.lastError = `读卡失败（第 ${event.attempt} 次）：${event.error.message}${event.giveUp ? '，请重新放置证件' : ''}`;
          break;
      }
    });
  }

  private keepRunning(): void {
    if (!this.reader) return;
    if (!this.running) {
      this.running = true;
      this.reader.start();
    }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.pause(), IDLE_STOP_MS);
    this.idleTimer.unref();
  }

  private async pause(): Promise<void> {
    if (!this.running || !this.reader) return;
    this.running = false;
    this.present = null;
    await this.reader.stop();
  }

  status() {
    this.keepRunning();
    return {
      mode: this.mode,
      readers: [...this.readers.values()].map((r) => ({ key: r.key, label: r.profile.label, support: SUPPORT_LABELS[r.profile.support] })),
      cardPresent: this.present !== null,
      lastError: this.lastError,
      samples: this.simulator ? SAMPLE_CARD_NAMES.map((name) => ({ name, label: sampleLabel(name) })) : [],
    };
  }

  /** The card on the reader, or the next one placed within the time-out. */
  async read(timeoutMs: number): Promise<ServiceResult<CardReading>> {
    if (!this.reader) return { ok: false, error: { code: 'IDCARD_DISABLED', message: '本机未启用读卡器（HALL_READER=none）' } };
    this.keepRunning();
    if (this.present) return { ok: true, value: this.present };
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(done);
        resolve({ ok: false, error: { code: 'IDCARD_NO_CARD', message: `${Math.round(timeoutMs / 1000)} 秒内未读到证件${this.lastError ? `（${this.lastError}）` : ''}` } });
      }, timeoutMs);
      const done = (r: CardReading) => {
        clearTimeout(timer);
        resolve({ ok: true, value: r });
      };
      this.waiters.add(done);
    });
  }

  /** The simulator's panel: place a sample card, or take it away. */
  simulate(action: { action: 'place'; card: string } | { action: 'remove' }): ServiceResult<void> {
    if (!this.simulator) return { ok: false, error: { code: 'IDCARD_NOT_SIMULATOR', message: '本机使用真实读卡器，不能模拟放卡' } };
    this.keepRunning();
    if (action.action === 'remove') {
      this.simulator.remove();
      return { ok: true, value: undefined };
    }
    if (!(SAMPLE_CARD_NAMES as readonly string[]).includes(action.card)) {
      return { ok: false, error: { code: 'IDCARD_SAMPLE_UNKNOWN', message: `没有名为 ${action.card} 的样例证件` } };
    }
    const placed = this.simulator.place({ facts: SAMPLE_CARDS[action.card as SampleCardName] });
    return placed.ok ? { ok: true, value: undefined } : { ok: false, error: { code: 'IDCARD_PLACE_FAILED', message: placed.error.message } };
  }

  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    await this.pause();
  }
}

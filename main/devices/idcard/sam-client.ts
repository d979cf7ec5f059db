import type { Clock } from './clock';
import { commandTable, type CommandTable, type SamCommandName } from './commands';
import { idcardError, type IdcardError, type Result } from './errors';
import { buildCommand, responseFromBody, type ResponseFrame } from './frame';
import { FrameAssembler } from './frame-assembler';
import type { Transport } from './transport';

export interface SamClientOptions {
  readonly clock: Clock;
  /** Further attempts after a time-out or a damaged answer (a lost reader is never retried here). */
  readonly retries?: number;
}

/** Reads of stale bytes before a retry: enough to empty a buffer, never an endless loop. */
const MAX_DRAIN_READS = 8;

/**
 * One command, one answer, over any transport: every wait bounded by the command's time-out, a
 * damaged or missing answer retried a bounded number of times, every failure a value.
 */
export class SamClient {
  private readonly assembler = new FrameAssembler();
  private readonly table: CommandTable;
  private stale = false;

  constructor(
    private readonly transport: Transport,
    private readonly options: SamClientOptions,
  ) {
    this.table = commandTable(transport.reader.profile.commands);
  }

  async command(name: SamCommandName, timeoutMs: number): Promise<Result<ResponseFrame>> {
    const attempts = 1 + (this.options.retries ?? 2);
    let last: Result<ResponseFrame> = { ok: false, error: idcardError('READER_TIMEOUT') };
    for (let i = 0; i < attempts; i++) {
      last = await this.once(name, timeoutMs);
      if (last.ok || last.error.code === 'READER_LOST') return last;
    }
    return last;
  }

  /** One attempt: send the frame, gather bytes until one frame is whole or the time is up. */
  async once(name: SamCommandName, timeoutMs: number): Promise<Result<ResponseFrame>> {
    const [cmd, para] = this.table[name];
    try {
      if (this.stale) await this.drain();
      this.assembler.reset();
      this.stale = true;
      await this.transport.write(buildCommand(cmd, para));
      const deadline = this.options.clock.now() + timeoutMs;
      for (;;) {
        const remaining = deadline - this.options.clock.now();
        const chunk = remaining > 0 ? await this.transport.read(remaining) : null;
        if (chunk === null) {
          const error = this.assembler.inFrame
            ? idcardError('FRAME_TRUNCATED', `${this.assembler.buffered} bytes before the ${timeoutMs} ms time-out`)
            : idcardError('READER_TIMEOUT', `no answer to ${name} in ${timeoutMs} ms`);
          return { ok: false, error };
        }
        const events = this.assembler.push(chunk);
        // Garbage before the answer may look like a broken frame: the answer itself wins.
        const first = events.find((e) => e.ok) ?? events[0];
        if (first === undefined) continue;
        if (!first.ok) return first;
        this.stale = false;
        return { ok: true, value: responseFromBody(first.value) };
      }
    } catch (err) {
      return { ok: false, error: lost(err) };
    }
  }

  /** After a failed exchange, the rest of a late answer must not be taken for the next one's. */
  private async drain(): Promise<void> {
    for (let i = 0; i < MAX_DRAIN_READS; i++) if ((await this.transport.read(0)) === null) break;
    this.stale = false;
  }
}

function lost(err: unknown): IdcardError {
  return idcardError('READER_LOST', err instanceof Error ? err.message : String(err));
}

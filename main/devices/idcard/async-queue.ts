import type { Clock } from './clock';

/**
 * Items that arrive on their own (reports, serial chunks) for one reader that waits with a time-out.
 * Once failed (device gone), every waiting and later take rejects with that error.
 */
export class AsyncQueue<T> {
  private readonly items: T[] = [];
  private waiter: { resolve: (item: T | null) => void; reject: (err: Error) => void; cancel: () => void } | null = null;
  private failure: Error | null = null;

  push(item: T): void {
    if (this.failure) return;
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = null;
      w.cancel();
      w.resolve(item);
    } else {
      this.items.push(item);
    }
  }

  fail(err: Error): void {
    if (this.failure) return;
    this.failure = err;
    this.items.length = 0;
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = null;
      w.cancel();
      w.reject(err);
    }
  }

  get failed(): boolean {
    return this.failure !== null;
  }

  /** Everything queued now, without waiting. */
  drain(): T[] {
    return this.items.splice(0);
  }

  /** The next item, or null when none came within `timeoutMs`. */
  take(timeoutMs: number, clock: Clock): Promise<T | null> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.items.length > 0) return Promise.resolve(this.items.shift()!);
    if (this.waiter) throw new Error('AsyncQueue has one reader at a time');
    if (timeoutMs <= 0) return Promise.resolve(null);
    return new Promise<T | null>((resolve, reject) => {
      const cancel = clock.setTimer(timeoutMs, () => {
        this.waiter = null;
        resolve(null);
      });
      this.waiter = { resolve, reject, cancel };
    });
  }
}

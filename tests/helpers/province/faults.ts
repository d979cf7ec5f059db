import { seededRandom } from '../random';

/**
 * Fault injection on request. Each rule fires on the requests it matches, by count and/or probability
 * (a seeded PRNG, so a failing soak can be replayed with its seed); at most one rule fires per request,
 * the first in the order they were added. Every injected fault is logged by kind.
 */
export const FAULT_KINDS = ['resetBeforeApply', 'resetAfterApply', 'error500', 'unavailable503', 'tooMany429', 'slow'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Which requests a rule applies to, by route. */
export type FaultRoute = 'batch' | 'ping' | 'marital-status' | 'appointments' | 'any';

export interface FaultRule {
  readonly kind: FaultKind;
  /** How many times the rule fires at most. Default: 1, or unlimited when `probability` is given. */
  readonly count?: number;
  /** The chance that a matching request gets the fault. Default 1 (every matching request, until `count`). */
  readonly probability?: number;
  /** Default 'any'. */
  readonly on?: FaultRoute;
  /** Seconds in Retry-After for 503 and 429. Default 1. */
  readonly retryAfterSec?: number;
  /** The latency a `slow` fault adds. Default 2000 ms. */
  readonly delayMs?: number;
  /** When a `slow` fault waits: 'after' (default) the request was applied and only the reply is late,
   *  the case where a client that timed out must not assume nothing happened; 'before' it is applied late. */
  readonly when?: 'before' | 'after';
}

export interface FaultEvent {
  readonly kind: FaultKind;
  readonly method: string;
  readonly url: string;
  readonly at: number;
}

interface LiveRule {
  readonly rule: FaultRule;
  left: number;
}

export class FaultPlan {
  private rules: LiveRule[] = [];
  private events: FaultEvent[] = [];
  private random: () => number;
  /** Added to every request before it is handled (the benchmark's network latency); 0 by default. */
  latencyMs = 0;

  constructor(seed: number, private readonly now: () => number) {
    this.random = seededRandom(seed);
  }

  /** Adds a rule; the returned function removes it. */
  add(rule: FaultRule): () => void {
    if (rule.probability !== undefined && !(rule.probability >= 0 && rule.probability <= 1)) throw new Error('probability must be within 0..1');
    const live: LiveRule = { rule, left: rule.count ?? (rule.probability === undefined ? 1 : Infinity) };
    this.rules.push(live);
    return () => {
      this.rules = this.rules.filter((r) => r !== live);
    };
  }

  /** Shorthand: the next `count` matching requests get `kind`. */
  next(kind: FaultKind, count = 1, extra: Omit<FaultRule, 'kind' | 'count' | 'probability'> = {}): () => void {
    return this.add({ ...extra, kind, count });
  }

  /** Removes every rule (the log and the latency stay). */
  clear(): void {
    this.rules = [];
  }

  reseed(seed: number): void {
    this.random = seededRandom(seed);
  }

  /** Picks the fault for a request, if any, and logs it. Exhausted rules drop out. */
  decide(route: Exclude<FaultRoute, 'any'>, method: string, url: string): FaultRule | null {
    for (const live of this.rules) {
      const on = live.rule.on ?? 'any';
      if (live.left <= 0 || (on !== 'any' && on !== route)) continue;
      // Draw only for probabilistic rules, so adding a count rule does not shift a seeded sequence.
      if (live.rule.probability !== undefined && this.random() >= live.rule.probability) continue;
      live.left -= 1;
      this.rules = this.rules.filter((r) => r.left > 0);
      this.events.push({ kind: live.rule.kind, method, url, at: this.now() });
      return live.rule;
    }
    return null;
  }

  log(): readonly FaultEvent[] {
    return this.events;
  }

  counts(): Record<FaultKind, number> {
    const out = Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>;
    for (const e of this.events) out[e.kind] += 1;
    return out;
  }

  pending(): readonly FaultRule[] {
    return this.rules.map((r) => r.rule);
  }
}

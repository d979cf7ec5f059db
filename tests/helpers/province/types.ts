/** The handle a test gets from startReferenceProvince, and its options. */
import type { Appointment, AppointmentInput } from './appointments';
import type { FaultPlan } from './faults';
import type { MaritalEntry, MaritalRecord, MaritalStatus } from './marital';
import type { AcceptedRecord, MeritJudge, Submissions } from './registry';

export interface ReferenceProvinceOptions {
  /** Office code → public key (04||x||y hex); more can be registered later through `offices`. */
  readonly offices?: Readonly<Record<string, string>>;
  /** The province's clock before any `clock.set/advance`; default Date.now. */
  readonly now?: () => number;
  /** Seed of the fault PRNG; default 1. */
  readonly seed?: number;
  /** Fixed latency added to every request (the benchmark's 50 ms); default 0. */
  readonly latencyMs?: number;
  /** Refuse E_CERTIFICATE_TAKEN when another record already holds the certificateNo; default off. */
  readonly uniqueCertificates?: boolean;
  /** Further refusals on merits, consulted after the configured ones. */
  readonly judge?: MeritJudge;
  /** Derive married/divorced from accepted marriage/divorce records; default off (only configured answers). */
  readonly deriveMaritalStatus?: boolean;
  /** The answer for a person nobody configured; default 'unknown' (never 'unmarried' by itself). */
  readonly defaultMaritalStatus?: MaritalStatus;
  /** Default 0 (ephemeral). */
  readonly port?: number;
}

export interface ReferenceProvince {
  /** http://127.0.0.1:<port>, no trailing slash. */
  readonly url: string;
  close(): Promise<void>;
  readonly offices: {
    register(code: string, publicKeyHex: string): void;
    remove(code: string): void;
    list(): string[];
  };
  /** The province's clock: the base clock plus an offset the test can move (skew tests, nonce expiry). */
  readonly clock: { now(): number; set(ms: number): void; advance(ms: number): void };
  readonly state: {
    /** Every accepted recordId+revision, in order of acceptance (seq 1, 2, …). */
    accepted(): readonly AcceptedRecord[];
    get(recordId: string, revision: number): AcceptedRecord | undefined;
    /** How often that revision came in, by outcome (applied is 0 or 1 by construction). */
    submissions(recordId: string, revision: number): Submissions;
    /** The highest accepted revision of each record. */
    latest(): AcceptedRecord[];
    /** Nonces remembered in the last 600 s. */
    nonces(): { office: string; nonce: string; seenAt: number }[];
    /** Requests by "route outcome", e.g. {"batch 200": 12, "batch reset": 3, "ping 401": 1}. */
    requests(): Record<string, number>;
  };
  /** Refusals on merits: every revision of recordId (or only `revision`) is rejected with `code` until allowed. */
  readonly merits: {
    refuse(recordId: string, code?: string, opts?: { message?: string; revision?: number }): void;
    allow(recordId: string): void;
  };
  readonly marital: {
    set(idType: string, idNumber: string, entry: MaritalEntry): void;
    clear(idType: string, idNumber: string): void;
    lookup(idType: string, idNumber: string): { status: MaritalStatus; records: MaritalRecord[] };
  };
  /** Online bookings, per office; every put/cancel is a change a cursor will see. */
  readonly appointments: {
    put(office: string, appointment: AppointmentInput): Appointment;
    cancel(office: string, id: string): Appointment;
    all(office: string): Appointment[];
  };
  readonly faults: FaultPlan;
}

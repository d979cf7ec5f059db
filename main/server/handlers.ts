import type { Readable } from 'node:stream';
import type { z } from 'zod';
import type { RouteDef, RouteName, Routes } from '../contract/routes';
import type { SessionUser } from '../contract/session';
import type { WritableDB } from '../store/db';
import type { HallConfig } from './config';
import type { EventHub } from './events';
import type { MaritalStatusChecker } from '../exchange/marital-status';
import type { IdcardService } from './devices/idcard-service';
import type { PrinterSystem } from '../devices/printing/printers';
import type { HallDeviceRow } from '../store/hall-devices';
import type { OutboxWorker } from '../exchange/outbox-worker';
import type { ImportRunner } from './imports/runner';
import type { BackupService } from './backups/service';

type Infer<T> = z.infer<NonNullable<T> & z.ZodType>;

export interface HostContext {
  readonly db: WritableDB;
  readonly config: HallConfig;
  readonly events: EventHub;
  readonly demo: boolean;
  readonly version: string;
  readonly statusChecker: MaritalStatusChecker;
  readonly idcard: IdcardService;
  /** Where print templates are read from, later folders overriding earlier ones file by file. */
  readonly templateDirs: readonly string[];
  /** This PC's printers (CUPS, Windows, or the HALL_PRINTER=pdf:DIR folder). */
  readonly printers: PrinterSystem;
  /** The upload to the province; null where it is not configured. */
  readonly uploads: OutboxWorker | null;
  /** The scheduled backups to the configured folder. */
  readonly backups: BackupService;
  /** The archive imports running in the background. */
  readonly imports: ImportRunner;
  /** The clock, read once per request at the edge; tests may replace it. */
  readonly now: () => number;
}

export interface Call<D extends RouteDef> {
  readonly params: Infer<D['params']>;
  readonly query: Infer<D['query']>;
  readonly body: Infer<D['body']>;
  /** Present on every route a user called (routes open only to devices have `device` instead). */
  readonly user: SessionUser;
  /** The kiosk or display board that called, on routes that admit devices. */
  readonly device?: HallDeviceRow;
  readonly token: string;
  readonly at: string;
  readonly nowMs: number;
  /** An upload route's body, streamed (RouteDef.upload); undefined on every other route. */
  readonly upload: Readable | undefined;
  /** The request came from this PC: device routes answer nobody else. */
  readonly loopback: boolean;
}

export type Handler<D extends RouteDef> = (ctx: HostContext, call: Call<D>) => z.infer<D['response']> | Promise<z.infer<D['response']>>;

/** One handler per declared route; a route without one fails to compile. */
export type Handlers = { readonly [K in RouteName]: Handler<Routes[K]> };

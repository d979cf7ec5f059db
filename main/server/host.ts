import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import websocket from '@fastify/websocket';
import type { Logger } from 'pino';
import { buildOpenApi } from '../contract/openapi';
import { EVENTS_PROTOCOL } from '../contract/events';
import { openDatabase, type WritableDB } from '../store/db';
import { noProvince, withTimeout, type MaritalStatusChecker } from '../exchange/marital-status';
import { provinceStatusChecker } from '../exchange/province-status';
import { officeKey } from '../exchange/signing';
import type { ProvinceConfig } from '../exchange/client';
import { OutboxWorker } from '../exchange/outbox-worker';
import { startAppointmentPull } from './appointment-pull';
import { getOfficeSettings } from '../store/settings';
import { recordConfigAtStart } from '../store/settings';
import { registerApi, registerErrorHandling } from './api';
import { ApiError } from './api-error';
import { authorize } from './auth';
import { DEVICE_KINDS, ROLES } from '../domain/roles';
import { ensureFirstAdmin, type FirstAdmin } from './bootstrap';
import { publicConfig, withDemoDefaults, type HallConfig } from './config';
import { seedDemo } from './demo';
import { seedDemoCases } from './demo-cases';
import { seedDemoHall } from './demo-hall';
import { officeDate } from './clock';
import { EventHub } from './events';
import type { HostContext } from './handlers';
import { createLogger } from './log';
import { runningHostPid, writeHostLock } from './lock';
import { startNightlyJobs } from './jobs';
import { BackupService } from './backups/service';
import { ImportRunner } from './imports/runner';
import { effectiveOffice } from './routes/settings';
import { IdcardService } from './devices/idcard-service';
import { openPrinterSystem, type PrinterSystem } from '../devices/printing/printers';
import { registerRenderer } from './static';

export const DB_FILE = 'hall.sqlite';
/** A registrar with a couple at the window waits at most this long for the province. */
const STATUS_CHECK_TIMEOUT_MS = 5_000;

export interface HostOptions {
  readonly config: HallConfig;
  readonly demo: boolean;
  readonly version: string;
  /** The built renderer (out/renderer); null serves a page that says it is not built. */
  readonly rendererDir: string | null;
  readonly logger?: Logger;
  readonly now?: () => number;
  /** The print templates shipped with the app (resources/templates); the data folder's templates/ overrides them file by file. */
  readonly templatesDir: string;
  /** The provincial marital-status check; none configured: every check is recorded as not made. */
  readonly statusChecker?: MaritalStatusChecker;
}

export interface Host {
  readonly app: FastifyInstance;
  readonly db: WritableDB;
  readonly url: string;
  readonly firstAdmin: FirstAdmin | null;
  /** This PC's card reader (one-desk mode shares it with the Electron shell's device calls). */
  readonly idcard: IdcardService;
  /** This PC's printers (one-desk mode shares them with the Electron shell's device calls). */
  readonly printers: PrinterSystem;
  /** The scheduled backups (tests drive them with their own clock through `tick()`). */
  readonly backups: BackupService;
  close(): Promise<void>;
}

export class HostAlreadyRunningError extends Error {}

/** The province's address and the office's key, when both are configured. */
function provinceConfig(config: HallConfig, db: WritableDB): ProvinceConfig | null {
  if (!config.provinceUrl || !config.provinceKey) return null;
  return { baseUrl: config.provinceUrl, key: officeKey(config.provinceKey), officeCode: () => config.officeCode ?? getOfficeSettings(db).officeCode };
}

/** Opens the database, runs migrations, and serves the API, live events and the renderer. */
export async function startHost(opts: HostOptions): Promise<Host> {
  const config = withDemoDefaults(opts.config, opts.demo);
  fs.mkdirSync(config.dataDir, { recursive: true });
  const other = runningHostPid(config.dataDir);
  if (other !== null) throw new HostAlreadyRunningError(`数据目录 ${config.dataDir} 已由另一个主机进程（pid ${other}）使用`);
  const logger = opts.logger ?? createLogger(config.dataDir, config.logLevel);
  const db = openDatabase(path.join(config.dataDir, DB_FILE));
  const now = opts.now ?? Date.now;
  const at = new Date(now()).toISOString();
  recordConfigAtStart(db, publicConfig(config), at);
  // The demo's own admin comes first, so the password printed for it is the one that works.
  if (opts.demo) {
    await seedDemo(db, at);
    seedDemoCases(db, officeDate(now()));
    seedDemoHall(db, now());
  }
  const firstAdmin = await ensureFirstAdmin(db, config.adminPassword, at);

  const events = new EventHub();
  const province = provinceConfig(config, db);
  const statusChecker = withTimeout(opts.statusChecker ?? (province ? provinceStatusChecker(province) : noProvince), STATUS_CHECK_TIMEOUT_MS);
  // Uploads run only where the province is configured; elsewhere the outbox keeps every record until it is.
  const uploads = province ? new OutboxWorker(db, province, { now, firstBackoffMs: config.uploadRetryMs, onChange: () => events.publish({ type: 'uploads.changed' }) }) : null;
  const idcard = new IdcardService(config.reader);
  const printers = openPrinterSystem({ configured: config.printer, now });
  const backups = new BackupService({ db, dataDir: config.dataDir, events, logger, now });
  const imports = new ImportRunner({ db, dataDir: config.dataDir, events, logger, now, officeCode: () => effectiveOffice(ctx).officeCode });
  const ctx: HostContext = { db, config, events, demo: opts.demo, version: opts.version, now, statusChecker, idcard, printers, uploads, backups, imports,
    templateDirs: [opts.templatesDir, path.join(config.dataDir, 'templates')] };
  const app = Fastify({ loggerInstance: logger as FastifyBaseLogger, bodyLimit: 1024 * 1024, forceCloseConnections: true });
  registerErrorHandling(app);

  await app.register(websocket, {
    options: { maxPayload: 64 * 1024, handleProtocols: (protocols: Set<string>) => (protocols.has(EVENTS_PROTOCOL) ? EVENTS_PROTOCOL : false) },
  });
  const openapi = buildOpenApi(opts.version);
  app.get('/api/openapi.json', async () => openapi);
  const deviceSockets = new WeakSet<object>();
  app.get('/api/events', {
    websocket: true,
    preValidation: async (req) => {
      const who = authorize(db, req, [...ROLES, ...DEVICE_KINDS], new Date(now()).toISOString());
      if (who?.device) deviceSockets.add(req);
    },
  }, (socket, req) => {
    // Boards and kiosks hear only the queue; everything else stays with staff.
    events.add(socket, deviceSockets.has(req) ? 'device' : 'staff');
    socket.send(JSON.stringify({ type: 'hello', at: new Date(now()).toISOString() }));
  });
  registerApi(app, ctx);
  await registerRenderer(app, opts.rendererDir);

  try {
    await app.listen({ host: config.bind, port: config.port });
  } catch (err) {
    db.close();
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.bind.includes(':') ? `[${config.bind}]` : config.bind === '0.0.0.0' ? '127.0.0.1' : config.bind;
  const url = `http://${host}:${port}`;
  const releaseLock = writeHostLock(config.dataDir, url);
  const stopJobs = startNightlyJobs(ctx, logger);
  backups.start();
  imports.start();
  uploads?.start();
  const stopPull = province ? startAppointmentPull(ctx, province, logger) : () => undefined;
  logger.info({ url, demo: opts.demo, dataDir: config.dataDir }, 'host started');

  let closed = false;
  return {
    app,
    db,
    url,
    firstAdmin,
    idcard,
    backups,
    printers,
    async close() {
      if (closed) return;
      closed = true;
      stopJobs();
      stopPull();
      await backups.stop();
      await imports.stop();
      await uploads?.stop();
      await idcard.close();
      events.closeAll();
      await app.close();
      db.close();
      releaseLock();
      logger.info('host stopped');
      logger.flush();
    },
  };
}

export { ApiError };

import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { API_ERRORS, FIELD_LABELS, violationsFromIssues } from '../contract/errors';
import { routes, type RouteDef, type RouteName } from '../contract/routes';
import { StoreError } from '../store/errors';
import { ApiError } from './api-error';
import { authorize } from './auth';
import type { Call, Handler, Handlers, HostContext } from './handlers';
import { healthHandlers } from './routes/health';
import { sessionHandlers } from './routes/session';
import { settingsHandlers } from './routes/settings';
import { caseHandlers } from './routes/cases';
import { deviceHandlers } from './routes/devices';
import { printerHandlers } from './routes/printers';
import { printingHandlers } from './routes/printing';
import { calendarHandlers } from './routes/calendar';
import { RuleRefusal } from '../store/registrations/context';
import { userHandlers } from './routes/users';
import { appointmentHandlers } from './routes/appointments';
import { queueHandlers } from './routes/queue';
import { hallDeviceHandlers } from './routes/hall-devices';
import { exchangeHandlers } from './routes/exchange';
import { stockHandlers } from './routes/stock';
import { archiveHandlers } from './routes/archive';
import { registryHandlers } from './routes/registry';
import { backupHandlers } from './routes/backups';
import { importHandlers } from './routes/imports';
import { doubleEntryHandlers } from './routes/double-entry';

const handlers: Handlers = {
  ...healthHandlers, ...sessionHandlers, ...userHandlers, ...settingsHandlers, ...caseHandlers, ...calendarHandlers, ...deviceHandlers, ...printerHandlers, ...printingHandlers,
  ...appointmentHandlers, ...queueHandlers, ...hallDeviceHandlers, ...exchangeHandlers, ...stockHandlers, ...archiveHandlers, ...registryHandlers,
  ...backupHandlers, ...importHandlers, ...doubleEntryHandlers,
};

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

function parseOrThrow(schema: z.ZodType | undefined, input: unknown): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(input ?? {});
  if (!result.success) throw new ApiError('VALIDATION', violationsFromIssues(result.error.issues));
  return result.data;
}

/** An upload route's body: the raw stream, refused at once when its declared length is over the limit. */
function uploadBody(req: FastifyRequest, maxBytes: number): Readable {
  if (!(req.body instanceof Readable)) throw new ApiError('BAD_REQUEST', undefined, '文件须以 Content-Type: application/octet-stream 上传');
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) throw new ApiError('FILE_TOO_LARGE', [{ code: 'FILE_TOO_LARGE', field: '(body)', message: `文件不能超过 ${Math.round(maxBytes / 1024 / 1024)} MB` }]);
  return req.body;
}

/** Registers every route of the contract: authorize, validate, call the handler, check the answer against its schema. */
export function registerApi(app: FastifyInstance, ctx: HostContext): void {
  // Upload routes read their bytes as a stream (RouteDef.upload); a JSON route given bytes fails its schema.
  app.addContentTypeParser('application/octet-stream', (_req, payload, done) => done(null, payload));
  for (const name of Object.keys(routes) as RouteName[]) {
    const def = routes[name] as RouteDef;
    const handler = handlers[name] as Handler<RouteDef>;
    app.route({
      method: def.method,
      url: def.path,
      // Load balancers and station watchdogs poll health every few seconds: those lines would drown the log.
      ...(name === 'health' ? { logLevel: 'warn' } : {}),
      ...(def.bodyLimit ? { bodyLimit: def.bodyLimit } : {}),
      handler: async (req: FastifyRequest, reply: FastifyReply) => {
        const nowMs = ctx.now();
        const at = new Date(nowMs).toISOString();
        const auth = authorize(ctx.db, req, def.access, at);
        const call = {
          params: parseOrThrow(def.params, req.params),
          query: parseOrThrow(def.query, req.query),
          body: def.upload ? undefined : parseOrThrow(def.body, req.body),
          upload: def.upload ? uploadBody(req, def.upload.maxBytes) : undefined,
          user: auth?.user,
          device: auth?.device,
          token: auth?.token,
          at,
          nowMs,
          loopback: isLoopback(req.socket.remoteAddress),
        } as Call<RouteDef>;
        const result = await handler(ctx, call);
        reply.header('cache-control', 'no-store');
        return def.response.parse(result);
      },
    });
  }
}

/** Every failure leaves as `{code, message, violations?}`; a stack trace never reaches the screen. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, req, reply) => {
    let apiError: ApiError;
    if (err instanceof ApiError) apiError = err;
    else if (err instanceof StoreError) apiError = storeRefusal(err);
    else if (err instanceof RuleRefusal) apiError = new ApiError('CASE_REFUSED', [...err.violations]);
    else if (err.code === 'SQLITE_BUSY') apiError = new ApiError('DB_BUSY');
    else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) apiError = new ApiError('BAD_REQUEST', undefined, err.message);
    else apiError = new ApiError('INTERNAL');
    if (apiError.status >= 500 && !(err instanceof ApiError)) req.log.error({ err }, apiError.code);
    void reply.status(apiError.status).send(apiError.body());
  });
}

/** A store refusal names the field it concerns, so the form can show it in place. */
function storeRefusal(err: StoreError): ApiError {
  const label = FIELD_LABELS[err.field] ?? err.field;
  return new ApiError(err.code, [{ code: err.code, field: err.field, message: `${label}：${API_ERRORS[err.code].message}` }]);
}

export function apiNotFound(req: FastifyRequest): ApiError {
  return new ApiError('NOT_FOUND', undefined, `${req.method} ${req.url.split('?')[0]}`);
}

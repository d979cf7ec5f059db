/**
 * The reference province: the project's own test double of the provincial platform
 * (shared/provincial-api.md), on 127.0.0.1 with an ephemeral port. Tests only; never shipped.
 *
 * Every route goes through `guarded`, which runs the contract's order of things: the benchmark latency,
 * authentication (401s are never faulted, so a misconfigured key is always seen as such), then at most one
 * injected fault, then the handler, whose effect is synchronous and therefore atomic.
 */
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { AppointmentBook, decodeCursor } from './appointments';
import { authenticate, NonceCache } from './auth';
import { FaultPlan, type FaultRoute } from './faults';
import { MaritalRegister } from './marital';
import { Registry } from './registry';
import { ID_TYPES } from './schema';
import { isUncompressedPublicKey } from './sm';
import type { ReferenceProvince, ReferenceProvinceOptions } from './types';

export const MAX_BATCH = 100;

type Out = { status: number; body: unknown };
const error = (status: number, code: string, message: string): Out => ({ status, body: { code, message } });
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** One value of a query parameter; a repeated one is as malformed as a missing one. */
function single(query: URLSearchParams, name: string): string | undefined {
  const all = query.getAll(name);
  return all.length === 1 ? all[0] : undefined;
}

export async function startReferenceProvince(opts: ReferenceProvinceOptions = {}): Promise<ReferenceProvince> {
  const base = opts.now ?? Date.now;
  let offset = 0;
  const now = () => base() + offset;
  const keys = new Map<string, string>();
  const nonces = new NonceCache();
  const registry = new Registry({ uniqueCertificates: opts.uniqueCertificates ?? false, judge: opts.judge }, now);
  const marital = new MaritalRegister(registry, { deriveFromRecords: opts.deriveMaritalStatus ?? false, defaultStatus: opts.defaultMaritalStatus ?? 'unknown' });
  const book = new AppointmentBook(now);
  const faults = new FaultPlan(opts.seed ?? 1, now);
  faults.latencyMs = opts.latencyMs ?? 0;
  const tally = new Map<string, number>();

  const offices = {
    register(code: string, publicKeyHex: string): void {
      if (!/^\d{9}$/.test(code)) throw new Error(`office code must be 9 digits: ${code}`);
      if (!isUncompressedPublicKey(publicKeyHex)) throw new Error('public key must be uncompressed 04||x||y, 130 lowercase hex, on the SM2 curve');
      keys.set(code, publicKeyHex);
    },
    remove: (code: string) => void keys.delete(code),
    list: () => [...keys.keys()],
  };
  for (const [code, key] of Object.entries(opts.offices ?? {})) offices.register(code, key);

  // A large bodyLimit so that an oversized batch meets the contract's 413 E_BATCH_TOO_LARGE, not Fastify's own limit.
  // forceCloseConnections: close() must not wait out an injected slow reply still sleeping.
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 * 1024, forceCloseConnections: true });
  // The signature covers the raw body bytes, so no parser may touch them before the digest is taken.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  app.setErrorHandler((err: { code?: string; statusCode?: number; message: string }, _req, reply) => {
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send({ code: 'E_BATCH_TOO_LARGE', message: err.message });
    const status = err.statusCode && err.statusCode < 500 ? 400 : 500;
    return reply.code(status).send({ code: status === 400 ? 'E_BAD_REQUEST' : 'E_INTERNAL', message: err.message });
  });
  app.setNotFoundHandler((req, reply) => reply.code(404).send({ code: 'E_NOT_FOUND', message: `no route ${req.method} ${req.url}` }));

  function count(route: string, outcome: string | number): void {
    const k = `${route} ${outcome}`;
    tally.set(k, (tally.get(k) ?? 0) + 1);
  }

  function reset(reply: FastifyReply): void {
    reply.hijack();
    // A TCP RST, not a polite FIN: the client sees ECONNRESET, as with a dropped middlebox connection.
    reply.raw.socket?.resetAndDestroy();
  }

  async function guarded(route: Exclude<FaultRoute, 'any'>, req: FastifyRequest, reply: FastifyReply, handle: (office: string) => Out): Promise<void> {
    if (faults.latencyMs > 0) await sleep(faults.latencyMs);
    const rawUrl = req.raw.url ?? req.url;
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const failure = authenticate({ method: req.method, rawUrl, headers: req.headers, body }, (o) => keys.get(o), nonces, now());
    if (failure) {
      count(route, 401);
      return void reply.code(401).send(failure);
    }
    const office = req.headers['x-office'] as string;
    const fault = faults.decide(route, req.method, rawUrl);
    switch (fault?.kind) {
      case 'resetBeforeApply':
        count(route, 'reset');
        return reset(reply);
      case 'error500':
        count(route, 500);
        return void reply.code(500).send({ code: 'E_INTERNAL', message: 'injected fault: internal error' });
      case 'unavailable503':
      case 'tooMany429': {
        const status = fault.kind === 'tooMany429' ? 429 : 503;
        count(route, status);
        const code = status === 429 ? 'E_RATE_LIMITED' : 'E_UNAVAILABLE';
        return void reply.code(status).header('retry-after', String(fault.retryAfterSec ?? 1)).send({ code, message: `injected fault: ${status}` });
      }
      case 'slow':
        if (fault.when === 'before') await sleep(fault.delayMs ?? 2000);
        break;
    }
    const out = handle(office);
    if (fault?.kind === 'resetAfterApply') {
      count(route, 'reset');
      return reset(reply); // applied, but the reply is lost: the case `duplicate` exists for
    }
    if (fault?.kind === 'slow' && fault.when !== 'before') await sleep(fault.delayMs ?? 2000);
    count(route, out.status);
    return void reply.code(out.status).send(out.body);
  }

  const query = (req: FastifyRequest) => new URL(req.raw.url ?? req.url, 'http://province.invalid').searchParams;

  app.get('/v1/ping', (req, reply) => guarded('ping', req, reply, (office) => ({ status: 200, body: { ok: true, time: now(), office } })));

  app.post('/v1/registrations/batch', (req, reply) =>
    guarded('batch', req, reply, (office) => {
      if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) return error(400, 'E_BAD_REQUEST', 'Content-Type must be application/json');
      let envelope: unknown;
      try {
        envelope = JSON.parse(utf8.decode(req.body as Buffer));
      } catch (e) {
        return error(400, 'E_BAD_REQUEST', `body is not UTF-8 JSON: ${(e as Error).message}`);
      }
      const records = (envelope as { records?: unknown } | null)?.records;
      if (typeof envelope !== 'object' || Array.isArray(envelope) || !Array.isArray(records)) return error(400, 'E_BAD_REQUEST', 'body must be {"records": [...]}');
      if (records.length === 0) return error(400, 'E_BAD_REQUEST', 'a batch holds 1 to 100 records');
      if (records.length > MAX_BATCH) return error(413, 'E_BATCH_TOO_LARGE', `${records.length} records; at most ${MAX_BATCH}`);
      return { status: 200, body: { results: registry.applyBatch(records, office) } };
    }),
  );

  app.get('/v1/marital-status', (req, reply) =>
    guarded('marital-status', req, reply, () => {
      const q = query(req);
      const idType = single(q, 'idType');
      const idNumber = single(q, 'idNumber');
      if (!idType || !(ID_TYPES as readonly string[]).includes(idType)) return error(400, 'E_BAD_REQUEST', `idType must be one of ${ID_TYPES.join(', ')}`);
      if (!idNumber) return error(400, 'E_BAD_REQUEST', 'idNumber is required');
      return { status: 200, body: { ...marital.lookup(idType, idNumber), asOf: new Date(now()).toISOString() } };
    }),
  );

  app.get('/v1/appointments', (req, reply) =>
    guarded('appointments', req, reply, (office) => {
      const q = query(req);
      const date = single(q, 'date');
      if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return error(400, 'E_BAD_REQUEST', 'date must be YYYY-MM-DD');
      if (q.getAll('cursor').length > 1) return error(400, 'E_BAD_REQUEST', 'one cursor at most');
      const cursor = q.get('cursor');
      const since = cursor ? decodeCursor(cursor) : 0;
      if (since === null) return error(400, 'E_BAD_REQUEST', 'cursor was not issued by this province');
      return { status: 200, body: book.changes(office, date, since) };
    }),
  );

  await app.listen({ host: '127.0.0.1', port: opts.port ?? 0 });
  const { port } = app.server.address() as { port: number };

  return {
    url: `http://127.0.0.1:${port}`,
    close: () => app.close(),
    offices,
    clock: {
      now,
      set: (ms: number) => void (offset = ms - base()),
      advance: (ms: number) => void (offset += ms),
    },
    state: {
      accepted: () => registry.acceptedInOrder(),
      get: (recordId, revision) => registry.get(recordId, revision),
      submissions: (recordId, revision) => registry.submissions(recordId, revision),
      latest: () => registry.latest(),
      nonces: () => nonces.entries(now()),
      requests: () => Object.fromEntries(tally),
    },
    merits: { refuse: (...a) => registry.refuse(...a), allow: (id) => registry.allow(id) },
    marital: { set: (t, n, e) => marital.set(t, n, e), clear: (t, n) => marital.clear(t, n), lookup: (t, n) => marital.lookup(t, n) },
    appointments: { put: (o, a) => book.put(o, a), cancel: (o, id) => book.cancel(o, id), all: (o) => book.all(o) },
    faults,
  };
}

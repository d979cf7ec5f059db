/**
 * The reference province against the contract (shared/provincial-api.md), through a plain signing client:
 * signing vectors, skew and replay, batch semantics, marital status, appointment cursors, and every fault kind.
 */
import crypto from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appointment, marriageRecord, OFFICE } from '../helpers/province/fixtures';
import {
  canonicalString, newOfficeKey, send, sm2PublicKeyOf, sm2Sign, sm3Hex, startReferenceProvince,
  type OfficeKey, type ReferenceProvince,
} from '../helpers/province/index';

// The GB/T 32918.2 sample key: its public key is published, so the derivation is checked against the standard.
const VECTOR_KEY: OfficeKey = {
  office: OFFICE,
  privateKey: '3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8',
  publicKey: '0409f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13',
};
const T = 1779244260000; // 2026-05-20T10:31:00+08:00
const NONCE = 'vector-nonce-0001';
const BODY = '{"records":[{"recordId":"0b9c6d1e-2f3a-4b5c-8d7e-9f0a1b2c3d4e","revision":1}]}';
const EMPTY_SM3 = '1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b';
const BODY_SM3 = '8518feed2c285793a889e065afc108edf59d39fbf34e4cc26e132732ca2f25ee';
// Made once with sm-crypto over the ping vector below; SM2 is randomized, so any client's signature differs, but this one must verify.
const PING_SIGNATURE = '200193a3fe2d73276f69b2d8e648e725744978dfeae482ad65557d566d55267975eccb28cc6cc3464df8430acf2ab49c430efad11d5c9e72543fc22ad526bc8b';

const vectorHeaders = (signature: string, nonce = NONCE) => ({ 'X-Office': OFFICE, 'X-Timestamp': String(T), 'X-Nonce': nonce, 'X-Signature': signature });
const errorCode = (p: Promise<unknown>) => p.then(() => 'no error', (e: NodeJS.ErrnoException) => e.code);

describe('signing vectors', () => {
  let province: ReferenceProvince;
  beforeAll(async () => {
    province = await startReferenceProvince({ now: () => T, offices: { [OFFICE]: VECTOR_KEY.publicKey } });
  });
  afterAll(() => province.close());

  it('derives the standard public key and the standard SM3 digests (cross-checked with OpenSSL)', () => {
    expect(sm2PublicKeyOf(VECTOR_KEY.privateKey)).toBe(VECTOR_KEY.publicKey);
    expect(sm3Hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(sm3Hex('')).toBe(EMPTY_SM3);
    expect(sm3Hex(BODY)).toBe(BODY_SM3);
    expect(crypto.createHash('sm3').update(BODY).digest('hex')).toBe(BODY_SM3);
  });

  it('builds the exact canonical strings', () => {
    expect(canonicalString({ method: 'GET', path: '/v1/ping', office: OFFICE, timestamp: String(T), nonce: NONCE, body: '' }))
      .toBe(`GET\n/v1/ping\n330102001\n1779244260000\nvector-nonce-0001\n${EMPTY_SM3}`);
    expect(canonicalString({ method: 'post', path: '/v1/registrations/batch', office: OFFICE, timestamp: String(T), nonce: NONCE, body: Buffer.from(BODY) }))
      .toBe(`POST\n/v1/registrations/batch\n330102001\n1779244260000\nvector-nonce-0001\n${BODY_SM3}`);
    expect(canonicalString({ method: 'GET', path: '/v1/marital-status?idType=resident_id&idNumber=110101199503140011', office: OFFICE, timestamp: String(T), nonce: NONCE, body: '' }))
      .toBe(`GET\n/v1/marital-status?idType=resident_id&idNumber=110101199503140011\n330102001\n1779244260000\nvector-nonce-0001\n${EMPTY_SM3}`);
  });

  it('verifies the fixed ping signature and a fresh sm-crypto signature over the batch vector', async () => {
    const ping = await send(province.url, VECTOR_KEY, { method: 'GET', path: '/v1/ping', headers: vectorHeaders(PING_SIGNATURE) });
    expect(ping.status).toBe(200);
    expect(ping.body).toEqual({ ok: true, time: T, office: OFFICE });
    const canonical = canonicalString({ method: 'POST', path: '/v1/registrations/batch', office: OFFICE, timestamp: String(T), nonce: 'vector-nonce-0002', body: BODY });
    const batch = await send(province.url, VECTOR_KEY, {
      method: 'POST', path: '/v1/registrations/batch', body: BODY, headers: vectorHeaders(sm2Sign(canonical, VECTOR_KEY.privateKey), 'vector-nonce-0002'),
    });
    expect(batch.status).toBe(200); // the tiny record itself is refused on its merits, after the signature passed
    expect(batch.body.results[0]).toMatchObject({ status: 'rejected', code: 'E_SCHEMA' });
  });

  it('fails E_SIGNATURE when one byte of the body, the path, the query order or the timestamp changes', async () => {
    const signature = sm2Sign(canonicalString({ method: 'POST', path: '/v1/registrations/batch', office: OFFICE, timestamp: String(T), nonce: 'vector-nonce-0003', body: BODY }), VECTOR_KEY.privateKey);
    const tampered = [
      { method: 'POST', path: '/v1/registrations/batch', body: BODY.replace('"revision":1', '"revision":2'), headers: vectorHeaders(signature, 'vector-nonce-0003') },
      { method: 'POST', path: '/v1/registrations/batch?x=1', body: BODY, headers: vectorHeaders(signature, 'vector-nonce-0003') },
      { method: 'POST', path: '/v1/registrations/batch', body: BODY, headers: { ...vectorHeaders(signature, 'vector-nonce-0003'), 'X-Timestamp': String(T + 1) } },
      { method: 'GET', path: '/v1/marital-status?idNumber=1&idType=resident_id', signedPath: '/v1/marital-status?idType=resident_id&idNumber=1' },
      { method: 'GET', path: '/v1/ping', headers: vectorHeaders(PING_SIGNATURE.toUpperCase(), 'vector-nonce-0004') },
      { method: 'GET', path: '/v1/ping', headers: { 'X-Office': '330102999' } },
      { method: 'GET', path: '/v1/ping', nonce: 'short' },
    ];
    for (const o of tampered) {
      const res = await send(province.url, VECTOR_KEY, { timestamp: T, ...o });
      expect(res.status, `${o.method} ${o.path}`).toBe(401);
      expect(res.body.code).toBe('E_SIGNATURE');
    }
  });
});

describe('the province as a server', () => {
  const key = newOfficeKey(OFFICE);
  let province: ReferenceProvince;
  beforeAll(async () => {
    province = await startReferenceProvince({ offices: { [OFFICE]: key.publicKey } });
  });
  afterAll(() => province.close());
  afterEach(() => province.faults.clear());
  const batch = (records: unknown[], extra: object = {}) => send(province.url, key, { method: 'POST', path: '/v1/registrations/batch', json: { records }, ...extra });
  const ping = (extra: object = {}) => send(province.url, key, { method: 'GET', path: '/v1/ping', ...extra });

  it('refuses a timestamp more than 300 s off and a nonce seen in the last 600 s', async () => {
    expect((await ping({ timestamp: Date.now() - 301_000 })).body.code).toBe('E_CLOCK_SKEW');
    expect((await ping({ timestamp: Date.now() + 301_000 })).body.code).toBe('E_CLOCK_SKEW');
    expect((await ping({ timestamp: Date.now() + 290_000 })).status).toBe(200);
    const nonce = 'replayed-nonce-0000000001';
    expect((await ping({ nonce })).status).toBe(200);
    const again = await ping({ nonce });
    expect([again.status, again.body.code]).toEqual([401, 'E_REPLAY']);
    expect(province.state.nonces().map((n) => n.nonce)).toContain(nonce);
    province.clock.advance(601_000); // the window passed: the nonce is forgotten (signed at the new time)
    expect((await ping({ nonce, timestamp: province.clock.now() })).status).toBe(200);
    province.clock.advance(-601_000);
  });

  it('accepts, answers duplicate with the first receipt, and rejects conflicts and gaps', async () => {
    const id = 'b1000000-0000-4000-8000-000000000001';
    const first = await batch([marriageRecord(id)]);
    expect(first.body.results[0]).toMatchObject({ recordId: id, revision: 1, status: 'accepted' });
    const receipt = first.body.results[0].receipt as string;
    // Same content in another key order is the same record.
    const reordered = Object.fromEntries(Object.entries(marriageRecord(id)).reverse());
    expect((await batch([reordered])).body.results[0]).toEqual({ recordId: id, revision: 1, status: 'duplicate', receipt });
    const changed = marriageRecord(id, { certificateNo: 'J330102-2026-999999' });
    expect((await batch([changed])).body.results[0]).toMatchObject({ status: 'rejected', code: 'E_REVISION_CONFLICT' });
    expect((await batch([marriageRecord(id, { revision: 3 })])).body.results[0]).toMatchObject({ status: 'rejected', code: 'E_REVISION_GAP' });
    // Revisions 2 and 3 in one batch, in order: each sees its predecessor.
    const two = await batch([marriageRecord(id, { revision: 2 }), marriageRecord(id, { revision: 3 })]);
    expect(two.body.results.map((r: { status: string }) => r.status)).toEqual(['accepted', 'accepted']);
    expect(province.state.accepted().filter((a) => a.recordId === id).map((a) => a.revision)).toEqual([1, 2, 3]);
    expect(province.state.submissions(id, 1)).toEqual({ applied: 1, duplicates: 1, conflicts: 1, gaps: 0, refused: 0 });
  });

  it('answers 413 above 100 records and 400 for a malformed envelope', async () => {
    const many = Array.from({ length: 101 }, (_, i) => marriageRecord(`c1000000-0000-4000-8000-${String(i).padStart(12, '0')}`));
    const big = await batch(many);
    expect([big.status, big.body.code]).toEqual([413, 'E_BATCH_TOO_LARGE']);
    expect(province.state.get(many[0]!.recordId as string, 1)).toBeUndefined();
    for (const body of ['{}', '[]', '{"records":[]}', '{"records":{}}', '{"records":[', 'null']) {
      const res = await send(province.url, key, { method: 'POST', path: '/v1/registrations/batch', body });
      expect([res.status, res.body.code], body).toEqual([400, 'E_BAD_REQUEST']);
    }
    const plain = await batch([marriageRecord('c2')], { headers: { 'Content-Type': 'text/plain' } });
    expect(plain.status).toBe(400);
  });

  it('rejects E_SCHEMA per record and refusals on merits, the rest of the batch going through', async () => {
    const broken = [
      { recordId: undefined }, { revision: 0 }, { kind: 'engagement' }, { office: '3301' }, { registeredAt: '2026-05-20' }, { parties: 'none' },
      { parties: [{ role: 'husband', name: '张伟' }] },
    ].map((o, i) => marriageRecord(`d1000000-0000-4000-8000-00000000000${i}`, o));
    province.merits.refuse('d2', 'E_ALREADY_MARRIED');
    const res = await batch([...broken, marriageRecord('d2'), marriageRecord('d3'), 'not a record']);
    const codes = res.body.results.map((r: { status: string; code?: string }) => r.code ?? r.status);
    expect(codes).toEqual([...broken.map(() => 'E_SCHEMA'), 'E_ALREADY_MARRIED', 'accepted', 'E_SCHEMA']);
    expect(res.body.results[6].message).toMatch(/parties\[0\]\.sex/);
    province.merits.allow('d2'); // the manager corrected it: the same revision, never accepted, now goes through
    expect((await batch([marriageRecord('d2')])).body.results[0].status).toBe('accepted');
  });

  it('answers the marital status configured, and "unknown" for anyone else (never "unmarried" by itself)', async () => {
    province.marital.set('resident_id', '110101199001010011', { status: 'married', records: [{ kind: 'marriage', certificateNo: 'J1', date: '2020-01-01', office: OFFICE }] });
    const ask = (q: string) => send(province.url, key, { method: 'GET', path: `/v1/marital-status?${q}` });
    const known = await ask('idType=resident_id&idNumber=110101199001010011');
    expect(known.body).toMatchObject({ status: 'married', records: [{ certificateNo: 'J1' }] });
    expect(Date.parse(known.body.asOf)).not.toBeNaN();
    expect((await ask('idType=resident_id&idNumber=110101199001010022')).body).toMatchObject({ status: 'unknown', records: [] });
    expect((await ask('idType=shoe_size&idNumber=1')).status).toBe(400);
    expect((await ask('idType=resident_id')).status).toBe(400);
  });

  it('lists appointments changed since the cursor, a cancellation included', async () => {
    const day = '2026-06-01';
    province.appointments.put(OFFICE, appointment('a1', day));
    province.appointments.put(OFFICE, appointment('a2', day, { slot: '10:00-10:30' }));
    province.appointments.put(OFFICE, appointment('a3', '2026-06-02'));
    province.appointments.put('330102002', appointment('a4', day));
    const pull = (cursor?: string) => send(province.url, key, { method: 'GET', path: `/v1/appointments?date=${day}${cursor ? `&cursor=${cursor}` : ''}` });
    const all = await pull();
    expect(all.body.appointments.map((a: { id: string }) => a.id)).toEqual(['a1', 'a2']);
    expect((await pull(all.body.cursor)).body.appointments).toEqual([]);
    province.appointments.cancel(OFFICE, 'a2');
    const after = await pull(all.body.cursor);
    expect(after.body.appointments).toMatchObject([{ id: 'a2', status: 'cancelled', slot: '10:00-10:30' }]);
    expect(after.body.cursor).not.toBe(all.body.cursor);
    expect((await pull('bm90LWEtY3Vyc29y')).status).toBe(400);
  });

  it('resets before applying: a socket error and nothing applied', async () => {
    province.faults.next('resetBeforeApply', 1, { on: 'batch' });
    expect(await errorCode(batch([marriageRecord('f1')]))).toBe('ECONNRESET');
    expect(province.state.get('f1', 1)).toBeUndefined();
    expect((await batch([marriageRecord('f1')])).body.results[0].status).toBe('accepted');
  });

  it('loses the reply after applying: resending gets duplicate with the same receipt', async () => {
    province.faults.next('resetAfterApply');
    expect(await errorCode(batch([marriageRecord('f2')]))).toBe('ECONNRESET');
    const applied = province.state.get('f2', 1)!;
    expect(applied).toBeDefined();
    expect((await batch([marriageRecord('f2')])).body.results[0]).toMatchObject({ status: 'duplicate', receipt: applied.receipt });
    expect(province.state.submissions('f2', 1)).toMatchObject({ applied: 1, duplicates: 1 });
  });

  it('answers 500, and 503 / 429 with Retry-After, without applying', async () => {
    province.faults.next('error500');
    province.faults.next('unavailable503', 1, { retryAfterSec: 7 });
    province.faults.next('tooMany429', 1, { retryAfterSec: 3 });
    const [a, b, c] = [await batch([marriageRecord('f3')]), await batch([marriageRecord('f3')]), await batch([marriageRecord('f3')])];
    expect([a.status, a.body.code]).toEqual([500, 'E_INTERNAL']);
    expect([b.status, b.headers['retry-after']]).toEqual([503, '7']);
    expect([c.status, c.headers['retry-after']]).toEqual([429, '3']);
    expect(province.state.get('f3', 1)).toBeUndefined();
  });

  it('replies slowly: a client that timed out finds the batch applied; a fixed latency delays every request', async () => {
    province.faults.next('slow', 1, { delayMs: 400 });
    expect(await errorCode(batch([marriageRecord('f4')], { timeoutMs: 100 }))).toBe('ETIMEDOUT');
    expect(province.state.get('f4', 1)).toBeDefined();
    province.faults.latencyMs = 50;
    const started = performance.now();
    expect((await ping()).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
    province.faults.latencyMs = 0;
  });

  it('never faults a 401, keeps rules to their route, and logs every fault by kind', async () => {
    province.faults.next('error500', 1, { on: 'batch' });
    expect((await ping({ headers: { 'X-Office': '999999999' } })).status).toBe(401);
    expect((await ping()).status).toBe(200);
    expect(province.faults.pending()).toHaveLength(1);
    expect((await batch([marriageRecord('f5')])).status).toBe(500);
    const counts = province.faults.counts();
    expect(counts).toMatchObject({ resetBeforeApply: 1, resetAfterApply: 1, error500: 2, unavailable503: 1, tooMany429: 1, slow: 1 });
    expect(province.faults.log().at(-1)).toMatchObject({ kind: 'error500', method: 'POST', url: '/v1/registrations/batch' });
  });

  it('draws probabilistic faults from the seed: the same seed gives the same sequence', async () => {
    const run = async () => {
      const p = await startReferenceProvince({ seed: 42, offices: { [OFFICE]: key.publicKey } });
      p.faults.add({ kind: 'unavailable503', probability: 0.5 });
      const statuses = [];
      for (let i = 0; i < 12; i++) statuses.push((await send(p.url, key, { method: 'GET', path: '/v1/ping' })).status);
      await p.close();
      return statuses;
    };
    const first = await run();
    expect(first).toEqual(await run());
    expect(new Set(first)).toEqual(new Set([200, 503]));
  });
});

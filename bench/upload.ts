// Uploading a backlog: 10,000 records through the outbox worker to the reference province with 50 ms
// added to every request, against the ideal (requests needed x 50 ms). The gap is signing (SM2 in
// plain JS on both sides), the host's writes of each batch's answers, and the worker's loop.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { BATCH_SIZE, OutboxWorker } from '../main/exchange/outbox-worker';
import { generateOfficeKey } from '../main/exchange/signing';
import { openDatabase } from '../main/store/db';
import { enqueueOutbox, outboxCounts } from '../main/store/outbox';
import { marriageRecord, OFFICE } from '../tests/helpers/province/fixtures';
import { startReferenceProvince } from '../tests/helpers/province';

export async function runUploadBench(opts: { records?: number; latencyMs?: number; out?: (line: string) => void } = {}): Promise<void> {
  const records = opts.records ?? 10_000;
  const latencyMs = opts.latencyMs ?? 50;
  const out = opts.out ?? ((line: string) => console.log(line));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hall-bench-upload-'));
  const db = openDatabase(path.join(dir, 'hall.sqlite'));
  const key = generateOfficeKey();
  const province = await startReferenceProvince({ offices: { [OFFICE]: key.publicKey }, latencyMs });
  try {
    const at = new Date().toISOString();
    db.transaction(() => {
      for (let i = 0; i < records; i++) {
        const recordId = `bench-${String(i).padStart(6, '0')}`;
        enqueueOutbox(db, { recordId, revision: 1, kind: 'marriage', payload: marriageRecord(recordId) }, at);
      }
    })();
    const worker = new OutboxWorker(db, { baseUrl: province.url, key, officeCode: () => OFFICE });
    const t0 = performance.now();
    worker.start();
    while (outboxCounts(db, at).pending > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    const seconds = (performance.now() - t0) / 1000;
    await worker.stop();
    const requests = Math.ceil(records / BATCH_SIZE);
    const ideal = (requests * latencyMs) / 1000;
    out(`Upload: ${records.toLocaleString('en')} records to the reference province, ${latencyMs} ms added per request, batches of ${BATCH_SIZE}`);
    out(`  total ${seconds.toFixed(2)} s   ${Math.round(records / seconds).toLocaleString('en')} records/s   ideal ${ideal.toFixed(2)} s (${requests} requests x ${latencyMs} ms)   ratio ${(seconds / ideal).toFixed(2)}x`);
    out(`  accepted by the province: ${province.state.accepted().length.toLocaleString('en')}`);
  } finally {
    await province.close();
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

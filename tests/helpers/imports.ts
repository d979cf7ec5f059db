/* The archive import through the real API: upload a sheet, start its job, wait for the job to end. */
import { api } from './host';
import { REGISTER_HEADERS } from './register-sheet';

/** A register CSV (UTF-8) with the usual headers, from rows keyed by header. */
export function registerCsv(rows: readonly Readonly<Partial<Record<(typeof REGISTER_HEADERS)[number], string>>>[]): string {
  const line = (cells: readonly string[]) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',');
  return [line(REGISTER_HEADERS), ...rows.map((r) => line(REGISTER_HEADERS.map((h) => r[h] ?? '')))].join('\r\n') + '\r\n';
}

export async function uploadSheet(url: string, token: string, bytes: Buffer | string, name: string): Promise<{ status: number; json: any }> {
  const res = await fetch(`${url}/api/imports/files?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
    body: new Uint8Array(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes),
  });
  return { status: res.status, json: await res.json() };
}

/** Polls the job until it is no longer running: the host runs it in the background. */
export async function jobWhenStopped(url: string, token: string, jobId: number): Promise<any> {
  for (;;) {
    const job = await api(url, token, 'GET', `/api/imports/jobs/${jobId}`);
    if (job.json.state !== 'running') return job.json;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Uploads a sheet, imports it with the mapping its headers suggest, and returns the finished job. */
export async function importSheet(url: string, token: string, content: Buffer | string, name = '登记簿.csv'): Promise<any> {
  const up = await uploadSheet(url, token, content, name);
  if (up.status !== 200) throw new Error(JSON.stringify(up.json));
  const started = await api(url, token, 'POST', '/api/imports/jobs', { fileId: up.json.fileId, mapping: up.json.guessedMapping });
  if (started.status !== 200) throw new Error(JSON.stringify(started.json));
  return jobWhenStopped(url, token, started.json.id);
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, loginAs, startHost, type RunningHost } from '../helpers/host';
import { couple, marriageProposal } from '../helpers/people';
import { setUpOffice } from '../helpers/office';
import Database from 'better-sqlite3';
import path from 'node:path';

let host: RunningHost;
beforeAll(async () => {
  host = await startHost();
});
afterAll(async () => host.stop());

describe('twenty windows registering at once', () => {
  it('never uses a certificate number twice, and leaves no gap', async () => {
    const { manager } = await setUpOffice(host.url, host.adminPassword);
    // Twenty registrars, each with their own session, as at twenty windows.
    const admin = await loginAs(host.url, 'admin', host.adminPassword);
    const tokens = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        await api(host.url, admin, 'POST', '/api/users', { username: `w${i}`, displayName: `窗口${i}`, role: 'registrar', password: 'window-pass-1' });
        return loginAs(host.url, `w${i}`, 'window-pass-1');
      }),
    );
    const drafts = await Promise.all(tokens.map((t, i) => api(host.url, t, 'POST', '/api/cases', marriageProposal(...couple(`并${i}`)))));
    for (const d of drafts) await api(host.url, manager, 'POST', `/api/cases/${d.json.id}/actions`, { action: 'override-status', reason: '未接入省级平台，已人工核实' });
    await Promise.all(drafts.map((d, i) => api(host.url, tokens[i]!, 'POST', `/api/cases/${d.json.id}/actions`, { action: 'accept' })));
    const registered = await Promise.all(drafts.map((d, i) => api(host.url, tokens[i]!, 'POST', `/api/cases/${d.json.id}/actions`, { action: 'register' })));
    for (const r of registered) expect(r.status, JSON.stringify(r.json)).toBe(200);
    const numbers = registered.map((r) => r.json.certificateNumber as string);
    expect(new Set(numbers).size).toBe(20);
    const year = numbers[0]!.slice(8, 12);
    expect(numbers.map((n) => Number(n.slice(-6))).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(numbers.every((n) => n.startsWith(`J110101-${year}-`))).toBe(true);
    const db = new Database(path.join(host.dataDir, 'hall.sqlite'), { readonly: true });
    expect(db.prepare("SELECT count(*) FROM outbox WHERE kind = 'marriage'").pluck().get()).toBe(20);
    db.close();
  });
});

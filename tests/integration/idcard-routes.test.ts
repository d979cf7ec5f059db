import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startHost, type RunningHost } from '../helpers/host';
import { setUpOffice } from '../helpers/office';

let host: RunningHost;
let clerk: string;
beforeAll(async () => {
  host = await startHost({ env: { HALL_READER: 'simulator', HALL_BIND: '0.0.0.0' } });
  ({ clerk } = await setUpOffice(host.url, host.adminPassword));
});
afterAll(async () => host.stop());

describe('the card reader through the loopback device routes, with HALL_READER=simulator', () => {
  it('lists the simulated reader and its sample cards', async () => {
    const status = await api(host.url, clerk, 'GET', '/api/devices/idcard');
    expect(status.json).toMatchObject({ mode: 'simulator', cardPresent: false });
    expect(status.json.samples.map((s: { name: string }) => s.name)).toContain('resident-zhangsan');
  });

  it('reads a card placed on it, keeps it while it lies there, and times out once it is taken away', async () => {
    expect((await api(host.url, clerk, 'POST', '/api/devices/idcard/simulator', { action: 'place', card: 'resident-zhangsan' })).status).toBe(200);
    const read = await api(host.url, clerk, 'POST', '/api/devices/idcard/read', { timeoutSeconds: 5 });
    expect(read.status, JSON.stringify(read.json)).toBe(200);
    expect(read.json.identity).toMatchObject({ cardType: 'resident_id', name: '张三', idNumber: '11010519491231002X', validTo: '2040-01-01' });
    expect(read.json).toMatchObject({ photoDecoded: false });
    expect(read.json.photoNote).toContain('未安装');
    // Asked again with the card still there: the same card at once.
    expect((await api(host.url, clerk, 'POST', '/api/devices/idcard/read', { timeoutSeconds: 1 })).json.identity.name).toBe('张三');
    await api(host.url, clerk, 'POST', '/api/devices/idcard/simulator', { action: 'remove' });
    await new Promise((r) => setTimeout(r, 1000));
    const none = await api(host.url, clerk, 'POST', '/api/devices/idcard/read', { timeoutSeconds: 1 });
    expect(none).toMatchObject({ status: 408, json: { code: 'IDCARD_NO_CARD' } });
  });

  it('reads a card placed while a screen is waiting', async () => {
    const waiting = api(host.url, clerk, 'POST', '/api/devices/idcard/read', { timeoutSeconds: 10 });
    await new Promise((r) => setTimeout(r, 500));
    await api(host.url, clerk, 'POST', '/api/devices/idcard/simulator', { action: 'place', card: 'resident-wangqiang' });
    expect((await waiting).json.identity).toMatchObject({ name: '王强', sex: 'M' });
  });

  it('refuses an unknown sample, and answers devices to this PC only', async () => {
    expect((await api(host.url, clerk, 'POST', '/api/devices/idcard/simulator', { action: 'place', card: 'nobody' })).json.code).toBe('IDCARD_SAMPLE_UNKNOWN');
    const lan = Object.values(os.networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!lan) return; // no LAN address on this machine: nothing else to reach the host from
    const remote = await api(host.url.replace('127.0.0.1', lan.address), clerk, 'GET', '/api/devices/idcard');
    expect(remote).toMatchObject({ status: 403, json: { code: 'DEVICE_REMOTE' } });
  });
});

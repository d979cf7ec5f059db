import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, defaultDataDir, demoDataDir, loadConfig, resolveDataDir } from '../../main/server/config';

const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'hall-config-'));

describe('configuration', () => {
  it('uses the defaults of DESIGN.md on an empty folder', () => {
    const c = loadConfig(dir(), {});
    expect(c).toMatchObject({ port: 7420, bind: '127.0.0.1', reader: 'auto', mode: 'desk', adminPassword: undefined });
    expect(c.sources.port).toBe('default');
  });

  it('lets each HALL_* variable override its key in config.json', () => {
    const d = dir();
    fs.writeFileSync(path.join(d, 'config.json'), JSON.stringify({ port: 7500, officeCode: '110101001' }));
    const c = loadConfig(d, { HALL_PORT: '7600' });
    expect(c.port).toBe(7600);
    expect(c.sources.port).toBe('env');
    expect(c.officeCode).toBe('110101001');
    expect(c.sources.officeCode).toBe('file');
  });

  it.each([
    ['HALL_PORT', '70000'],
    ['HALL_BIND', 'the-lan'],
    ['HALL_OFFICE_CODE', '12345678'],
    ['HALL_PROVINCE_URL', 'ftp://province'],
    ['HALL_PROVINCE_KEY', 'abc'],
    ['HALL_READER', 'usb'],
    ['HALL_ADMIN_PASSWORD', 'short'],
  ])('refuses %s=%s with a message naming the key', (key, value) => {
    expect(() => loadConfig(dir(), { [key]: value })).toThrow(ConfigError);
    expect(() => loadConfig(dir(), { [key]: value })).toThrow(key);
  });

  it('never echoes a secret in its error', () => {
    expect(() => loadConfig(dir(), { HALL_PROVINCE_KEY: 'secret-not-hex' })).toThrow(/已隐藏/);
    try {
      loadConfig(dir(), { HALL_PROVINCE_KEY: 'secret-not-hex' });
    } catch (err) {
      expect((err as Error).message).not.toContain('secret-not-hex');
    }
  });

  it('wants a host URL in station mode', () => {
    expect(() => loadConfig(dir(), { HALL_MODE: 'station' })).toThrow('HALL_HOST_URL');
    expect(loadConfig(dir(), { HALL_MODE: 'station', HALL_HOST_URL: 'http://192.168.1.10:7420' }).hostUrl).toBe('http://192.168.1.10:7420');
  });

  it('keeps the demo beside the real data, never inside it', () => {
    expect(demoDataDir('/srv/hall/')).toBe('/srv/hall-demo');
    expect(resolveDataDir({ HALL_DATA_DIR: '/srv/hall' }, true)).toBe('/srv/hall-demo');
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toContain('registration-hall');
  });
});

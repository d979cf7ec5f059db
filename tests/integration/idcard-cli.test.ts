import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHall, tempDataDir } from '../helpers/host';
import { FIXTURES } from '../unit/idcard/helpers';

const frame = (name: string) => path.join(FIXTURES, 'frames', name);
const env = () => ({ HALL_DATA_DIR: tempDataDir('hall-idcard-'), HALL_READER: 'auto' });

/** The JSON document in the output (progress lines go to stderr, which runHall merges). */
function json(out: string): any {
  return JSON.parse(out.slice(out.indexOf('{'), out.lastIndexOf('}') + 1));
}

describe('hall idcard decode', () => {
  it('prints the identity of the worked 30 01 answer of the protocol page and exits 0', async () => {
    const { code, out } = await runHall(['idcard', 'decode', frame('read-3001-zhangsan.hex')], env());
    expect(code).toBe(0);
    expect(json(out)).toMatchObject({ cardType: 'resident_id', name: '张三', sex: 'F', ethnicityName: '汉', idNumber: '11010519491231002X', photo: { format: 'wlt', bytes: 1024 }, warnings: [] });
  });

  it('decodes a 30 10 answer with a fingerprint, which it does not print', async () => {
    const { code, out } = await runHall(['idcard', 'decode', frame('read-3010-zhangsan-fingerprint.hex')], env());
    expect(code).toBe(0);
    expect(json(out).name).toBe('张三');
    expect(out).not.toContain('fingerprint');
  });

  it.each([
    ['read-3001-zhangsan-truncated.hex', 'FRAME_TRUNCATED'],
    ['read-3001-zhangsan-bad-checksum.hex', 'FRAME_CHECKSUM'],
    ['find-no-card.hex', 'SAM_STATUS SW3=80'],
  ])('prints the error code of %s and exits non-zero', async (file, expected) => {
    const { code, out } = await runHall(['idcard', 'decode', frame(file)], env());
    expect(code).toBe(1);
    expect(out.startsWith(expected)).toBe(true);
  });
});

describe('hall idcard list and read', () => {
  it('says no reader was found, cleanly, where none is attached', async () => {
    const { code, out } = await runHall(['idcard', 'list'], env());
    expect(code).toBe(0);
    expect(out.trim()).toBe('未找到读卡器 / no reader found');
  });

  it('reads the sample card from the simulator with --simulator, and with HALL_READER=simulator', async () => {
    const flag = await runHall(['idcard', 'read', '--simulator', '--card', 'foreign-2023-doe'], env());
    expect(flag.code).toBe(0);
    expect(json(flag.out)).toMatchObject({ cardType: 'foreign_permanent_id', cardVersion: '2023', nationality: 'USA', warnings: [] });
    const byConfig = await runHall(['idcard', 'read'], { ...env(), HALL_READER: 'simulator' });
    expect(byConfig.code).toBe(0);
    expect(json(byConfig.out).name).toBe('张三');
    const listed = await runHall(['idcard', 'list'], { ...env(), HALL_READER: 'simulator' });
    expect(listed.out).toContain('simulator-hid');
  });
});

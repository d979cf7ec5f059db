import { describe, expect, it } from 'vitest';
import { buildCommand, buildResponse, expectStatus, parseResponse, SAM_COMMANDS } from '../../../main/devices/idcard';
import { frameFixture, hex, toHex, unwrap } from './helpers';

describe('command frames, byte for byte as the protocol page lists them', () => {
  const table: [keyof typeof SAM_COMMANDS, string][] = [
    ['resetSam', 'AA AA AA 96 69 00 03 10 FF EC'],
    ['samStatus', 'AA AA AA 96 69 00 03 11 FF ED'],
    ['samId', 'AA AA AA 96 69 00 03 12 FF EE'],
    ['findCard', 'AA AA AA 96 69 00 03 20 01 22'],
    ['selectCard', 'AA AA AA 96 69 00 03 20 02 21'],
    ['readCard', 'AA AA AA 96 69 00 03 30 01 32'],
    ['readCardWithFingerprint', 'AA AA AA 96 69 00 03 30 10 23'],
    ['readLatestAddress', 'AA AA AA 96 69 00 03 30 03 30'],
  ];
  it.each(table)('%s is %s', (name, frame) => {
    const [cmd, para] = SAM_COMMANDS[name];
    expect(toHex(buildCommand(cmd, para))).toBe(frame);
  });
});

describe('response frames from the protocol page', () => {
  it('find card, card present: SW3 9F and four zero bytes', () => {
    const bytes = hex('AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97');
    const frame = parseResponse(bytes);
    expect(frame).toEqual({ ok: true, value: { sw1: 0, sw2: 0, sw3: 0x9f, data: new Uint8Array(4) } });
    expect(toHex(buildResponse(0x9f, new Uint8Array(4)))).toBe(toHex(bytes));
  });

  it('find card, no card: SW3 80, which the caller may accept or turn into SAM_STATUS', () => {
    const bytes = hex('AA AA AA 96 69 00 04 00 00 80 84');
    const frame = parseResponse(bytes);
    expect(frame.ok && frame.value.sw3).toBe(0x80);
    expect(toHex(buildResponse(0x80))).toBe(toHex(bytes));
    const refused = expectStatus(unwrap(frame), 0x9f);
    expect(refused).toMatchObject({ ok: false, error: { code: 'SAM_STATUS', status: 0x80, statusMeaning: 'find card: no card' } });
  });

  it('select card: SW3 90 and eight zero bytes', () => {
    const bytes = hex('AA AA AA 96 69 00 0C 00 00 90 00 00 00 00 00 00 00 00 9C');
    expect(parseResponse(bytes)).toEqual({ ok: true, value: { sw1: 0, sw2: 0, sw3: 0x90, data: new Uint8Array(8) } });
    expect(toHex(buildResponse(0x90, new Uint8Array(8)))).toBe(toHex(bytes));
  });

  it('the worked 30 01 answer: 1,295 bytes, LEN 05 08, checksum A6', () => {
    const bytes = hex(frameFixture('read-3001-zhangsan.hex'));
    expect(bytes.length).toBe(1295);
    expect(toHex(bytes.subarray(0, 14))).toBe('AA AA AA 96 69 05 08 00 00 90 01 00 04 00');
    expect(bytes[1294]).toBe(0xa6);
    const frame = parseResponse(bytes);
    expect(frame.ok && frame.value.data.length).toBe(4 + 256 + 1024);
  });

  it('30 10 answers: 2,321 bytes (LEN 09 0A) with a fingerprint, 1,297 (05 0A) without', () => {
    const withFp = hex(frameFixture('read-3010-zhangsan-fingerprint.hex'));
    const without = hex(frameFixture('read-3010-zhangsan-no-fingerprint.hex'));
    expect([withFp.length, withFp[5], withFp[6]]).toEqual([2321, 0x09, 0x0a]);
    expect([without.length, without[5], without[6]]).toEqual([1297, 0x05, 0x0a]);
    expect(parseResponse(withFp).ok && parseResponse(without).ok).toBe(true);
  });
});

describe('a frame that is wrong says how, with a code', () => {
  const good = hex('AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97');
  const code = (bytes: Uint8Array) => {
    const r = parseResponse(bytes);
    return r.ok ? 'ok' : r.error.code;
  };

  it('a wrong preamble byte is FRAME_PREAMBLE', () => {
    for (let i = 0; i < 5; i++) {
      const bad = good.slice();
      bad[i]! ^= 0x01;
      expect(code(bad)).toBe('FRAME_PREAMBLE');
    }
  });

  it('a short dump is FRAME_TRUNCATED, even the bare preamble or nothing at all', () => {
    for (let n = 0; n < good.length; n++) expect(code(good.subarray(0, n))).toBe('FRAME_TRUNCATED');
  });

  it('trailing bytes, or a LEN below 4 or above the largest answer, are FRAME_LENGTH', () => {
    expect(code(Uint8Array.from([...good, 0x00]))).toBe('FRAME_LENGTH');
    expect(code(hex('AA AA AA 96 69 00 03 00 00 03'))).toBe('FRAME_LENGTH');
    expect(code(hex('AA AA AA 96 69 09 0B 00'))).toBe('FRAME_LENGTH');
  });

  it('any single changed byte after LEN is FRAME_CHECKSUM', () => {
    for (let i = 7; i < good.length; i++) {
      const bad = good.slice();
      bad[i]! ^= 0x40;
      expect(code(bad)).toBe('FRAME_CHECKSUM');
    }
  });

  it('never reads past its input: a frame cut out of a larger buffer parses alone', () => {
    const big = new Uint8Array(100).fill(0xaa);
    big.set(good, 10);
    expect(code(big.subarray(10, 10 + good.length))).toBe('ok');
    expect(code(big.subarray(10, 10 + good.length - 1))).toBe('FRAME_TRUNCATED');
  });

  it('a SAM status carries its byte and meaning', () => {
    const failed = parseResponse(buildResponse(0x41));
    expect(failed.ok).toBe(true);
    const r = expectStatus(unwrap(failed), 0x90);
    expect(r).toMatchObject({ ok: false, error: { code: 'SAM_STATUS', status: 0x41, statusMeaning: 'reading the card failed' } });
  });
});

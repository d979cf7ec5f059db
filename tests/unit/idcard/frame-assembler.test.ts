import { describe, expect, it } from 'vitest';
import { buildResponse, FrameAssembler } from '../../../main/devices/idcard';
import { frameFixture, hex } from './helpers';

const codes = (results: ReturnType<FrameAssembler['push']>) => results.map((r) => (r.ok ? `ok:${r.value.length}` : r.error.code));

describe('reassembling frames from pieces', () => {
  const answer = hex(frameFixture('read-3001-zhangsan.hex'));

  it('takes a 1,295-byte answer in 64-byte reports and yields it once, whole', () => {
    const a = new FrameAssembler();
    const out = [];
    for (let at = 0; at < answer.length; at += 64) out.push(...a.push(answer.subarray(at, at + 64)));
    expect(codes(out)).toEqual(['ok:1287']);
  });

  it('takes it one byte at a time, and knows a frame has begun in between', () => {
    const a = new FrameAssembler();
    const out = [];
    for (let i = 0; i < answer.length; i++) {
      out.push(...a.push(answer.subarray(i, i + 1)));
      if (i >= 4 && i < answer.length - 1) expect(a.inFrame).toBe(true);
    }
    expect(codes(out)).toEqual(['ok:1287']);
    expect(a.inFrame).toBe(false);
  });

  it('skips garbage and report padding before a preamble, even a preamble split across pieces', () => {
    const a = new FrameAssembler();
    const frame = buildResponse(0x90, new Uint8Array(8));
    expect(a.push(Uint8Array.from([0x00, 0x13, 0xaa, 0xaa]))).toEqual([]);
    expect(codes(a.push(Uint8Array.from([...frame.subarray(2), 0, 0, 0])))).toEqual(['ok:11']);
  });

  it('yields two frames that arrive in one piece, in order', () => {
    const a = new FrameAssembler();
    const two = Uint8Array.from([...buildResponse(0x80), ...buildResponse(0x9f, new Uint8Array(4))]);
    expect(codes(a.push(two))).toEqual(['ok:3', 'ok:7']);
  });

  it('reports an impossible LEN at once instead of waiting for 64 KB, then finds the next frame', () => {
    const a = new FrameAssembler();
    const out = a.push(Uint8Array.from([...hex('AA AA AA 96 69 FF FF 00'), ...buildResponse(0x80)]));
    expect(codes(out)).toEqual(['FRAME_LENGTH', 'ok:3']);
  });

  it('reports a bad checksum and keeps going', () => {
    const a = new FrameAssembler();
    const bad = buildResponse(0x80);
    bad[bad.length - 1]! ^= 1;
    expect(codes(a.push(Uint8Array.from([...bad, ...buildResponse(0x90)])))).toEqual(['FRAME_CHECKSUM', 'ok:3']);
  });
});

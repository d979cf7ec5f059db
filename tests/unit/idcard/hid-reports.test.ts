import { describe, expect, it } from 'vitest';
import { buildCommand, buildResponse, SIMULATOR_PROFILES } from '../../../main/devices/idcard';
import { chunkIntoReports, pullRequest, reportPayload, withoutReportId, withReportId, type HidCarrier } from '../../../main/devices/idcard/hid-reports';

const RAW = SIMULATOR_PROFILES.hid.carrier as HidCarrier;
const COUNTED = SIMULATOR_PROFILES.hidChunked.carrier as HidCarrier;

describe('frames in HID reports', () => {
  it('writes a command in one 64-byte report, padded, after report ID 00', () => {
    const [report, ...more] = chunkIntoReports(buildCommand(0x20, 0x01), RAW);
    expect(more).toEqual([]);
    const written = withReportId(report!, RAW);
    expect(written.length).toBe(65);
    expect(Array.from(written.subarray(0, 11))).toEqual([0x00, 0xaa, 0xaa, 0xaa, 0x96, 0x69, 0x00, 0x03, 0x20, 0x01, 0x22]);
    expect(written.subarray(11).every((b) => b === 0)).toBe(true);
  });

  it('splits a 1,295-byte answer into 21 raw reports, or 21 counted ones of up to 63 bytes', () => {
    const answer = buildResponse(0x90, new Uint8Array(1284));
    expect(chunkIntoReports(answer, RAW)).toHaveLength(21);
    const counted = chunkIntoReports(answer, COUNTED);
    expect(counted).toHaveLength(21);
    expect(counted.map((r) => r[0])).toEqual([...Array(20).fill(63), 1295 - 20 * 63]);
    const joined = Uint8Array.from(counted.flatMap((r) => Array.from(reportPayload(r, COUNTED))));
    expect(joined).toEqual(answer);
  });

  it('reads a counted report whose count is out of range as carrying nothing, never past its end', () => {
    const report = new Uint8Array(64);
    report[0] = 200;
    expect(reportPayload(report, COUNTED)).toEqual(new Uint8Array(0));
    report[0] = 0;
    expect(reportPayload(report, COUNTED)).toEqual(new Uint8Array(0));
  });

  it('asks for the next chunk with a report whose first byte is FF, and strips a numbered report ID on read', () => {
    expect(pullRequest(COUNTED)?.[0]).toBe(0xff);
    expect(pullRequest(RAW)).toBeNull();
    expect(Array.from(withoutReportId(Uint8Array.from([2, 9, 9]), COUNTED))).toEqual([9, 9]);
    expect(Array.from(withReportId(Uint8Array.from([9]), COUNTED))).toEqual([2, 9]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildCommand, formatSamId, SAM_COMMANDS, type SamCommandName } from '../../../main/devices/idcard';
import { SimulatedSam, SIMULATED_SAM_ID } from '../../../main/devices/idcard/simulator/sam';
import { cardFixtures, frameFixture, hex, toHex } from './helpers';

const FIX = cardFixtures();

function send(sam: SimulatedSam, name: SamCommandName): string {
  const [cmd, para] = SAM_COMMANDS[name];
  const replies = sam.receive(buildCommand(cmd, para));
  expect(replies).toHaveLength(1);
  return toHex(replies[0]!.frame);
}

describe('the simulated SAM answers byte for byte as the protocol page says', () => {
  it('with no card: find 80, select 81, read 41', () => {
    const sam = new SimulatedSam();
    expect(send(sam, 'findCard')).toBe('AA AA AA 96 69 00 04 00 00 80 84');
    expect(send(sam, 'selectCard')).toBe(toHex(hex('AA AA AA 96 69 00 04 00 00 81 85')));
    expect(send(sam, 'readCard')).toBe('AA AA AA 96 69 00 04 00 00 41 45');
  });

  it('with 张三 placed: find 9F, select 90, and the worked 1,295-byte answer; then find 80 until she is placed again', () => {
    const sam = new SimulatedSam();
    expect(sam.place({ facts: FIX['resident-zhangsan']! }).ok).toBe(true);
    expect(send(sam, 'readCard')).toBe('AA AA AA 96 69 00 04 00 00 41 45'); // read before select
    expect(send(sam, 'findCard')).toBe('AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97');
    expect(send(sam, 'selectCard')).toBe('AA AA AA 96 69 00 0C 00 00 90 00 00 00 00 00 00 00 00 9C');
    expect(send(sam, 'readCard')).toBe(toHex(hex(frameFixture('read-3001-zhangsan.hex'))));
    expect(send(sam, 'findCard')).toBe('AA AA AA 96 69 00 04 00 00 80 84');
    sam.remove();
    expect(send(sam, 'readCard')).toBe('AA AA AA 96 69 00 04 00 00 41 45'); // after removal
    sam.place({ facts: FIX['resident-zhangsan']! });
    expect(send(sam, 'findCard')).toContain('9F');
  });

  it('answers 30 10 with and without a fingerprint as the page measures them', () => {
    const sam = new SimulatedSam();
    sam.place({ facts: FIX['resident-zhangsan']!, fingerprint: Uint8Array.from({ length: 1024 }, (_, i) => (i * 7) & 0xff) });
    send(sam, 'selectCard');
    expect(send(sam, 'readCardWithFingerprint')).toBe(toHex(hex(frameFixture('read-3010-zhangsan-fingerprint.hex'))));
    sam.place({ facts: FIX['resident-zhangsan']! });
    send(sam, 'selectCard');
    expect(send(sam, 'readCardWithFingerprint')).toBe(toHex(hex(frameFixture('read-3010-zhangsan-no-fingerprint.hex'))));
  });

  it('30 03 gives 91 with no added address, the address in 70 bytes of UCS-2 otherwise', () => {
    const sam = new SimulatedSam();
    sam.place({ facts: FIX['resident-zhangsan']! });
    send(sam, 'selectCard');
    expect(send(sam, 'readLatestAddress')).toBe('AA AA AA 96 69 00 04 00 00 91 95');
    sam.place({ facts: FIX['resident-zhangsan']!, latestAddress: '北京市东城区新地址2号' });
    send(sam, 'selectCard');
    const answer = hex(send(sam, 'readLatestAddress'));
    expect(answer.length).toBe(7 + 3 + 70 + 1);
    expect(Buffer.from(answer.subarray(10, 80)).toString('utf16le').trimEnd()).toBe('北京市东城区新地址2号');
  });

  it('a bad checksum gives 10, an impossible length 11, an unknown command 21', () => {
    const sam = new SimulatedSam();
    const bad = buildCommand(0x20, 0x01);
    bad[9]! ^= 0xff;
    expect(toHex(sam.receive(bad)[0]!.frame)).toBe('AA AA AA 96 69 00 04 00 00 10 14');
    expect(toHex(sam.receive(hex('AA AA AA 96 69 00 01 00'))[0]!.frame)).toBe('AA AA AA 96 69 00 04 00 00 11 15');
    expect(toHex(sam.receive(buildCommand(0x55, 0x55))[0]!.frame)).toBe('AA AA AA 96 69 00 04 00 00 21 25');
  });

  it('returns an injected status on the next command of that name only', () => {
    const sam = new SimulatedSam();
    sam.place({ facts: FIX['resident-zhangsan']! });
    sam.injectStatus(0x41, 'readCard');
    expect(send(sam, 'findCard')).toContain('9F');
    send(sam, 'selectCard');
    expect(send(sam, 'readCard')).toBe('AA AA AA 96 69 00 04 00 00 41 45');
    expect(send(sam, 'findCard')).toContain('9F'); // the failed read left the card unread
  });

  it('takes commands in any pieces, garbage before them skipped', () => {
    const sam = new SimulatedSam();
    const frame = buildCommand(0x11, 0xff);
    expect(sam.receive(Uint8Array.from([0, 0, ...frame.subarray(0, 4)]))).toEqual([]);
    expect(toHex(sam.receive(frame.subarray(4))[0]!.frame)).toBe('AA AA AA 96 69 00 04 00 00 90 94');
  });

  it('gives its 16-byte SAM id, which is formatted only for display', () => {
    const sam = new SimulatedSam();
    const answer = hex(send(sam, 'samId'));
    expect([answer[5], answer[6]]).toEqual([0x00, 0x14]);
    expect(answer.subarray(10, 26)).toEqual(SIMULATED_SAM_ID);
    expect(formatSamId(SIMULATED_SAM_ID)).toBe('05.01-00123456-1234567890-0123456789');
  });
});

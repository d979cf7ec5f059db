import { describe, expect, it } from 'vitest';
import { timeOrderedUuid } from '../../../main/store/backentry/record-id';

describe('record ids of back-entered cases', () => {
  it('are UUIDv7: version 7, RFC variant, the time in the first 48 bits, in time order', () => {
    const at = Date.parse('2026-05-20T02:00:00.000Z');
    const id = timeOrderedUuid(at);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace('-', '').slice(0, 12), 16)).toBe(at);
    expect(timeOrderedUuid(at + 1) > timeOrderedUuid(at)).toBe(true);
    expect(new Set(Array.from({ length: 1000 }, () => timeOrderedUuid(at))).size).toBe(1000);
  });
});

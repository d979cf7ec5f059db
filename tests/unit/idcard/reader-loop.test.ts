import { afterEach, describe, expect, it } from 'vitest';
import { CardReader, combineSources, createSimulatedReader, type CardReaderOptions, type SimulatedCarrier, type SimulatedReader } from '../../../main/devices/idcard';
import { cardFixtures, ManualClock, recordEvents } from './helpers';

const FIX = cardFixtures();
const zhang = { facts: FIX['resident-zhangsan']! };
const chen = { facts: FIX['hmt-hongkong']! };
const running: { reader: CardReader; clock: ManualClock }[] = [];

function setup(carrier: SimulatedCarrier = 'hid', extra: Partial<CardReaderOptions> = {}) {
  const clock = new ManualClock();
  const sim = createSimulatedReader({ carrier, clock, serialChunkSizes: [5, 64, 1] });
  const reader = new CardReader({ source: sim, clock, ...extra });
  running.push({ reader, clock });
  const { events, log } = recordEvents(reader);
  reader.start();
  return { clock, sim, reader, events, log };
}

afterEach(async () => {
  // stop() waits for the command in flight, which runs on the test's clock.
  for (const { reader, clock } of running.splice(0)) {
    const stopped = reader.stop();
    await clock.advance(5000);
    await stopped;
  }
});

describe.each<SimulatedCarrier>(['hid', 'hidChunked', 'serial'])('the reading loop over the %s carrier', (carrier) => {
  it('reads a placed card once, reports its removal, and reads it again when placed again', async () => {
    const { clock, sim, log } = setup(carrier);
    await clock.advance(1000);
    expect(log).toEqual(['reader-found']);
    sim.place(zhang);
    await clock.advance(1000);
    expect(log).toEqual(['reader-found', 'card:张三']);
    await clock.advance(3000); // the card stays: no second report
    expect(log).toEqual(['reader-found', 'card:张三']);
    sim.remove();
    await clock.advance(700);
    expect(log).toEqual(['reader-found', 'card:张三', 'removed']);
    sim.place(chen);
    await clock.advance(700);
    expect(log).toEqual(['reader-found', 'card:张三', 'removed', 'card:陈大文']);
  });
});

describe('the reading loop', () => {
  it('polls find about every 300 ms while waiting', async () => {
    const { clock, sim } = setup();
    await clock.advance(3000);
    const finds = sim.commandsReceived.filter((c) => c === 'findCard').length;
    expect(finds).toBeGreaterThanOrEqual(9);
    expect(finds).toBeLessThanOrEqual(11);
  });

  it('reports a card lifted and placed again between two polls as removed, then read', async () => {
    const { clock, sim, log } = setup();
    sim.place(zhang);
    await clock.advance(1000);
    sim.remove();
    sim.place(chen);
    await clock.advance(400);
    expect(log).toEqual(['reader-found', 'card:张三', 'removed', 'card:陈大文']);
  });

  it('reports a status 41 in the middle of a read, then reads the card on the next poll', async () => {
    const { clock, sim, events, log } = setup();
    await clock.advance(500);
    sim.injectStatus(0x41, 'readCard');
    sim.place(zhang);
    await clock.advance(1000);
    expect(log).toEqual(['reader-found', 'error:SAM_STATUS:41', 'card:张三']);
    expect(events[1]).toMatchObject({ type: 'error', attempt: 1, giveUp: false, error: { statusMeaning: 'reading the card failed' } });
  });

  it('gives up after three failed reads of one placement, and reads it when it is placed again', async () => {
    const { clock, sim, log } = setup();
    for (let i = 0; i < 3; i++) sim.injectStatus(0x41, 'readCard');
    sim.place(zhang);
    await clock.advance(3000);
    expect(log).toEqual(['reader-found', 'error:SAM_STATUS:41', 'error:SAM_STATUS:41', 'error:SAM_STATUS:41']);
    sim.remove();
    await clock.advance(400);
    sim.place(zhang);
    await clock.advance(400);
    expect(log.at(-1)).toBe('card:张三');
  });

  it('reports a reader unplugged in the middle of a read, finds it again when plugged back, and reads the card', async () => {
    const { clock, sim, log } = setup();
    sim.setDelays({ readMs: 500 });
    await clock.advance(500);
    sim.place(zhang);
    expect(await clock.until(() => sim.commandsReceived.includes('readCard'))).toBe(true);
    await clock.advance(100);
    sim.unplug();
    await clock.advance(3000);
    expect(log).toEqual(['reader-found', 'reader-lost:READER_LOST']);
    sim.plug();
    await clock.advance(3000);
    expect(log).toEqual(['reader-found', 'reader-lost:READER_LOST', 'reader-found', 'card:张三']);
  });

  it('reads from a slow reader that still answers within the time-outs, in the time it took', async () => {
    const { clock, sim, events, log } = setup();
    sim.setDelays({ answerMs: 250, readMs: 1000 });
    sim.place(zhang);
    await clock.advance(5000);
    expect(log).toEqual(['reader-found', 'card:张三']);
    const card = events.find((e) => e.type === 'card');
    expect(card?.type === 'card' && card.reading.elapsedMs).toBe(250 + 1000);
  });

  it('reports a read slower than its time-out as an error, without waiting for it', async () => {
    const { clock, sim, events } = setup();
    await clock.advance(500);
    sim.setDelays({ readMs: 5000 });
    sim.place(zhang);
    await clock.advance(1000 + 1100 + 50);
    expect(events.map((e) => e.type)).toEqual(['reader-found', 'error']);
    expect(events[1]).toMatchObject({ error: { code: 'READER_TIMEOUT' } });
  });

  it('reports a cut-off answer as FRAME_TRUNCATED and reads the card again at once, though find would now say 80', async () => {
    const { clock, sim, log } = setup('serial');
    await clock.advance(500);
    sim.truncateNextAnswer(600, 'readCard');
    sim.place(zhang);
    await clock.advance(3000);
    expect(log).toEqual(['reader-found', 'error:FRAME_TRUNCATED', 'card:张三']);
  });

  it('forgets a failed read silently when the card was lifted before the retry', async () => {
    const { clock, sim, log } = setup();
    await clock.advance(500);
    sim.injectStatus(0x41, 'readCard');
    sim.place(zhang);
    expect(await clock.until(() => log.length === 2)).toBe(true);
    sim.remove();
    await clock.advance(2000);
    expect(log).toEqual(['reader-found', 'error:SAM_STATUS:41']);
  });

  it('reports a reader that stops answering as lost within its time-outs, and does not announce it again until it answers', async () => {
    const { clock, sim, log } = setup();
    await clock.advance(500);
    sim.setSilent(true);
    await clock.advance(300 * 3 + 300);
    expect(log).toEqual(['reader-found', 'reader-lost:READER_TIMEOUT']);
    await clock.advance(10_000);
    expect(log).toEqual(['reader-found', 'reader-lost:READER_TIMEOUT']);
    sim.setSilent(false);
    await clock.advance(3000);
    expect(log).toEqual(['reader-found', 'reader-lost:READER_TIMEOUT', 'reader-found']);
  });

  it('stops within the command in flight', async () => {
    const { clock, reader, sim } = setup();
    await clock.advance(500);
    const stopped = reader.stop();
    await clock.advance(400);
    await stopped;
    const sent = sim.commandsReceived.length;
    await clock.advance(5000);
    expect(sim.commandsReceived.length).toBe(sent);
  });
});

describe('two readers on one PC', () => {
  function pair(clock: ManualClock): [SimulatedReader, SimulatedReader] {
    return [createSimulatedReader({ clock, serialNumber: 'WINDOW-1' }), createSimulatedReader({ clock, carrier: 'serial', serialNumber: 'WINDOW-2' })];
  }

  it('are told apart by their key: each loop reads only its own reader', async () => {
    const clock = new ManualClock();
    const [a, b] = pair(clock);
    const source = combineSources([a, b]);
    const loopA = new CardReader({ source, clock, readerKey: a.info.key });
    const loopB = new CardReader({ source, clock, readerKey: b.info.key });
    const logA = recordEvents(loopA).log;
    const logB = recordEvents(loopB).log;
    loopA.start();
    loopB.start();
    b.place(chen);
    await clock.advance(1500);
    expect(logA).toEqual(['reader-found']);
    expect(logB).toEqual(['reader-found', 'card:陈大文']);
    expect(loopA.reader?.serialNumber).toBe('WINDOW-1');
    void loopA.stop();
    void loopB.stop();
    await clock.advance(2000);
  });

  it('an unpinned loop goes back to the reader it had when that one is plugged back', async () => {
    const clock = new ManualClock();
    const [a, b] = pair(clock);
    b.unplug();
    const loop = new CardReader({ source: combineSources([a, b]), clock });
    const { events } = recordEvents(loop);
    loop.start();
    await clock.advance(500);
    b.plug();
    a.unplug();
    await clock.advance(500);
    a.plug();
    await clock.advance(3000);
    const found = events.filter((e) => e.type === 'reader-found').map((e) => e.reader.serialNumber);
    expect(found[0]).toBe('WINDOW-1');
    // After losing WINDOW-1 it may take WINDOW-2 meanwhile; it never announces a reader it cannot talk to.
    expect(found.every((s) => s === 'WINDOW-1' || s === 'WINDOW-2')).toBe(true);
    void loop.stop();
    await clock.advance(2000);
  });
});

describe('the photo', () => {
  it('is decoded only by an installed vendor decoder, within a bounded time', async () => {
    const clock = new ManualClock();
    const sim = createSimulatedReader({ clock });
    sim.place(zhang);
    const decoder = { name: 'test-wlt', decode: async (wlt: Uint8Array) => ({ mime: 'image/bmp' as const, data: wlt.subarray(0, 4) }) };
    const hanging = { name: 'hangs', decode: () => new Promise<never>(() => {}) };
    for (const [photoDecoder, decodedFlag] of [[decoder, true], [hanging, false], [null, false]] as const) {
      sim.remove();
      sim.place(zhang);
      const loop = new CardReader({ source: sim, clock, photoDecoder });
      const { events } = recordEvents(loop);
      loop.start();
      await clock.advance(4000);
      const card = events.find((e) => e.type === 'card');
      expect(card?.type === 'card' && card.reading.photo.photoDecoded).toBe(decodedFlag);
      const stopped = loop.stop();
      await clock.advance(2000);
      await stopped;
    }
  });
});

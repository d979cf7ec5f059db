// Decoding a card against the reader's own time: a 30 10 answer (2,321 bytes, fingerprint included)
// through the frame layer and the text decoder, and the whole driver path (select + read over
// simulated 64-byte HID reports + reassembly + decode) with the simulated reader answering at once.
// A real reader takes about 500 ms to read a card; the figures here are what the driver adds to that.
import { performance } from 'node:perf_hooks';
import { quantiles } from './quantiles';
import { decodeCardFrame, encodeCardAnswerFrame, SAMPLE_CARDS, createSimulatedReader, SamClient, systemClock } from '../main/devices/idcard';

const READER_OWN_READ_MS = 500;


export async function runIdcardBench(opts: { n?: number; out?: (line: string) => void } = {}): Promise<{ decode: { median: number; p99: number }; driver: { median: number; p99: number } }> {
  const n = opts.n ?? 5000;
  const out = opts.out ?? ((line: string) => console.log(line));
  const answer = encodeCardAnswerFrame({ facts: SAMPLE_CARDS['resident-zhangsan'], fingerprint: new Uint8Array(1024).fill(0x5a) }, true);
  if (!answer.ok) throw new Error(answer.error.code);
  const frame = answer.value;

  for (let i = 0; i < 500; i++) decodeCardFrame(frame);
  const decodeTimes: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const r = decodeCardFrame(frame);
    decodeTimes.push(performance.now() - t0);
    if (!r.ok) throw new Error(r.error.code);
  }

  const sim = createSimulatedReader({ carrier: 'hid' });
  sim.place({ facts: SAMPLE_CARDS['resident-zhangsan'], fingerprint: new Uint8Array(1024) });
  const transport = sim.transport(sim.info);
  await transport.open();
  const sam = new SamClient(transport, { clock: systemClock });
  const driverTimes: number[] = [];
  const rounds = Math.max(200, Math.floor(n / 10));
  for (let i = 0; i < rounds + 50; i++) {
    const t0 = performance.now();
    await sam.command('selectCard', 300);
    const read = await sam.command('readCardWithFingerprint', 1100);
    if (!read.ok) throw new Error(read.error.code);
    const card = decodeCardFrame(frame);
    if (!card.ok) throw new Error(card.error.code);
    if (i >= 50) driverTimes.push(performance.now() - t0);
  }
  await transport.close();

  const decode = quantiles(decodeTimes);
  const driver = quantiles(driverTimes);
  const ms = (x: number) => x.toFixed(3).padStart(8);
  out(`ID card: decoding a 30 10 answer (2,321 bytes) vs the reader's own ~${READER_OWN_READ_MS} ms read`);
  out('step                                        median        p99   share of a 500 ms read');
  out(`decode 30 10 frame (${n} runs)`.padEnd(40) + `${ms(decode.median)} ms ${ms(decode.p99)} ms   ${((decode.median / READER_OWN_READ_MS) * 100).toFixed(3)} %`);
  out(`select + read over HID reports + decode`.padEnd(40) + `${ms(driver.median)} ms ${ms(driver.p99)} ms   ${((driver.median / READER_OWN_READ_MS) * 100).toFixed(3)} %`);
  return { decode, driver };
}

import fs from 'node:fs';
import type { HallConfig } from '../server/config';
import {
  CardReader,
  createSimulatedReader,
  decodeCardFrame,
  hexOf,
  parseHexDump,
  readOneCard,
  SAMPLE_CARD_NAMES,
  SAMPLE_CARDS,
  SUPPORT_LABELS,
  systemReaderSource,
  type IdcardError,
  type ReaderInfo,
  type ReaderSource,
  type SampleCardName,
} from '../devices/idcard';
import { flags, UsageError } from './args';

const USAGE = `用法：
  hall idcard list                     列出读卡器 (readers found, with their profile)
  hall idcard read [--simulator] [--card NAME] [--timeout SECONDS] [--fingerprint]
                                       等待一张证件并输出 JSON
  hall idcard decode FILE              解码十六进制的 30 01 / 30 10 应答帧`;

/** `hall idcard list | read | decode FILE`. */
export async function idcard(config: HallConfig, argv: string[], out: (line: string) => void): Promise<number> {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'list':
      flags(rest, { simulator: { type: 'boolean' } });
      return list(config, rest.includes('--simulator'), out);
    case 'read':
      return read(config, rest, out);
    case 'decode':
      return decode(rest, out);
    default:
      throw new UsageError(USAGE);
  }
}

function simulatorWanted(config: HallConfig, flag: boolean): boolean {
  return flag || config.reader === 'simulator';
}

async function list(config: HallConfig, simulator: boolean, out: (line: string) => void): Promise<number> {
  if (!simulator && config.reader === 'none') {
    out('读卡器已停用（HALL_READER=none） / reader disabled');
    return 0;
  }
  const readers = await (simulatorWanted(config, simulator) ? createSimulatedReader() : systemReaderSource()).enumerate();
  if (readers.length === 0) {
    out('未找到读卡器 / no reader found');
    return 0;
  }
  for (const r of readers) out(describe(r));
  return 0;
}

function describe(r: ReaderInfo): string {
  const ids = `${hexOf(r.vendorId, 4)}:${hexOf(r.productId, 4)}`;
  const serial = r.serialNumber ? `  序列号 ${r.serialNumber}` : '';
  const support = SUPPORT_LABELS[r.profile.support];
  return `${ids}  ${r.profile.label}  [${r.profile.id}, ${r.profile.carrier.kind}]  ${support}${serial}  ${r.path}`;
}

async function read(config: HallConfig, argv: string[], out: (line: string) => void): Promise<number> {
  const { values } = flags(argv, { simulator: { type: 'boolean' }, card: { type: 'string' }, timeout: { type: 'string' }, fingerprint: { type: 'boolean' } });
  const simulator = simulatorWanted(config, values.simulator === true);
  if (!simulator && config.reader === 'none') {
    out('读卡器已停用（HALL_READER=none） / reader disabled');
    return 1;
  }
  const timeoutSeconds = Number(values.timeout ?? 30);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) throw new UsageError('--timeout 应为正数（秒）');
  let source: ReaderSource;
  if (simulator) {
    const name = (values.card ?? 'resident-zhangsan') as SampleCardName;
    if (!SAMPLE_CARD_NAMES.includes(name)) throw new UsageError(`--card 应为 ${SAMPLE_CARD_NAMES.join('、')} 之一`);
    // A real read takes about half a second; the simulator keeps that pace so the command feels the same.
    const sim = createSimulatedReader({ readDelayMs: 500 });
    sim.place({ facts: SAMPLE_CARDS[name] });
    source = sim;
  } else {
    source = systemReaderSource();
    const usable = (await source.enumerate()).filter((r) => r.profile.support === 'supported');
    if (usable.length === 0) {
      out('未找到可用的读卡器 / no reader found');
      return 1;
    }
  }
  const reader = new CardReader({ source, withFingerprint: values.fingerprint === true });
  // Progress goes to stderr so stdout stays one JSON document for scripts.
  const progress = (line: string) => process.stderr.write(`${line}\n`);
  reader.on((event) => {
    if (event.type === 'reader-found') progress(`读卡器 ${event.reader.profile.label}，请放置证件…`);
    if (event.type === 'error') progress(errorLine(event.error));
    if (event.type === 'reader-lost') progress(`读卡器断开：${errorLine(event.error)}`);
  });
  const result = await readOneCard(reader, timeoutSeconds * 1000);
  if (!result.ok) {
    out(errorLine(result.error));
    return 1;
  }
  out(JSON.stringify(result.value.identity, null, 2));
  if (!result.value.photo.photoDecoded) progress(`照片未解码：${result.value.photo.reason}`);
  return 0;
}

async function decode(argv: string[], out: (line: string) => void): Promise<number> {
  const { positionals } = flags(argv, {});
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError('用法：hall idcard decode FILE（FILE 为十六进制文本的应答帧）');
  const bytes = parseHexDump(fs.readFileSync(file, 'utf8'));
  const card = bytes.ok ? decodeCardFrame(bytes.value) : bytes;
  if (!card.ok) {
    out(errorLine(card.error));
    return 1;
  }
  out(JSON.stringify(card.value.identity, null, 2));
  return 0;
}

/** The code first (scripts match on it), then the Chinese message and what exactly was wrong. */
function errorLine(error: IdcardError): string {
  const status = error.status === undefined ? '' : ` SW3=${hexOf(error.status, 2)} (${error.statusMeaning})`;
  return `${error.code}${status}: ${error.message}${error.detail ? `（${error.detail}）` : ''}`;
}

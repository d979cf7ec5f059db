import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../main/server/config';
import { startHost, type Host } from '../../main/server/host';
import { tempDataDir } from './host';
import type { MaritalStatusChecker } from '../../main/exchange/marital-status';

export interface InProcHost extends Host {
  readonly dataDir: string;
  /** Moves the host's clock forward. */
  advance(ms: number): void;
}

/** The real host in this process on a free port, with a clock the test controls. */
export async function startInProcess(
  opts: { env?: Record<string, string>; demo?: boolean; startMs?: number; statusChecker?: MaritalStatusChecker; dataDir?: string } = {},
): Promise<InProcHost> {
  const dataDir = opts.dataDir ?? tempDataDir();
  const config = loadConfig(dataDir, { HALL_PORT: '1', HALL_ADMIN_PASSWORD: 'admin-test-pass', ...opts.env });
  let nowMs = opts.startMs ?? Date.parse('2026-11-23T09:00:00+08:00');
  const host = await startHost({
    config: { ...config, port: 0 },
    demo: opts.demo ?? false,
    version: 'test',
    rendererDir: null,
    templatesDir: path.resolve('resources/templates'),
    logger: pino({ level: 'silent' }),
    now: () => nowMs,
    statusChecker: opts.statusChecker,
  });
  return Object.assign(host, { dataDir, advance: (ms: number) => void (nowMs += ms) });
}

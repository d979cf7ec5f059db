import fs from 'node:fs';
import path from 'node:path';
import pino, { type Logger } from 'pino';
import { maskIdNumbersInText } from '../domain/mask';

/** Masks ID numbers in every string of a log record, however deep. */
export function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskIdNumbersInText(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { type: value.name, message: maskIdNumbersInText(value.message), stack: value.stack && maskIdNumbersInText(value.stack) };
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1));
  // Requests, sockets and the like go through their serializers, which mask what they keep.
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, depth + 1)]));
}

/** pino to `logs/hall.log` in the data directory; tokens and passwords redacted, ID numbers masked. */
export function createLogger(dataDir: string, level: string): Logger {
  const dir = path.join(dataDir, 'logs');
  fs.mkdirSync(dir, { recursive: true });
  const destination = pino.destination({ dest: path.join(dir, 'hall.log'), mkdir: true, sync: false });
  return pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: ['req.headers.authorization', 'req.headers["sec-websocket-protocol"]', 'req.headers.cookie', '*.password', '*.token', 'password', 'token'],
        censor: '[redacted]',
      },
      serializers: {
        req: (req: { method: string; url: string; ip?: string }) => ({ method: req.method, url: maskIdNumbersInText(String(req.url)), ip: req.ip }),
      },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => maskDeep(a)) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}

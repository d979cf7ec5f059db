import { parseArgs } from 'node:util';

export class UsageError extends Error {}

/** Parses one subcommand's flags; unknown flags are a usage error, not ignored. */
export function flags<T extends Record<string, { type: 'string' | 'boolean'; short?: string }>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options: { ...options, demo: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

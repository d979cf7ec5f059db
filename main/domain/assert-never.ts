/** Ends every switch over a union: a missing case fails to compile, and an impossible value at run time is a bug. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}

import { ApiError } from '../api-error';
import type { Handlers } from '../handlers';

/** Device routes answer this PC only: a reader or printer belongs to whoever sits at it. */
export function localOnly(loopback: boolean): void {
  if (!loopback) throw new ApiError('DEVICE_REMOTE');
}

/** The device plane in headless mode: this PC's reader, for screens opened on this PC only. */
export const deviceHandlers: Pick<Handlers, 'idcardStatus' | 'idcardRead' | 'idcardSimulate'> = {
  idcardStatus(ctx, { loopback }) {
    localOnly(loopback);
    return ctx.idcard.status();
  },
  async idcardRead(ctx, { body, loopback }) {
    localOnly(loopback);
    const result = await ctx.idcard.read(body.timeoutSeconds * 1000);
    if (!result.ok) throw new ApiError(result.error.code, undefined, result.error.message);
    const r = result.value;
    return { identity: r.identity, photoDecoded: r.photo.photoDecoded, photoNote: r.photo.photoDecoded ? null : r.photo.reason, readAt: new Date(r.readAt).toISOString(), elapsedMs: r.elapsedMs };
  },
  idcardSimulate(ctx, { body, loopback }) {
    localOnly(loopback);
    const result = ctx.idcard.simulate(body);
    if (!result.ok) throw new ApiError(result.error.code, undefined, result.error.message);
    return { ok: true as const };
  },
};

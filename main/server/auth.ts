import type { FastifyRequest } from 'fastify';
import type { Access } from '../contract/routes';
import type { SessionUser } from '../contract/session';
import { EVENTS_PROTOCOL } from '../contract/events';
import type { WritableDB } from '../store/db';
import { deviceByToken, type HallDeviceRow } from '../store/hall-devices';
import { sessionUser } from '../store/sessions';
import type { DeviceKind } from '../domain/roles';
import { ApiError } from './api-error';

/** The bearer token of a request: the Authorization header, or for the WebSocket the subprotocol after ours. */
export function tokenOf(req: FastifyRequest): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || undefined;
  const protocols = req.headers['sec-websocket-protocol'];
  if (typeof protocols === 'string') {
    const list = protocols.split(',').map((p) => p.trim());
    const i = list.indexOf(EVENTS_PROTOCOL);
    if (i >= 0 && list[i + 1]) return list[i + 1];
  }
  return undefined;
}

export type Principal = { user: SessionUser; device?: undefined; token: string } | { user?: undefined; device: HallDeviceRow; token: string };

/**
 * 401 without a valid token, 403 for a role the route does not admit. A device token (kiosk,
 * display) opens only routes that list its kind: never 'any'.
 */
export function authorize(db: WritableDB, req: FastifyRequest, access: Access, nowIso: string): Principal | null {
  if (access === 'public') return null;
  const token = tokenOf(req);
  if (!token) throw new ApiError('AUTH_REQUIRED');
  const user = sessionUser(db, token, nowIso);
  if (user) {
    if (access !== 'any' && !access.includes(user.role)) throw new ApiError('AUTH_FORBIDDEN');
    return { user, token };
  }
  const device = deviceByToken(db, token, nowIso);
  if (!device) throw new ApiError('AUTH_REQUIRED');
  if (access === 'any' || !access.includes(device.kind satisfies DeviceKind)) throw new ApiError('AUTH_FORBIDDEN');
  return { device, token };
}

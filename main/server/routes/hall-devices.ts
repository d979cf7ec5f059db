import type { DeviceView } from '../../contract/hall-devices';
import { addHallDevice, getHallDevice, listHallDevices, revokeHallDevice, type HallDeviceRow } from '../../store/hall-devices';
import { getOfficeSettings } from '../../store/settings';
import { ApiError } from '../api-error';
import type { Handlers } from '../handlers';
import { DEFAULT_PREFIXES, SERVICES } from '../../domain/queue/services';
import { getPolicy } from '../queue/act';

const view = (d: HallDeviceRow): DeviceView => ({ ...d });

export const hallDeviceHandlers: Pick<Handlers, 'listDevices' | 'addDevice' | 'revokeDevice' | 'deviceSelf'> = {
  listDevices: (ctx) => ({ items: listHallDevices(ctx.db).map(view) }),
  addDevice(ctx, { body, user, at }) {
    const { device, token } = addHallDevice(ctx.db, body, { actor: user.username, at });
    return { device: view(device), token };
  },
  revokeDevice(ctx, { params, user, at }) {
    const d = revokeHallDevice(ctx.db, params.id, { actor: user.username, at });
    if (!d) throw new ApiError('NOT_FOUND');
    return view(d);
  },
  deviceSelf(ctx, { device }) {
    const d = device && getHallDevice(ctx.db, device.id);
    if (!d) throw new ApiError('AUTH_REQUIRED');
    const policy = getPolicy(ctx.db);
    const ticketLetters = [...new Set(SERVICES.map((s) => policy.prefixes[s] ?? DEFAULT_PREFIXES[s]))].sort();
    return { device: view(d), officeName: getOfficeSettings(ctx.db).officeName, ticketLetters };
  },
};

import type { OfficeSettingsView } from '../../contract/settings';
import type { OfficeSettings } from '../../domain/office';
import { getOfficeSettings, putOfficeSettings } from '../../store/settings';
import type { HostContext, Handlers } from '../handlers';
import { ApiError } from '../api-error';

/** The office as the hall sees it: a code fixed by configuration wins over the stored one. */
export function effectiveOffice(ctx: HostContext): OfficeSettingsView {
  const stored = getOfficeSettings(ctx.db);
  const fixed = ctx.config.officeCode;
  return { ...stored, officeCode: fixed ?? stored.officeCode, officeCodeFromConfig: fixed !== undefined };
}

export const settingsHandlers: Pick<Handlers, 'getOffice' | 'putOffice'> = {
  getOffice(ctx) {
    return effectiveOffice(ctx);
  },
  putOffice(ctx, { body, user, at }) {
    const fixed = ctx.config.officeCode;
    if (fixed !== undefined && body.officeCode !== fixed) {
      throw new ApiError('VALIDATION', [
        { code: 'OFFICE_CODE_FIXED', field: 'officeCode', message: `登记机关代码：由配置项 HALL_OFFICE_CODE 设定为 ${fixed}，不能在此修改` },
      ]);
    }
    const next: OfficeSettings = { officeName: body.officeName, officeCode: body.officeCode, foreignRelated: body.foreignRelated };
    putOfficeSettings(ctx.db, next, { actor: user.username, at });
    ctx.events.publish({ type: 'settings.changed' });
    return effectiveOffice(ctx);
  },
};

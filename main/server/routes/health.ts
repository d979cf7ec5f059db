import { SCHEMA_VERSION } from '../../store/db';
import type { Handlers } from '../handlers';
import { effectiveOffice } from './settings';

export const healthHandlers: Pick<Handlers, 'health'> = {
  health(ctx) {
    return { status: 'ok' as const, version: ctx.version, schemaVersion: SCHEMA_VERSION, demo: ctx.demo, officeName: effectiveOffice(ctx).officeName };
  },
};

import type { BackupStatusView } from '../../../../main/contract';
import { call } from '../../api/client';
import { useLiveStatus, type LiveStatus } from '../../api/useLiveStatus';

const load = () => call('backupStatus');
/** A backup goes missing with no event saying so: while backups are set up, keep looking. */
export const whileConfigured = (status: BackupStatusView) => status.configured;
/** A copy in progress moves between its (throttled) events. */
export const whileRunning = (status: BackupStatusView) => status.running !== null;

/** The backup status, kept fresh by 'backups.changed', and every `pollMs` while `keepPolling` says so. */
export function useBackupStatus(pollMs: number, keepPolling: (status: BackupStatusView) => boolean = whileConfigured): LiveStatus<BackupStatusView> {
  return useLiveStatus(load, 'backups.changed', pollMs, keepPolling);
}

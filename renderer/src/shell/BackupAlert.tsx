import { useBackupStatus } from '../pages/backups/useBackupStatus';
import { HostAlert } from './HostAlert';

/** A backup goes missing without any event (26 hours pass): look again every ten minutes. */
const POLL_MS = 10 * 60_000;

/** The manager's banner above every screen when the last backup failed or none succeeded for too long; the host words it. */
export function BackupAlert() {
  const { status } = useBackupStatus(POLL_MS);
  return <HostAlert text={status?.alert} severity={status?.alertKind === 'failed' ? 'error' : 'warning'} href="#/backups" linkText="查看数据备份" testId="backup-alert" />;
}

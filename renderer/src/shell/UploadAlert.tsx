import { useUploadStatus } from '../pages/uploads/useUploadStatus';
import { HostAlert } from './HostAlert';

/** A backlog ages without any event: look again once a minute while records wait. */
const POLL_MS = 60_000;

/**
 * The manager's banner above every screen when uploads to the province have stopped or the
 * backlog is older than the limit; the host words the sentence, this only shows it.
 */
export function UploadAlert() {
  const { status } = useUploadStatus(POLL_MS);
  return <HostAlert text={status?.alert} severity={status?.state === 'stopped' ? 'error' : 'warning'} href="#/uploads" linkText="查看上传情况" testId="upload-alert" />;
}

import { Alert } from 'antd';
import { useUploadStatus } from '../pages/uploads/useUploadStatus';

/** A backlog ages without any event: look again once a minute while records wait. */
const POLL_MS = 60_000;

/**
 * The manager's banner above every screen when uploads to the province have stopped or the
 * backlog is older than the limit; the host words the sentence, this only shows it.
 */
export function UploadAlert() {
  const { status } = useUploadStatus(POLL_MS);
  if (!status?.alert) return null;
  return (
    <Alert
      type={status.state === 'stopped' ? 'error' : 'warning'}
      showIcon
      banner
      title={status.alert}
      action={<a href="#/uploads">查看上传情况</a>}
      style={{ marginBottom: 16 }}
      data-testid="upload-alert"
    />
  );
}

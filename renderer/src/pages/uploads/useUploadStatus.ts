import type { UploadStatusView } from '../../../../main/contract';
import { call } from '../../api/client';
import { useLiveStatus, type LiveStatus } from '../../api/useLiveStatus';

export type UploadStatusState = LiveStatus<UploadStatusView>;

const load = () => call('uploadStatus');
/** A backlog ages without any event saying so. */
const waiting = (status: UploadStatusView) => status.pending > 0;

/** The upload status, kept fresh by 'uploads.changed', and every `pollMs` while records wait. */
export function useUploadStatus(pollMs: number): UploadStatusState {
  return useLiveStatus(load, 'uploads.changed', pollMs, waiting);
}

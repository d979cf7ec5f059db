import { Alert, Button, Card, Skeleton, Space } from 'antd';
import { ConfigCheck } from './ConfigCheck';
import { RejectionsTable } from './RejectionsTable';
import { UploadFigures } from './UploadFigures';
import { useUploadStatus } from './useUploadStatus';

/** While a backlog drains the figures move without events for every record: look every 10 s. */
const POLL_MS = 10_000;

/** 上传省级平台: how the office's records reach the province, and the ones it sent back. */
export function UploadsPage() {
  const { status, error, reload, show } = useUploadStatus(POLL_MS);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title="上传省级平台" extra={<Button onClick={() => void reload()}>刷新</Button>}>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        {!status ? (
          !error && <Skeleton active />
        ) : (
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            <UploadFigures status={status} />
            <ConfigCheck status={status} />
          </Space>
        )}
      </Card>
      {status && (
        <Card title={`被退回的记录（${status.rejections.length}）`}>
          <RejectionsTable rejections={status.rejections} onChanged={show} />
        </Card>
      )}
    </Space>
  );
}

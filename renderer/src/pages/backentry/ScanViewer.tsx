import { PictureOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import { App, Button, Empty, Space, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/client';
import { readAsDataUrl, type PickedScan } from './files';

const STEP = 0.25;
const MIN_ZOOM = 0.5;
const MAX_ZOOM = 4;
const zoomed = (z: number, delta: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round((z + delta) * 100) / 100));

/**
 * The scanned page beside the form, as wide as its column to start with; zoomed with the buttons
 * or Ctrl + wheel, scrolled inside its frame so the form stays where it is.
 */
export function ScanViewer({ scan, onPick, problem }: { scan: PickedScan | null; onPick?: (scan: PickedScan) => void; problem?: string | null }) {
  const { message } = App.useApp();
  const [zoom, setZoom] = useState(1);
  const zoomBy = (delta: number) => setZoom((z) => zoomed(z, delta));
  const frame = useRef<HTMLDivElement>(null);
  // React's wheel listeners are passive: only a native one may keep Ctrl + wheel from zooming the whole window.
  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey) return;
      event.preventDefault();
      setZoom((z) => zoomed(z, event.deltaY < 0 ? STEP : -STEP));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, []);

  const pick = async (file: File) => {
    try {
      onPick?.(await readAsDataUrl(file));
      setZoom(1);
    } catch (failure) {
      void message.error(errorMessage(failure));
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {onPick && (
          <Upload accept="image/png,image/jpeg,image/webp,image/gif,image/bmp" showUploadList={false} maxCount={1} beforeUpload={(file) => {
              void pick(file);
              return false;
            }}>
            <Button icon={<PictureOutlined />} data-testid="choose-scan">{scan ? '换扫描件' : '选择扫描件'}</Button>
          </Upload>
        )}
        <Button icon={<ZoomOutOutlined />} aria-label="缩小" onClick={() => zoomBy(-STEP)} disabled={!scan || zoom <= MIN_ZOOM} />
        <Button icon={<ZoomInOutlined />} aria-label="放大" onClick={() => zoomBy(STEP)} disabled={!scan || zoom >= MAX_ZOOM} />
        <Button onClick={() => setZoom(1)} disabled={!scan}>适合宽度</Button>
        <Typography.Text type="secondary" data-testid="scan-zoom">{Math.round(zoom * 100)}%</Typography.Text>
      </Space>
      {problem && <Typography.Text type="danger" data-testid="scan-problem">{problem}</Typography.Text>}
      <div ref={frame} data-testid="scan-view"
        style={{ height: 'calc(100vh - 260px)', minHeight: 360, overflow: 'auto', background: '#f5f5f5', border: '1px solid #d9d9d9', borderRadius: 6 }}>
        {scan ? (
          <img src={scan.dataUrl} alt={`扫描件 ${scan.fileName}`} style={{ width: `${zoom * 100}%`, display: 'block' }} />
        ) : (
          <Empty style={{ marginTop: 120 }} description="尚未选择扫描件：对照纸质档案的扫描图片录入" />
        )}
      </div>
      {scan && <Typography.Text type="secondary" ellipsis>{scan.fileName}</Typography.Text>}
    </Space>
  );
}

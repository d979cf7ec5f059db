import { Alert, Button, Modal, Space, Spin, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { PdfPages } from './PdfPages';

/** Zoom steps in per cent of the size on paper; 100% shows a 250 mm booklet spread across the dialog. */
const ZOOMS = [50, 75, 100, 125, 150, 200] as const;
const DEFAULT_ZOOM = 2;
/** pdf.js draws 72 units per inch, the screen 96 CSS pixels. */
const PAPER_SCALE = 96 / 72;

interface PdfPreviewModalProps {
  readonly title: ReactNode;
  /** null while the host is still rendering it. */
  readonly pdfBase64: string | null;
  /** What the registrar should know before printing (the host's notes: no photo on file …). */
  readonly notes?: readonly string[];
  /** Buttons beside 关闭 (打印): the first one has the focus, so Enter presses it. */
  readonly actions?: ReactNode;
  /** Why there is nothing to show (the host refused to render it): shown instead of the pages. */
  readonly problem?: ReactNode;
  readonly onClose: () => void;
}

/** A PDF on screen, every page, with zoom: what will come out of the printer (and, in a preview, the booklet under it). */
export function PdfPreviewModal({ title, pdfBase64, notes = [], actions, problem, onClose }: PdfPreviewModalProps) {
  const [zoom, setZoom] = useState(DEFAULT_ZOOM);
  const percent = ZOOMS[zoom]!;
  return (
    <Modal
      open
      title={title}
      width={1100}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          {actions}
          <Button onClick={onClose}>关闭</Button>
        </Space>
      }
      styles={{ body: { paddingTop: 8 } }}
    >
      <Space orientation="vertical" size="small" style={{ width: '100%' }}>
        {notes.length > 0 && (
          <Alert type="warning" showIcon title="打印前请注意" description={notes.map((n) => <div key={n}>{n}</div>)} data-testid="print-notes" />
        )}
        <Space>
          <Button size="small" aria-label="缩小" disabled={zoom === 0} onClick={() => setZoom(zoom - 1)}>
            −
          </Button>
          <Typography.Text style={{ minWidth: 48, display: 'inline-block', textAlign: 'center' }} data-testid="pdf-zoom">
            {percent}%
          </Typography.Text>
          <Button size="small" aria-label="放大" disabled={zoom === ZOOMS.length - 1} onClick={() => setZoom(zoom + 1)}>
            +
          </Button>
          <Button size="small" type="link" disabled={zoom === DEFAULT_ZOOM} onClick={() => setZoom(DEFAULT_ZOOM)}>
            实际大小
          </Button>
        </Space>
        <div style={{ maxHeight: '68vh', overflow: 'auto', background: '#e9ebee', padding: 16, borderRadius: 6 }} data-testid="pdf-preview">
          {problem ?? (pdfBase64 ? <PdfPages base64={pdfBase64} scale={(percent / 100) * PAPER_SCALE} /> : <Spin description="正在生成…" />)}
        </div>
      </Space>
    </Modal>
  );
}

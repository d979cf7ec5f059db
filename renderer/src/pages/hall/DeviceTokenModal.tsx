import { Alert, Button, Modal, Typography } from 'antd';
import type { z } from 'zod';
import type { DeviceCreated } from '../../../../main/contract';
import { DEVICE_KIND_LABELS } from '../../../../main/domain';
import { apiBaseUrl } from '../../api/base';

/** The page a device opens to pair itself: the host's own address (in station mode the host, not this PC). */
export function pairingLink({ device, token }: z.infer<typeof DeviceCreated>): string {
  const page = device.kind === 'kiosk' ? 'kiosk' : 'display';
  return `${apiBaseUrl() || window.location.origin}/#/${page}?pair=${encodeURIComponent(token)}`;
}

/** The new device's pairing link, shown this once: the host keeps only the token's hash. */
export function DeviceTokenModal({ created, onClose }: { created: z.infer<typeof DeviceCreated>; onClose: () => void }) {
  const link = pairingLink(created);
  return (
    <Modal
      open
      title={`已登记${DEVICE_KIND_LABELS[created.device.kind]}“${created.device.name}”`}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
          我已记下，关闭
        </Button>
      }
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="配对链接只显示这一次"
        description="请现在在该设备的浏览器中打开此链接（或复制后发送到该设备）。关闭后无法再次查看；如遗失，请停用该设备后重新登记。"
      />
      <Typography.Paragraph>在{DEVICE_KIND_LABELS[created.device.kind]}上打开：</Typography.Paragraph>
      <Typography.Paragraph copyable={{ text: link, tooltips: ['复制链接', '已复制'] }} code data-testid="pairing-link" style={{ wordBreak: 'break-all' }}>
        {link}
      </Typography.Paragraph>
    </Modal>
  );
}

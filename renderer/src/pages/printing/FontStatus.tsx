import { Alert } from 'antd';
import type { PrintSettingsState } from './usePrintSettings';

/** The font the certificates are printed in (or why there is none), and whether the QR code can be signed. */
export function FontStatus({ view }: { view: PrintSettingsState }) {
  const { font, settings, qrKeyConfigured } = view;
  return (
    <>
      {font.ok ? (
        <Alert type="success" showIcon data-testid="print-font" title={`打印字体：${font.name ?? '未知字体'}`} description={font.file ?? undefined} />
      ) : (
        <Alert type="error" showIcon data-testid="print-font" title="没有可用的打印字体，证书和表格都无法打印" description={font.problem ?? undefined} />
      )}
      {settings.qrEnabled && !qrKeyConfigured && (
        <Alert type="warning" showIcon title="未配置机关密钥（HALL_PROVINCE_KEY）：证书上不印核验二维码" />
      )}
    </>
  );
}

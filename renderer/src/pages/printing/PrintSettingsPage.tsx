import { Alert, Skeleton, Space } from 'antd';
import { useSession } from '../../api/session';
import { DeskPage } from '../desk/DeskPage';
import { CalibrationCard } from './CalibrationCard';
import { FontStatus } from './FontStatus';
import { PrintSettingsForm } from './PrintSettingsForm';
import { useHallWindows } from './useHallWindows';
import { usePrinters } from './usePrinters';
import { usePrintSettings } from './usePrintSettings';

/** 打印设置: the font, each window's printer and the QR code (manager, admin), and every printer's calibration (anyone). */
export function PrintSettingsPage() {
  const role = useSession()?.user.role;
  const { view, error, reload } = usePrintSettings();
  const { windows, error: windowsError } = useHallWindows(role);
  const { printers, error: printersError } = usePrinters();
  const editable = role === 'manager' || role === 'admin';

  return (
    <DeskPage title="打印设置" subtitle="证书套打的字体、各窗口的打印机与打印机校准" maxWidth={1040}>
      {error && <Alert type="error" showIcon title={error} />}
      {windowsError && <Alert type="warning" showIcon title={`未能读取窗口列表：${windowsError}`} />}
      {printersError && <Alert type="warning" showIcon title={`未能读取本机打印机：${printersError}`} description="仍可直接填写打印机名称。" />}
      {!view ? (
        <Skeleton active />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <FontStatus view={view} />
          <PrintSettingsForm view={view} windows={windows} printers={printers} editable={editable} onSaved={() => void reload()} />
          <CalibrationCard view={view} printers={printers} onSaved={() => void reload()} />
        </Space>
      )}
    </DeskPage>
  );
}

import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useHealthLoader } from '../../shell/health';
import { VerifyPage } from './VerifyPage';

/** `#/verify`: the public certificate check, outside the staff app (no login, no menu), in large type. */
export function VerifyRoot() {
  const { health } = useHealthLoader();
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={{ token: { fontSize: 18, controlHeight: 44 } }}>
      <AntApp style={{ flex: 1, display: 'flex', flexDirection: 'column', background: '#f5f6f8', minHeight: '100vh' }}>
        <VerifyPage officeName={health?.officeName || null} />
      </AntApp>
    </ConfigProvider>
  );
}

import { App as AntApp, ConfigProvider, theme } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { DeviceGate } from '../kiosk/DeviceGate';
import { DisplayBoard } from './DisplayBoard';
import './display.css';

/** The hall's TV (`#/display`): signed in by its device token, dark and large for reading across the hall. */
export function DisplayRoot() {
  return (
    <ConfigProvider locale={zhCN} theme={{ algorithm: theme.darkAlgorithm, token: { fontSize: 20, colorBgBase: '#05070d' } }}>
      <AntApp style={{ flex: 1, display: 'flex', flexDirection: 'column', background: '#05070d', minHeight: '100vh' }}>
        <DeviceGate kind="display">{(self) => <DisplayBoard officeName={self.officeName} />}</DeviceGate>
      </AntApp>
    </ConfigProvider>
  );
}

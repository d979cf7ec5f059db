import { App as AntApp, Button, ConfigProvider, theme } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useCallback, useState } from 'react';
import { Clock } from './Clock';
import { DeviceGate, type DeviceSelfView } from './DeviceGate';
import { KioskApp } from './KioskApp';
import './kiosk.css';

/** The hall's kiosk (`#/kiosk`): signed in by its device token; large, plain and touch-first. */
export function KioskRoot() {
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={{ token: { fontSize: 20 } }}>
      <AntApp style={{ flex: 1, display: 'flex', flexDirection: 'column' }}>
        <DeviceGate kind="kiosk">{(self) => <KioskFrame self={self} />}</DeviceGate>
      </AntApp>
    </ConfigProvider>
  );
}

/**
 * Header, screen and footer, in the kiosk's theme (large already: 24 px text, 88 px targets). 大字模式
 * (larger still, white on black) is a citizen's choice: the next citizen starts without it again.
 */
function KioskFrame({ self }: { self: DeviceSelfView }) {
  const [large, setLarge] = useState(false);
  const reset = useCallback(() => setLarge(false), []);
  return (
    <ConfigProvider
      theme={{
        algorithm: large ? theme.darkAlgorithm : theme.defaultAlgorithm,
        token: large
          ? { fontSize: 30, controlHeight: 56, colorPrimary: '#ffd400', colorLink: '#ffd400', colorTextLightSolid: '#000', colorBgBase: '#000', colorTextBase: '#fff', borderRadius: 12 }
          : { fontSize: 24, controlHeight: 48, colorPrimary: '#1f4e99', borderRadius: 12 },
      }}
    >
      <div className={`kiosk${large ? ' is-large' : ''}`} data-testid="kiosk" data-large={large}>
        <header className="kiosk-header">
          <div className="kiosk-office">{self.officeName || '婚姻登记处'} · 自助取号</div>
          <Clock seconds={false} />
        </header>
        <KioskApp officeName={self.officeName} ticketLetters={self.ticketLetters} onReset={reset} />
        <footer className="kiosk-footer">
          <span className="kiosk-muted">如需帮助，请咨询大厅工作人员</span>
          <Button size="large" className="kiosk-action" aria-pressed={large} type={large ? 'primary' : 'default'} onClick={() => setLarge(!large)}>
            大字模式：{large ? '开' : '关'}
          </Button>
        </footer>
      </div>
    </ConfigProvider>
  );
}

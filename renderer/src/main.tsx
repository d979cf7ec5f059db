import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { speakAsDevice, takePairingToken } from './api/deviceToken';
import { DisplayRoot } from './pages/display/DisplayRoot';
import { KioskRoot } from './pages/kiosk/KioskRoot';
import { Root } from './shell/Root';
import './global.css';

dayjs.locale('zh-cn');

/** The hall's kiosk and board are pages of their own, signed in by a device token rather than a staff login. */
function devicePageOf(hash: string): 'kiosk' | 'display' | undefined {
  const page = /^#\/?(kiosk|display)(?=[/?]|$)/.exec(hash)?.[1];
  return page === 'kiosk' || page === 'display' ? page : undefined;
}

const devicePage = devicePageOf(window.location.hash);
if (devicePage) {
  speakAsDevice();
  takePairingToken();
}
// Moving between the staff app and a device page changes who speaks to the host: start that page afresh.
window.addEventListener('hashchange', () => {
  if (devicePageOf(window.location.hash) !== devicePage) window.location.reload();
});

const container = document.getElementById('root');
if (!container) throw new Error('页面缺少 #root 容器');
createRoot(container).render(
  <StrictMode>{devicePage === 'kiosk' ? <KioskRoot /> : devicePage === 'display' ? <DisplayRoot /> : <Root />}</StrictMode>,
);

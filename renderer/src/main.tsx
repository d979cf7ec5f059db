import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { speakAsDevice, takePairingToken } from './api/deviceToken';
import { DisplayRoot } from './pages/display/DisplayRoot';
import { KioskRoot } from './pages/kiosk/KioskRoot';
import { VerifyRoot } from './pages/verify/VerifyRoot';
import { Root } from './shell/Root';
import './global.css';

dayjs.locale('zh-cn');

/**
 * Pages of their own, outside the staff app: the hall's kiosk and board, signed in by a device token rather than a
 * staff login, and the public certificate check (#/verify), signed in by nobody.
 */
function standalonePageOf(hash: string): 'kiosk' | 'display' | 'verify' | undefined {
  const page = /^#\/?(kiosk|display|verify)(?=[/?]|$)/.exec(hash)?.[1];
  return page === 'kiosk' || page === 'display' || page === 'verify' ? page : undefined;
}

const standalonePage = standalonePageOf(window.location.hash);
if (standalonePage === 'kiosk' || standalonePage === 'display') {
  speakAsDevice();
  takePairingToken();
}
// Moving between the staff app and a page of its own changes who speaks to the host: start that page afresh.
window.addEventListener('hashchange', () => {
  if (standalonePageOf(window.location.hash) !== standalonePage) window.location.reload();
});

const PAGES = { kiosk: KioskRoot, display: DisplayRoot, verify: VerifyRoot } as const;
const Page = standalonePage ? PAGES[standalonePage] : Root;

const container = document.getElementById('root');
if (!container) throw new Error('页面缺少 #root 容器');
createRoot(container).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { BRIDGE_CHANNEL, type HallBridge } from '../contract/bridge';
import { ConfigError, loadConfig, resolveDataDir, type HallConfig } from '../server/config';
import { startHost, type Host } from '../server/host';
import { CONTENT_SECURITY_POLICY } from '../server/static';
import { IdcardService } from '../server/devices/idcard-service';
import { handleDeviceCalls } from './devices';
import { openPrinterSystem } from '../devices/printing/printers';
import { denyPermissions, enforceCsp, lockNavigation, secureWebPreferences } from './security';

const here = path.dirname(fileURLToPath(import.meta.url));
const demo = process.argv.includes('--demo');
let host: Host | null = null;
let stationReader: IdcardService | null = null;
let window: BrowserWindow | null = null;

// One app per PC: a second start focuses the first window instead of opening the database twice.
if (!app.requestSingleInstanceLock()) app.quit();
app.on('second-instance', () => {
  if (window?.isMinimized()) window.restore();
  window?.focus();
});

function configure(): HallConfig {
  const env = { ...process.env, HALL_DATA_DIR: process.env.HALL_DATA_DIR ?? app.getPath('userData') };
  return loadConfig(resolveDataDir(env, demo), env);
}

/** One-desk mode starts the host in this process; station mode points at the hall host. */
async function hostUrlFor(config: HallConfig): Promise<string> {
  if (config.mode === 'station') {
    // A station's reader is its own: the main process drives it, the host never sees it.
    stationReader = new IdcardService(config.reader);
    return config.hostUrl!.replace(/\/$/, '');
  }
  host = await startHost({ config, demo, version: app.getVersion(), rendererDir: path.join(here, '../renderer'), templatesDir: path.join(here, '../../resources/templates') });
  if (host.firstAdmin?.generatedPassword) {
    await dialog.showMessageBox({
      type: 'info',
      title: '首次启动',
      message: `已创建管理员账户 ${host.firstAdmin.username}`,
      detail: `初始密码：${host.firstAdmin.generatedPassword}\n此密码只显示这一次，请记下并妥善保管。`,
    });
  }
  return host.url;
}

async function open(): Promise<void> {
  const config = configure();
  const hostUrl = await hostUrlFor(config);
  const origin = new URL(hostUrl).origin;
  const bridge: Pick<HallBridge, 'hostUrl' | 'appVersion' | 'mode'> = { hostUrl, appVersion: app.getVersion(), mode: config.mode };
  handleDeviceCalls(host?.idcard ?? stationReader!, host?.printers ?? openPrinterSystem({ configured: config.printer }), origin);
  ipcMain.on(BRIDGE_CHANNEL, (event) => {
    // Only our own page on the host may ask.
    event.returnValue = event.senderFrame && new URL(event.senderFrame.url).origin === origin ? bridge : null;
  });
  denyPermissions(session.defaultSession);
  enforceCsp(session.defaultSession, CONTENT_SECURITY_POLICY);

  window = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 700,
    title: demo ? '婚姻收养登记系统（演示）' : '婚姻收养登记系统',
    show: false,
    webPreferences: secureWebPreferences(path.join(here, '../preload/index.cjs')),
  });
  lockNavigation(window.webContents, origin);
  window.once('ready-to-show', () => window?.show());
  await window.loadURL(`${hostUrl}/`);
}

app.on('web-contents-created', (_e, contents) => contents.setWindowOpenHandler(() => ({ action: 'deny' })));

app.whenReady().then(open).catch((err: unknown) => {
  const message = err instanceof ConfigError ? err.message : `启动失败：${(err as Error).message}`;
  dialog.showErrorBox('婚姻收养登记系统', message);
  app.exit(1);
});

app.on('window-all-closed', () => app.quit());
app.on('before-quit', (event) => {
  void stationReader?.close();
  if (!host) return;
  event.preventDefault();
  const closing = host;
  host = null;
  void closing.close().finally(() => app.quit());
});

import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_CHANNEL, type HallBridge } from '../main/contract/bridge';

// Sandboxed preloads run synchronously before the page; the main process answers this one call at once.
const info = ipcRenderer.sendSync(BRIDGE_CHANNEL) as HallBridge | null;

// A page from anywhere but our host gets no bridge at all.
if (info) {
  const bridge: HallBridge = Object.freeze({ hostUrl: info.hostUrl, appVersion: info.appVersion, mode: info.mode });
  contextBridge.exposeInMainWorld('hall', bridge satisfies HallBridge);
}


import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_CHANNEL, DEVICE_CHANNELS, type HallBridge } from '../main/contract/bridge';

// Sandboxed preloads run synchronously before the page; the main process answers this one call at once.
const info = ipcRenderer.sendSync(BRIDGE_CHANNEL) as Pick<HallBridge, 'hostUrl' | 'appVersion' | 'mode'> | null;

// A page from anywhere but our host gets no bridge at all.
if (info) {
  const bridge: HallBridge = Object.freeze({
    hostUrl: info.hostUrl,
    appVersion: info.appVersion,
    mode: info.mode,
    devices: Object.freeze({
      readerStatus: () => ipcRenderer.invoke(DEVICE_CHANNELS.readerStatus),
      readCard: (timeoutSeconds: number) => ipcRenderer.invoke(DEVICE_CHANNELS.readCard, timeoutSeconds),
      simulateCard: (action: Parameters<HallBridge['devices']['simulateCard']>[0]) => ipcRenderer.invoke(DEVICE_CHANNELS.simulateCard, action),
      listPrinters: () => ipcRenderer.invoke(DEVICE_CHANNELS.listPrinters),
      printPdf: (job: Parameters<HallBridge['devices']['printPdf']>[0]) => ipcRenderer.invoke(DEVICE_CHANNELS.printPdf, job),
    }),
  });
  contextBridge.exposeInMainWorld('hall', bridge satisfies HallBridge);
}

import type { HallBridge } from '../../main/contract/bridge';

// The Electron preload's `window.hall`; absent when the UI runs in a plain browser (tests, kiosk, display).
declare global {
  interface Window {
    hall?: HallBridge;
  }
}

export {};

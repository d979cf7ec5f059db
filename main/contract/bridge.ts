// Shared by the Electron main process, the preload and the renderer: no Node or Electron APIs here.
/** What the preload exposes to the renderer as `window.hall`: small, typed, and nothing else. */
export interface HallBridge {
  /** The host the renderer talks to: the in-process host in one-desk mode, the hall host in station mode. */
  readonly hostUrl: string;
  readonly appVersion: string;
  readonly mode: 'desk' | 'station';
}

export const BRIDGE_CHANNEL = 'hall:bridge-info';

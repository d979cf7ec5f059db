import type { Session, WebContents } from 'electron';

/** Window preferences every window gets: no Node in the page, isolated, sandboxed. */
export function secureWebPreferences(preload: string): Electron.WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    spellcheck: false,
  };
}

/** Navigation stays on the host; new windows and external links are refused (never opened in a browser silently). */
export function lockNavigation(contents: WebContents, hostOrigin: string): void {
  contents.on('will-navigate', (event, url) => {
    if (new URL(url).origin !== hostOrigin) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (new URL(url).origin !== hostOrigin) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Denies every permission request (camera, geolocation, notifications…) the app has not asked for. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** The host's own CSP header already guards pages it serves; this adds it for anything else the window loads. */
export function enforceCsp(session: Session, csp: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-security-policy')) headers['Content-Security-Policy'] = [csp];
    callback({ responseHeaders: headers });
  });
}

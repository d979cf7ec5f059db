/** Where the API lives: the host the preload names (station mode), else the origin that served this page. */
export function apiBaseUrl(): string {
  const hostUrl = window.hall?.hostUrl;
  return hostUrl ? hostUrl.replace(/\/+$/, '') : '';
}

/** The WebSocket address for a path, on the same host as the HTTP API. */
export function wsUrl(path: string): string {
  const base = apiBaseUrl() || window.location.origin;
  const url = new URL(path, base);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

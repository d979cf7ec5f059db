import { newNonce, signedHeaders, type OfficeKey } from './signing';

export interface ProvinceConfig {
  readonly baseUrl: string;
  readonly key: OfficeKey;
  /** Read at each request: the office code may be set in the settings after start-up. */
  readonly officeCode: () => string;
  readonly now?: () => number;
  readonly timeoutMs?: number;
}

export interface ProvinceAnswer {
  readonly status: number;
  readonly json: unknown;
  readonly retryAfterSeconds: number | null;
}

/** The request never got an answer (refused, reset, timed out): it may or may not have been applied. */
export class ProvinceUnreachable extends Error {}

const DEFAULT_TIMEOUT_MS = 10_000;

/** Plain HTTP only to a loopback address (provincial-api.md): anything else must be HTTPS. */
export function checkProvinceUrl(baseUrl: string): string | null {
  const url = new URL(baseUrl);
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) return null;
  return `省级平台地址须为 https（仅本机测试可用 http）：${baseUrl}`;
}

/** Signs and sends one request to the provincial platform. */
export async function provinceRequest(cfg: ProvinceConfig, method: 'GET' | 'POST', path: string, body?: unknown): Promise<ProvinceAnswer> {
  const problem = checkProvinceUrl(cfg.baseUrl);
  if (problem) throw new ProvinceUnreachable(problem);
  const raw = body === undefined ? '' : JSON.stringify(body);
  const headers = signedHeaders(
    { method, path, office: cfg.officeCode(), timestamp: String((cfg.now ?? Date.now)()), nonce: newNonce(), body: raw },
    cfg.key,
  );
  let res: Response;
  try {
    res = await fetch(cfg.baseUrl.replace(/\/+$/, '') + path, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : raw,
      signal: AbortSignal.timeout(cfg.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    throw new ProvinceUnreachable(`${(err as Error).name === 'TimeoutError' ? '超时' : '连接失败'}${cause ? `（${cause}）` : ''}`);
  }
  const text = await res.text().catch(() => '');
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // A proxy's HTML error page: the status says what happened.
    json = null;
  }
  const retryAfter = res.headers.get('retry-after');
  return { status: res.status, json, retryAfterSeconds: retryAfter !== null && /^\d+$/.test(retryAfter) ? Number(retryAfter) : null };
}

export function errorCodeOf(answer: ProvinceAnswer): string | null {
  const code = (answer.json as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

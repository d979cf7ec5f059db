import type { z } from 'zod';
import { ErrorBody, routes, type RouteName, type Routes, type Violation } from '../../../main/contract';
import { apiBaseUrl } from './base';
import { bearerToken, clearDeviceToken } from './deviceToken';
import { clearSession } from './session';

/** A refusal from the API (or the network), carrying the API's own Chinese message and field violations. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly violations: readonly Violation[];

  constructor(status: number, body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.status = status;
    this.violations = body.violations ?? [];
  }
}

// A route declared without params or body carries the wide z.ZodType there; only a declared schema is specific.
type Declared<S, T> = [S] extends [z.ZodType] ? (z.ZodType extends S ? undefined : T) : undefined;
type ParamsOf<N extends RouteName> = Declared<NonNullable<Routes[N]['params']>, z.output<NonNullable<Routes[N]['params']>>>;
type BodyOf<N extends RouteName> = Declared<NonNullable<Routes[N]['body']>, z.input<NonNullable<Routes[N]['body']>>>;
type QueryOf<N extends RouteName> = Declared<NonNullable<Routes[N]['query']>, z.input<NonNullable<Routes[N]['query']>>>;
export type ResponseOf<N extends RouteName> = z.output<Routes[N]['response']>;

export type CallInput<N extends RouteName> = (ParamsOf<N> extends undefined ? { params?: undefined } : { params: ParamsOf<N> }) &
  (BodyOf<N> extends undefined ? { body?: undefined } : { body: BodyOf<N> }) &
  (QueryOf<N> extends undefined ? { query?: undefined } : { query: QueryOf<N> });

type CallArgs<N extends RouteName> = object extends CallInput<N> ? [input?: CallInput<N>] : [input: CallInput<N>];

const NETWORK_ERROR: ErrorBody = { code: 'NETWORK', message: '无法连接到登记系统服务器，请检查网络后重试' };
const BAD_RESPONSE: ErrorBody = { code: 'BAD_RESPONSE', message: '服务器返回的数据无法识别，请联系系统管理员' };

function fillPath(path: string, params: Record<string, unknown> | undefined): string {
  return path.replace(/:(\w+)/g, (_, key: string) => {
    const value = params?.[key];
    if (value === undefined || value === null) throw new Error(`路径参数 ${key} 缺失`);
    return encodeURIComponent(String(value));
  });
}

/** `?a=1&b=2` from the defined values of a route's query (arrays repeat the key); empty when there are none. */
function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Calls a route of the contract by name; the answer is parsed with the route's own response schema. */
export async function call<N extends RouteName>(name: N, ...[input]: CallArgs<N>): Promise<ResponseOf<N>> {
  const route = routes[name];
  const { params, body, query } = (input ?? {}) as { params?: Record<string, unknown>; body?: unknown; query?: Record<string, unknown> };
  const headers: Record<string, string> = { Accept: 'application/json' };
  const bearer = bearerToken();
  if (bearer) headers.Authorization = `Bearer ${bearer.token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(apiBaseUrl() + fillPath(route.path, params) + queryString(query), {
      method: route.method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, NETWORK_ERROR);
  }

  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = ErrorBody.safeParse(json);
    const error = new ApiError(response.status, parsed.success ? parsed.data : { ...BAD_RESPONSE, code: `HTTP_${response.status}` });
    // An expired or revoked token: drop it, and the app falls back to the login (or pairing) screen.
    if (response.status === 401 && error.code === 'AUTH_REQUIRED') {
      if (bearer?.kind === 'device') clearDeviceToken();
      else clearSession();
    }
    throw error;
  }
  const parsed = route.response.safeParse(json);
  if (!parsed.success) throw new ApiError(response.status, BAD_RESPONSE);
  return parsed.data as ResponseOf<N>;
}

/** The Chinese text to show for any failure, API or not. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return '操作失败，请稍后重试';
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { OFFICE_CODE_PATTERN } from '../domain/office';

/**
 * The configuration: `config.json` in the data directory, each key overridable by its
 * HALL_* environment variable. The data directory itself comes only from HALL_DATA_DIR
 * (or the OS's app-data folder), since the file lives inside it.
 */
const KEYS = {
  port: { env: 'HALL_PORT', schema: z.coerce.number().int().min(1).max(65535), fallback: 7420, hint: '1–65535 的端口号' },
  bind: { env: 'HALL_BIND', schema: z.union([z.ipv4(), z.ipv6(), z.literal('localhost')]), fallback: '127.0.0.1', hint: 'IP 地址，如 127.0.0.1 或 0.0.0.0' },
  adminPassword: { env: 'HALL_ADMIN_PASSWORD', schema: z.string().min(8).max(128), fallback: undefined, hint: '至少 8 个字符' },
  officeCode: { env: 'HALL_OFFICE_CODE', schema: z.string().regex(OFFICE_CODE_PATTERN), fallback: undefined, hint: '9 位数字的登记机关代码' },
  provinceUrl: { env: 'HALL_PROVINCE_URL', schema: z.url({ protocol: /^https?$/ }), fallback: undefined, hint: 'http(s) 地址' },
  uploadRetryMs: { env: 'HALL_UPLOAD_RETRY_MS', schema: z.coerce.number().int().min(1).max(60_000), fallback: 1000, hint: '上传失败后首次重试的等待毫秒数（之后逐次加倍，最长 300 倍）' },
  uploadAlertMinutes: { env: 'HALL_UPLOAD_ALERT_MINUTES', schema: z.coerce.number().int().min(1).max(10080), fallback: 60, hint: '待上传记录等待多少分钟后提醒主管' },
  provinceKey: { env: 'HALL_PROVINCE_KEY', schema: z.string().regex(/^[0-9a-fA-F]{64}$/), fallback: undefined, hint: '64 位十六进制的 SM2 私钥' },
  reader: { env: 'HALL_READER', schema: z.enum(['auto', 'simulator', 'none']), fallback: 'auto', hint: 'auto、simulator 或 none' },
  printer: { env: 'HALL_PRINTER', schema: z.string().min(1), fallback: undefined, hint: '打印机名称，或 pdf:目录' },
  mode: { env: 'HALL_MODE', schema: z.enum(['desk', 'station']), fallback: 'desk', hint: 'desk（本机数据）或 station（连接大厅主机）' },
  hostUrl: { env: 'HALL_HOST_URL', schema: z.url({ protocol: /^https?$/ }), fallback: undefined, hint: '大厅主机地址，如 http://192.168.1.10:7420' },
  logLevel: { env: 'HALL_LOG_LEVEL', schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']), fallback: 'info', hint: 'info、debug 等' },
} as const;

type Keys = typeof KEYS;
export type ConfigKey = keyof Keys;
type ValueOf<K extends ConfigKey> = z.infer<Keys[K]['schema']> | Keys[K]['fallback'];

export type HallConfig = { readonly [K in ConfigKey]: ValueOf<K> } & {
  readonly dataDir: string;
  /** Where each value came from, for `hall config` and start-up messages. */
  readonly sources: Readonly<Record<ConfigKey, 'default' | 'file' | 'env'>>;
};

export const CONFIG_FILE = 'config.json';
export const CONFIG_KEYS = Object.entries(KEYS).map(([key, k]) => ({ key, env: k.env, fallback: k.fallback, hint: k.hint }));

export class ConfigError extends Error {}

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const name = 'registration-hall';
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), name);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', name);
  return path.join(env.XDG_DATA_HOME ?? path.join(os.homedir(), '.local', 'share'), name);
}

/** The demo lives beside the real data, never inside it, so a backup of one never carries the other. */
export function demoDataDir(dataDir: string): string {
  return `${dataDir.replace(/[\\/]+$/, '')}-demo`;
}

export function resolveDataDir(env: NodeJS.ProcessEnv, demo: boolean): string {
  const base = env.HALL_DATA_DIR ? path.resolve(env.HALL_DATA_DIR) : defaultDataDir(env);
  return demo ? demoDataDir(base) : base;
}

/** Reads config.json and the environment; a bad value throws a ConfigError naming its key. */
export function loadConfig(dataDir: string, env: NodeJS.ProcessEnv = process.env): HallConfig {
  const file = path.join(dataDir, CONFIG_FILE);
  let fromFile: Record<string, unknown> = {};
  if (fs.existsSync(file)) {
    try {
      fromFile = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (err) {
      throw new ConfigError(`配置文件 ${file} 不是有效的 JSON：${(err as Error).message}`);
    }
    if (typeof fromFile !== 'object' || fromFile === null || Array.isArray(fromFile)) throw new ConfigError(`配置文件 ${file} 应为一个 JSON 对象`);
    const unknown = Object.keys(fromFile).filter((k) => !(k in KEYS));
    if (unknown.length) throw new ConfigError(`配置文件 ${file} 含有未知的配置项：${unknown.join(', ')}（可用：${Object.keys(KEYS).join(', ')}）`);
  }
  const values: Record<string, unknown> = {};
  const sources: Record<string, 'default' | 'file' | 'env'> = {};
  for (const [key, spec] of Object.entries(KEYS) as [ConfigKey, Keys[ConfigKey]][]) {
    const envValue = env[spec.env];
    const [raw, source] =
      envValue !== undefined && envValue !== '' ? [envValue, 'env' as const] : key in fromFile ? [fromFile[key], 'file' as const] : [undefined, 'default' as const];
    sources[key] = source;
    if (raw === undefined) {
      values[key] = spec.fallback;
      continue;
    }
    const parsed = (spec.schema as z.ZodType).safeParse(raw);
    if (!parsed.success) {
      const where = source === 'env' ? `环境变量 ${spec.env}` : `${file} 中的 "${key}"`;
      const shown = key === 'adminPassword' || key === 'provinceKey' ? '（已隐藏）' : JSON.stringify(raw);
      throw new ConfigError(`配置项 ${spec.env} 无效（${where} = ${shown}）：应为${spec.hint}`);
    }
    values[key] = parsed.data;
  }
  if (values.mode === 'station' && !values.hostUrl) {
    throw new ConfigError('配置项 HALL_HOST_URL 缺失：工作站模式（HALL_MODE=station）需要大厅主机地址');
  }
  return { ...(values as { [K in ConfigKey]: ValueOf<K> }), dataDir, sources: sources as HallConfig['sources'] };
}

/** The demo brings the simulated card reader unless HALL_READER says otherwise; nothing else changes. */
export function withDemoDefaults(config: HallConfig, demo: boolean): HallConfig {
  if (!demo || config.sources.reader !== 'default') return config;
  return { ...config, reader: 'simulator' };
}

const SECRET_KEYS: readonly ConfigKey[] = ['adminPassword', 'provinceKey'];

/** The configuration as it may be shown or audited: secrets reduced to whether they are set. */
export function publicConfig(config: HallConfig): Record<ConfigKey, unknown> {
  return Object.fromEntries(
    (Object.keys(KEYS) as ConfigKey[]).map((k) => [k, SECRET_KEYS.includes(k) ? (config[k] === undefined ? null : '(set)') : (config[k] ?? null)]),
  ) as Record<ConfigKey, unknown>;
}

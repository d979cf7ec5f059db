import fs from 'node:fs';
import path from 'node:path';
import { errorCodeOf, provinceRequest, ProvinceUnreachable, checkProvinceUrl } from '../exchange/client';
import { generateOfficeKey, officeKey } from '../exchange/signing';
import { CONFIG_FILE, type HallConfig } from '../server/config';
import { DB_FILE } from '../server/host';
import { openDatabase } from '../store/db';
import { getOfficeSettings } from '../store/settings';
import { UsageError } from './args';

/** The contract refuses a request more than 300 s off the province's clock; warn well before that. */
const SKEW_WARN_MS = 60_000;

/** What the province's 401 codes mean for the person at the PC. */
const PLAIN: Readonly<Record<string, string>> = {
  E_SIGNATURE: '省级平台不认识本机关的签名：公钥尚未报送省级平台，或 HALL_PROVINCE_KEY 与报送的公钥不是一对，或登记机关代码不符',
  E_CLOCK_SKEW: '本机时钟与省级平台相差超过 300 秒：请校准本机时间',
  E_REPLAY: '省级平台认为请求重复（随机数重复）：请重试',
};

/** `hall province keygen` writes a new key into config.json (never over an existing one) and prints the public key to send. */
function keygen(config: HallConfig, out: (line: string) => void): number {
  if (config.provinceKey) {
    out(`错误：已配置 HALL_PROVINCE_KEY（${config.sources.provinceKey === 'env' ? '环境变量' : CONFIG_FILE}）；更换密钥须先删除旧的，并向省级平台重新报送公钥`);
    return 1;
  }
  const key = generateOfficeKey();
  const file = path.join(config.dataDir, CONFIG_FILE);
  const current = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  fs.mkdirSync(config.dataDir, { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ ...current, provinceKey: key.privateKey }, null, 2)}\n`, { mode: 0o600 });
  out(`已生成 SM2 密钥对，私钥已写入 ${file}（仅本机可读，请一并备份）。`);
  out('请将以下公钥报送省级平台 / send this public key to the province:');
  out(key.publicKey);
  return 0;
}

function officeCodeOf(config: HallConfig): string | undefined {
  if (config.officeCode) return config.officeCode;
  const file = path.join(config.dataDir, DB_FILE);
  if (!fs.existsSync(file)) return undefined;
  const db = openDatabase(file, { readonly: true });
  try {
    return getOfficeSettings(db).officeCode || undefined;
  } finally {
    db.close();
  }
}

/** `hall province ping`: the configuration, the signature and the clock, each said plainly when wrong. */
async function ping(config: HallConfig, out: (line: string) => void): Promise<number> {
  const missing = [!config.provinceUrl && 'HALL_PROVINCE_URL', !config.provinceKey && 'HALL_PROVINCE_KEY'].filter(Boolean);
  const officeCode = officeCodeOf(config) ?? '';
  if (!officeCode) missing.push('HALL_OFFICE_CODE（或在「登记机关设置」中填写）');
  if (missing.length > 0) {
    out(`未配置：${missing.join('、')}`);
    return 1;
  }
  const urlProblem = checkProvinceUrl(config.provinceUrl!);
  if (urlProblem) {
    out(urlProblem);
    return 1;
  }
  const sentAt = Date.now();
  try {
    const answer = await provinceRequest({ baseUrl: config.provinceUrl!, key: officeKey(config.provinceKey!), officeCode: () => officeCode }, 'GET', '/v1/ping');
    const code = errorCodeOf(answer);
    if (answer.status !== 200) {
      out(`省级平台拒绝：${answer.status} ${code ?? ''}${code && PLAIN[code] ? `：${PLAIN[code]}` : ''}`);
      return 1;
    }
    const time = (answer.json as { time?: unknown }).time;
    const skew = typeof time === 'number' ? Math.round(time - (sentAt + Date.now()) / 2) : null;
    out(`省级平台连接正常：登记机关 ${officeCode}，签名有效${skew === null ? '' : `，本机时钟与省级平台相差 ${skew} 毫秒`}`);
    if (skew !== null && Math.abs(skew) > SKEW_WARN_MS) out('警告：时钟偏差较大（超过 300 秒时请求将被拒绝），请校准本机时间');
    return 0;
  } catch (err) {
    if (err instanceof ProvinceUnreachable) {
      out(`无法连接省级平台 ${config.provinceUrl}：${err.message}`);
      return 1;
    }
    throw err;
  }
}

export async function province(config: HallConfig, args: readonly string[], out: (line: string) => void): Promise<number> {
  switch (args[0]) {
    case 'keygen':
      return keygen(config, out);
    case 'ping':
      return ping(config, out);
    default:
      throw new UsageError('用法：hall province keygen | hall province ping');
  }
}

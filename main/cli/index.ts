import { ConfigError, CONFIG_KEYS, loadConfig, publicConfig, resolveDataDir, type ConfigKey } from '../server/config';
import { HostAlreadyRunningError } from '../server/host';
import { SchemaTooNewError } from '../store/db';
import { flags, UsageError } from './args';
import { audit } from './audit';
import { backup, restore } from './backup';
import { idcard } from './idcard';
import { importCommand } from './import';
import { province } from './province';
import { serve } from './serve';
import { user } from './user';
import { verify } from './verify';
import { packageVersion } from './paths';

const HELP = `hall — 婚姻收养登记大厅 / registration hall

  hall serve [--demo]                 启动无界面主机 (headless host)
  hall user add --role R --name N --password P [--display-name D]
  hall user list
  hall backup FILE                    在线备份数据库 (safe while the host runs)
  hall restore FILE                   从备份恢复，并恢复备份旁 archive/ 中的档案文件 (host must be stopped)
  hall import FILE [--dry-run] [--mapping NAME|FILE.json] [--encoding auto|utf-8|gbk] [--scans DIR] [--report OUT.xlsx]
                                      历史档案补录：导入登记簿表格 (.xlsx/.csv)；--dry-run 只检查并生成错误报告
                                      (paper-era records; exit 0 done, 1 refused rows in a dry run, 2 usage)
  hall audit verify                   校验审计链 (exit 1 if tampered)
  hall config                         显示生效的配置 (secrets hidden)
  hall idcard list                    列出读卡器 (readers found)
  hall idcard read [--simulator]      读一张证件并输出 JSON (read one card)
  hall idcard decode FILE             解码十六进制应答帧 (decode a captured frame)
  hall province keygen                生成 SM2 密钥对，输出待报送的公钥 (new office key)
  hall province ping                  检查省级平台配置、签名与时钟 (check the province link)
  hall verify CODE [--public-key K]   核验证书二维码：机关签名与登记现状 (verify a certificate's QR code)

--demo works with every command and uses the separate demo data folder.
Configuration keys (config.json in the data folder, or HALL_* variables):
${CONFIG_KEYS.map((k) => `  ${k.env.padEnd(20)} ${k.hint}`).join('\n')}
  HALL_DATA_DIR        数据目录 (default: the OS app-data folder)`;

/** The `hall` command; returns the exit code. */
export async function main(argv: string[], out: (line: string) => void = (l) => console.log(l)): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === 'help' || command === '--help' || command === '-h') {
      out(HELP);
      return command ? 0 : 2;
    }
    if (command === '--version' || command === 'version') {
      out(packageVersion());
      return 0;
    }
    const demo = rest.includes('--demo');
    const args = rest.filter((a) => a !== '--demo');
    const config = loadConfig(resolveDataDir(process.env, demo));
    switch (command) {
      case 'serve':
        flags(args, {});
        return await serve(config, demo, out);
      case 'user':
        return await user(config, args, out);
      case 'backup':
        return await backup(config, args[0], out);
      case 'restore':
        return await restore(config, args[0], out);
      case 'import':
        return await importCommand(config, args, out);
      case 'audit':
        return audit(config, args, out);
      case 'idcard':
        return await idcard(config, args, out);
      case 'province':
        return await province(config, args, out);
      case 'verify':
        return verify(config, args, out);
      case 'config':
        for (const k of CONFIG_KEYS) {
          const value = publicConfig(config)[k.key as ConfigKey];
          out(`${k.env.padEnd(20)} ${value === null ? '（未设置）' : JSON.stringify(value)}  [${config.sources[k.key as ConfigKey]}]`);
        }
        out(`${'HALL_DATA_DIR'.padEnd(20)} ${config.dataDir}`);
        return 0;
      default:
        throw new UsageError(`未知命令 ${command}`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      out(`${err.message}\n\n${HELP}`);
      return 2;
    }
    if (err instanceof ConfigError || err instanceof SchemaTooNewError || err instanceof HostAlreadyRunningError) {
      out(`错误：${err.message}`);
      return 1;
    }
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      out(`错误：端口已被占用（${(err as Error).message}）。请设置 HALL_PORT 为其他端口。`);
      return 1;
    }
    out(`错误：${(err as Error).message}`);
    return 1;
  }
}

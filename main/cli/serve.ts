import { startHost } from '../server/host';
import { DEMO_USERS } from '../server/demo';
import { DEMO_DEVICE_TOKENS } from '../server/demo-hall';
import type { HallConfig } from '../server/config';
import { packageVersion, RENDERER_DIR, TEMPLATES_DIR } from './paths';

/** `hall serve`: the headless host, until SIGINT or SIGTERM. */
export async function serve(config: HallConfig, demo: boolean, out: (line: string) => void): Promise<number> {
  const host = await startHost({ config, demo, version: packageVersion(), rendererDir: RENDERER_DIR, templatesDir: TEMPLATES_DIR });
  if (host.firstAdmin?.generatedPassword) {
    out(`首次启动：已创建管理员 ${host.firstAdmin.username}，初始密码 ${host.firstAdmin.generatedPassword}（只显示这一次，请立即登录并妥善保管）`);
    out(`First start: created user ${host.firstAdmin.username} with password ${host.firstAdmin.generatedPassword} (shown once).`);
  }
  if (demo) {
    out('演示模式 / DEMO MODE: 数据均为虚构 (fictitious data), folder ' + config.dataDir);
    for (const u of DEMO_USERS) out(`  ${u.role.padEnd(9)} ${u.username} / ${u.password}`);
    if (host.idcard.mode === 'simulator') out('  模拟读卡器 / simulated card reader: 在界面右下角放置样例证件');
    out(`  自助取号机 / kiosk:   ${host.url}/#/kiosk?pair=${DEMO_DEVICE_TOKENS.kiosk}`);
    out(`  叫号显示屏 / display: ${host.url}/#/display?pair=${DEMO_DEVICE_TOKENS.display}`);
  }
  out(`婚姻收养登记大厅主机已启动 / hall host listening on ${host.url}  (data: ${config.dataDir})`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
  out('主机已停止 / host stopped');
  return 0;
}

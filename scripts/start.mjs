#!/usr/bin/env node
// `npm start [-- --demo]`: the Electron app when its binary is here, otherwise the headless host.
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

function electronBinary() {
  // Read electron's path.txt ourselves: require('electron') would try to download the binary.
  const pathFile = path.join(root, 'node_modules', 'electron', 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const exe = path.join(root, 'node_modules', 'electron', 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(exe) ? exe : null;
}

function newestMtime(dir) {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) newest = Math.max(newest, fs.statSync(path.join(e.parentPath ?? e.path, e.name)).mtimeMs);
  }
  return newest;
}

function buildIfStale() {
  const built = path.join(root, 'out', 'renderer', 'index.html');
  const sources = ['renderer', 'main', 'preload'].map((d) => newestMtime(path.join(root, d)));
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= Math.max(...sources)) return;
  console.log('构建界面 / building the app (electron-vite build)…');
  const res = spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) process.exit(res.status ?? 1);
}

buildIfStale();
const exe = electronBinary();
const child = exe
  ? spawn(exe, [root, ...args], { stdio: 'inherit' })
  : (console.log('未找到 Electron 程序文件，改为启动无界面主机，请用浏览器打开下面的地址 / Electron binary not present: starting the headless host instead; open the URL below in a browser.'),
    spawn(process.execPath, [path.join(root, 'bin', 'hall.mjs'), 'serve', ...args], { stdio: 'inherit' }));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));

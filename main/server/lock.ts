import fs from 'node:fs';
import path from 'node:path';

export const LOCK_FILE = 'host.lock';

/** The pid of a host running on this data folder, or null (a lock left by a crash does not count). */
export function runningHostPid(dataDir: string): number | null {
  const file = path.join(dataDir, LOCK_FILE);
  let pid: number;
  try {
    pid = Number(JSON.parse(fs.readFileSync(file, 'utf8')).pid);
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

export function writeHostLock(dataDir: string, url: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  fs.writeFileSync(file, JSON.stringify({ pid: process.pid, url, since: new Date().toISOString() }));
  return () => {
    try {
      if (JSON.parse(fs.readFileSync(file, 'utf8')).pid === process.pid) fs.rmSync(file);
    } catch {
      /* already gone */
    }
  };
}

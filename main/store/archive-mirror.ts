import fs from 'node:fs';
import path from 'node:path';
import { ARCHIVE_DIR } from './archive';
import type { ReadableDB } from './db';

/**
 * The archive (scans, photos, certificate PDFs) beside a backup is a mirror of the data folder's
 * archive/ by relative path. Archive files are written once under a fresh UUID and never changed, so a
 * path names one content for ever: copying only the paths the mirror lacks is a complete incremental
 * copy, and one mirror serves every kept backup (a backup's rows point at files that existed before it).
 */

export interface MirrorResult {
  /** Files in the source archive. */
  readonly files: number;
  readonly copied: number;
  readonly bytes: number;
  /** Restore only: files present on both sides with different sizes, left as they were. */
  readonly conflicts: number;
}

export interface MirrorOptions {
  /** Replace a file whose size differs (a backup mirror); a restore never overwrites the data folder. */
  readonly overwrite: boolean;
  /** Files looked at so far (the total is not known until the walk ends). */
  readonly onFile?: (done: number) => void;
  readonly shouldStop?: () => boolean;
}

export async function fsyncFile(file: string): Promise<void> {
  const handle = await fs.promises.open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A directory entry is durable only once its directory is synced; Windows cannot open one and needs none. */
export async function fsyncDir(dir: string): Promise<void> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(dir, 'r');
    await handle.sync();
  } catch (err) {
    if (!['EISDIR', 'EPERM', 'EACCES', 'EINVAL'].includes((err as NodeJS.ErrnoException).code ?? '')) throw err;
  } finally {
    await handle?.close();
  }
}

/** Copies to a temporary name, syncs, then renames: a file under its real name is always whole. */
export async function copyDurably(from: string, to: string): Promise<void> {
  const partial = `${to}.partial`;
  await fs.promises.copyFile(from, partial);
  await fsyncFile(partial);
  await fs.promises.rename(partial, to);
}

async function sizeOf(file: string): Promise<number | null> {
  try {
    return (await fs.promises.stat(file)).size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** The files below `dir`, relative to `root`, one directory at a time (an archive may hold millions). */
async function* filesBelow(root: string, dir = root): AsyncGenerator<string> {
  const entries = await fs.promises.opendir(dir);
  for await (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesBelow(root, full);
    else if (entry.isFile() && !entry.name.endsWith('.partial')) yield path.relative(root, full);
  }
}

/** Copies the files of `fromArchive` that `toArchive` lacks (both are archive/ folders). */
export async function mirrorArchive(fromArchive: string, toArchive: string, opts: MirrorOptions): Promise<MirrorResult> {
  if (!fs.existsSync(fromArchive)) return { files: 0, copied: 0, bytes: 0, conflicts: 0 };
  let files = 0;
  let copied = 0;
  let bytes = 0;
  let conflicts = 0;
  const touchedDirs = new Set<string>();
  for await (const rel of filesBelow(fromArchive)) {
    if (opts.shouldStop?.()) break;
    files++;
    const from = path.join(fromArchive, rel);
    const to = path.join(toArchive, rel);
    const size = (await fs.promises.stat(from)).size;
    const present = await sizeOf(to);
    if (present !== size) {
      if (present !== null && !opts.overwrite) {
        conflicts++;
      } else {
        await fs.promises.mkdir(path.dirname(to), { recursive: true });
        await copyDurably(from, to);
        touchedDirs.add(path.dirname(to));
        copied++;
        bytes += size;
      }
    }
    opts.onFile?.(files);
  }
  for (const dir of touchedDirs) await fsyncDir(dir);
  return { files, copied, bytes, conflicts };
}

export interface ArchiveCompleteness {
  /** Archive items the database lists. */
  readonly items: number;
  /** Of those, the files found under `root` with the recorded size. */
  readonly present: number;
  readonly missing: number;
  /** A few of the missing paths, to name in a report. */
  readonly missingExamples: readonly string[];
}

/** Whether every archive item a database lists has its file under `root` (a data folder or a backup folder). */
export async function archiveCompleteness(db: ReadableDB, root: string): Promise<ArchiveCompleteness> {
  let items = 0;
  let present = 0;
  const missingExamples: string[] = [];
  // A page at a time by id: an iterator must not stay open across the awaits, nor a million rows sit in memory.
  const page = db.prepare('SELECT id, stored_as AS storedAs, size FROM archive_items WHERE id > ? ORDER BY id LIMIT 2000');
  for (let after = 0; ; ) {
    const rows = page.all(after) as { id: number; storedAs: string; size: number }[];
    if (rows.length === 0) break;
    for (const row of rows) {
      items++;
      if ((await sizeOf(path.join(root, row.storedAs))) === row.size) present++;
      else if (missingExamples.length < 5) missingExamples.push(row.storedAs);
    }
    after = rows[rows.length - 1]!.id;
  }
  return { items, present, missing: items - present, missingExamples };
}

export { ARCHIVE_DIR };

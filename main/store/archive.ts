import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { appendAudit } from './audit';
import type { ReadableDB, WritableDB } from './db';
import { prepared } from './prepared';

export interface ArchiveItem {
  readonly id: number;
  readonly kind: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly size: number;
  readonly createdAt: string;
}

export const ARCHIVE_DIR = 'archive';

/**
 * Stores a photo, scan or signed form beside the database and its SHA-256 in it. The file is
 * written and fsynced before the row commits, so a row never points at a missing file.
 */
export function addArchiveItem(
  db: WritableDB,
  dataDir: string,
  item: { caseId: number; kind: string; fileName: string; content: Buffer },
  by: { actor: string; at: string },
): ArchiveItem {
  const sha256 = createHash('sha256').update(item.content).digest('hex');
  const storedAs = path.join(ARCHIVE_DIR, String(item.caseId), `${randomUUID()}${path.extname(item.fileName).slice(0, 10)}`);
  const full = path.join(dataDir, storedAs);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  const fd = fs.openSync(full, 'wx');
  try {
    fs.writeSync(fd, item.content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return db.transaction(() => {
    const { lastInsertRowid } = db
      .prepare('INSERT INTO archive_items (case_id, kind, file_name, stored_as, sha256, size, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(item.caseId, item.kind, item.fileName, storedAs, sha256, item.content.length, by.at, by.actor);
    appendAudit(db, { at: by.at, actor: by.actor, action: 'archive.add', subject: `case:${item.caseId}`, detail: { kind: item.kind, fileName: item.fileName, sha256 } });
    return { id: Number(lastInsertRowid), kind: item.kind, fileName: item.fileName, sha256, size: item.content.length, createdAt: by.at };
  }).immediate();
}

export function archiveItems(db: ReadableDB, caseId: number): ArchiveItem[] {
  return prepared(db, 'SELECT id, kind, file_name AS fileName, sha256, size, created_at AS createdAt FROM archive_items WHERE case_id = ? ORDER BY id').all(caseId) as ArchiveItem[];
}

/** The newest item of a kind (the couple's photo for a certificate), with its bytes; undefined when none is on file. */
export function latestArchiveContent(db: ReadableDB, dataDir: string, caseId: number, kind: string): { item: ArchiveItem; content: Buffer } | undefined {
  const row = prepared(db, 'SELECT id, kind, file_name AS fileName, sha256, size, created_at AS createdAt, stored_as AS storedAs FROM archive_items WHERE case_id = ? AND kind = ? ORDER BY id DESC LIMIT 1')
    .get(caseId, kind) as (ArchiveItem & { storedAs: string }) | undefined;
  if (!row) return undefined;
  const { storedAs, ...item } = row;
  return { item, content: fs.readFileSync(path.join(dataDir, storedAs)) };
}

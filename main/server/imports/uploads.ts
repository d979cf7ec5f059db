import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { sheetKindOf, type SheetKind } from '../../devices/sheets';
import { ApiError } from '../api-error';

/** Uploaded sheets live in the data folder's imports/, named by their SHA-256: the same bytes are one file. */
export const IMPORTS_DIR = 'imports';

export interface UploadedFile {
  readonly fileId: string;
  readonly fileName: string;
  readonly size: number;
  readonly sheetKind: SheetKind;
  readonly path: string;
}

interface Sidecar {
  readonly fileName: string;
  readonly size: number;
  readonly uploadedBy: string;
  readonly uploadedAt: string;
}

function storedPath(dataDir: string, fileId: string, kind: SheetKind): string {
  return path.join(dataDir, IMPORTS_DIR, `${fileId}.${kind}`);
}

function refuse(code: 'FILE_TOO_LARGE' | 'IMPORT_FILE_KIND', detail: string): ApiError {
  return new ApiError(code, [{ code, field: 'name', message: detail }]);
}

/**
 * Streams a browser's upload to disk, hashing it on the way, and keeps it under its SHA-256 once
 * whole and fsynced (a part file is removed if the upload breaks off or passes `maxBytes`).
 */
export async function receiveUpload(
  dataDir: string, fileName: string, body: Readable, maxBytes: number, by: { actor: string; at: string },
): Promise<UploadedFile> {
  const sheetKind = sheetKindOf(fileName);
  if (sheetKind === null) {
    body.resume();
    throw refuse('IMPORT_FILE_KIND', `「${fileName}」不是 .xlsx 或 .csv 文件`);
  }
  const dir = path.join(dataDir, IMPORTS_DIR);
  fs.mkdirSync(dir, { recursive: true });
  const part = path.join(dir, `.${randomUUID()}.part`);
  const fd = fs.openSync(part, 'wx');
  const hash = createHash('sha256');
  let size = 0;
  try {
    for await (const chunk of body) {
      const bytes = chunk as Buffer;
      size += bytes.length;
      if (size > maxBytes) {
        body.destroy();
        throw refuse('FILE_TOO_LARGE', `「${fileName}」超过 ${Math.round(maxBytes / 1024 / 1024)} MB`);
      }
      hash.update(bytes);
      fs.writeSync(fd, bytes);
    }
    fs.fsyncSync(fd);
  } catch (err) {
    fs.closeSync(fd);
    fs.rmSync(part, { force: true });
    throw err;
  }
  fs.closeSync(fd);
  const fileId = hash.digest('hex');
  const file = storedPath(dataDir, fileId, sheetKind);
  fs.renameSync(part, file);
  const sidecar: Sidecar = { fileName, size, uploadedBy: by.actor, uploadedAt: by.at };
  fs.writeFileSync(path.join(dir, `${fileId}.json`), JSON.stringify(sidecar));
  return { fileId, fileName, size, sheetKind, path: file };
}

/** An uploaded file by its id, or NOT_FOUND naming the field. */
export function uploadedFile(dataDir: string, fileId: string): UploadedFile {
  const dir = path.join(dataDir, IMPORTS_DIR);
  let sidecar: Sidecar;
  try {
    sidecar = JSON.parse(fs.readFileSync(path.join(dir, `${fileId}.json`), 'utf8')) as Sidecar;
  } catch {
    throw new ApiError('NOT_FOUND', [{ code: 'NOT_FOUND', field: 'fileId', message: '导入文件：没有这个上传的文件，请重新上传' }]);
  }
  const sheetKind = sheetKindOf(sidecar.fileName)!;
  return { fileId, fileName: sidecar.fileName, size: sidecar.size, sheetKind, path: storedPath(dataDir, fileId, sheetKind) };
}

import { describe, expect, it } from 'vitest';
import { BackupFailed, classifyBackupError, sizeText } from '../../../main/server/backups/failure';
import { BACKUP_FILE_PATTERN, backupFileName } from '../../../main/server/backups/run-backup';

const errno = (code: string, message = code) => Object.assign(new Error(message), { code });
const present = () => true;

describe('the reason a backup failed', () => {
  it('is a missing folder when the folder is gone by now, whatever the error said', () => {
    expect(classifyBackupError(errno('EIO'), '/media/usb', () => false).failure).toBe('FOLDER_MISSING');
    expect(classifyBackupError(new TypeError('Cannot save backup because the directory does not exist'), '/media/usb', () => false).failure).toBe('FOLDER_MISSING');
    expect(classifyBackupError(errno('ENOENT'), '/media/usb', present).failure).toBe('FOLDER_MISSING');
  });

  it('is a full disk for ENOSPC, a quota, or SQLite saying so', () => {
    for (const code of ['ENOSPC', 'EDQUOT', 'SQLITE_FULL']) {
      const failed = classifyBackupError(errno(code), '/media/usb', present);
      expect(failed.failure).toBe('DISK_FULL');
      expect(failed.message).toBe('备份盘空间不足');
    }
  });

  it('is a folder that cannot be written for permissions and read-only drives', () => {
    for (const code of ['EACCES', 'EPERM', 'EROFS', 'SQLITE_READONLY', 'SQLITE_CANTOPEN']) {
      expect(classifyBackupError(errno(code), '/media/usb', present).failure).toBe('FOLDER_NOT_WRITABLE');
    }
  });

  it('keeps a reason already named, and words anything else with its own message', () => {
    const named = new BackupFailed('INTEGRITY', '备份文件完整性检查未通过');
    expect(classifyBackupError(named, '/media/usb', present)).toBe(named);
    const other = classifyBackupError(errno('EIO', 'i/o error'), '/media/usb', present);
    expect(other.failure).toBe('FAILED');
    expect(other.message).toBe('备份出错：i/o error');
  });

  it('says sizes in MB and GB', () => {
    expect(sizeText(300 * 1024 ** 2)).toBe('300 MB');
    expect(sizeText(1.25 * 1024 ** 3)).toBe('1.3 GB');
    expect(sizeText(10)).toBe('1 MB');
  });
});

describe('backup file names', () => {
  it('carry the Beijing date and time, and a number when the second is taken', () => {
    const at = Date.parse('2026-11-23T18:00:05Z'); // 02:00:05 on the 24th in Beijing
    expect(backupFileName(at, () => false)).toBe('hall-backup-20261124-020005.sqlite');
    const taken = new Set(['hall-backup-20261124-020005.sqlite', 'hall-backup-20261124-020005-2.sqlite']);
    expect(backupFileName(at, (n) => taken.has(n))).toBe('hall-backup-20261124-020005-3.sqlite');
    expect(BACKUP_FILE_PATTERN.test(backupFileName(at, (n) => taken.has(n)))).toBe(true);
  });
});

/* Register sheets as halls keep them (登记簿), generated from a seed: every row valid and distinct. */
import fs from 'node:fs';
import iconv from 'iconv-lite';
import { gb11643CheckChar } from '../../main/domain/identity';
import { seededRandom } from './random';

export const REGISTER_HEADERS = [
  '登记类别', '登记日期', '证书编号', '登记机关',
  '男方姓名', '男方性别', '男方出生日期', '男方身份证号',
  '女方姓名', '女方性别', '女方出生日期', '女方身份证号',
  '民族', '备注', '扫描件',
] as const;

export const OFFICE_TEXT = '北京市朝阳区民政局';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '欧阳'];
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞', '平', '刚', '桂英'];

function day(baseYear: number, offsetDays: number): string {
  return new Date(Date.UTC(baseYear, 0, 1) + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A resident ID number unique to row i and sex: 500 people per birth date, the sequence odd for a
 * man and even for a woman. First-generation 15-digit form when `short`.
 */
export function idNumberFor(i: number, sex: 'male' | 'female', short: boolean): { id: string; birthDate: string } {
  const birthDate = day(sex === 'male' ? 1950 : 1952, Math.floor(i / 500));
  const order = String(2 * (i % 500) + (sex === 'male' ? 1 : 0)).padStart(3, '0');
  const ymd = birthDate.replaceAll('-', '');
  if (short) return { id: `110105${ymd.slice(2)}${order}`, birthDate };
  const first17 = `110105${ymd}${order}`;
  return { id: first17 + gb11643CheckChar(first17), birthDate };
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

/**
 * Row i of a register: a marriage (one in twenty a divorce of another couple), registered 1981–2003
 * when both were of age, a paper-era certificate number unique to the row, about a third of the ID
 * numbers in their 15-digit first-generation form.
 */
export function registerRow(i: number, rand: () => number): string[] {
  const divorce = i % 20 === 19;
  const registered = day(1981, Math.floor(rand() * 8000));
  const yy = registered.slice(2, 4);
  const man = idNumberFor(i, 'male', rand() < 0.33);
  const woman = idNumberFor(i, 'female', rand() < 0.33);
  return [
    divorce ? '离婚' : '结婚',
    registered,
    divorce ? `(${yy})朝民离字第${i + 1}号` : `(${yy})朝民结字第${i + 1}号`,
    OFFICE_TEXT,
    pick(rand, SURNAMES) + pick(rand, GIVEN), '男', man.birthDate, man.id,
    pick(rand, SURNAMES) + pick(rand, GIVEN), '女', woman.birthDate, woman.id,
    '汉族', '', '',
  ];
}

function csvLine(cells: readonly string[]): string {
  return `${cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',')}\r\n`;
}

export interface RegisterFile {
  readonly rows: number;
  readonly seed: number;
  /** The first row's index: files that overlap share the indexes they both hold. */
  readonly from?: number;
  readonly encoding?: 'utf-8' | 'gbk';
  /** Changes a row's cells before it is written (a test's broken rows). */
  readonly edit?: (cells: string[], i: number) => string[];
}

/** Writes a register CSV with its header, in pieces: a million rows never sit in memory at once. */
export function writeRegisterCsv(path: string, f: RegisterFile): void {
  const from = f.from ?? 0;
  const encode = (text: string) => (f.encoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8'));
  const fd = fs.openSync(path, 'w');
  try {
    let chunk = csvLine(REGISTER_HEADERS);
    // The same index draws the same numbers whichever file it is in, so overlapping files agree.
    for (let i = from; i < from + f.rows; i++) {
      const rowRand = seededRandom((f.seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0);
      const cells = registerRow(i, rowRand);
      chunk += csvLine(f.edit ? f.edit(cells, i) : cells);
      if (chunk.length > 256 * 1024) {
        fs.writeSync(fd, encode(chunk));
        chunk = '';
      }
    }
    fs.writeSync(fd, encode(chunk));
  } finally {
    fs.closeSync(fd);
  }
}

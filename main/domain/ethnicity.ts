/**
 * GB 3304 ethnicity codes as the card prints them (汉, not 汉族). 97 and 98 are GB 3304's own
 * codes for 其他 and 外国血统(中国籍人士). A code missing here is passed through, never refused.
 */
const NAMES = [
  '汉', '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜',
  '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎', '傈僳',
  '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土',
  '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米',
  '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔',
  '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
] as const;

const TABLE = new Map<string, string>([...NAMES.map((name, i) => [String(i + 1).padStart(2, '0'), name] as const), ['97', '其他'], ['98', '外国血统']]);
const CODES = new Map<string, string>([...TABLE].map(([code, name]) => [name, code]));

export function ethnicityName(code: string): string | null {
  return TABLE.get(code) ?? null;
}

/**
 * The code of an ethnicity as a register writes it: the code itself ('01', '1'), or the name with
 * or without 族 (汉族, 汉); null for anything else, which the caller keeps as written.
 */
export function ethnicityCode(text: string): string | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  if (/^\d{1,2}$/.test(t)) {
    const code = t.padStart(2, '0');
    return TABLE.has(code) ? code : null;
  }
  return CODES.get(t) ?? CODES.get(t.replace(/族$/, '')) ?? null;
}

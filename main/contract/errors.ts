import { z } from 'zod';

/** Every error the API returns has this shape; `violations` when the law or a schema refused the input. */
export const Violation = z.object({
  code: z.string(),
  field: z.string(),
  message: z.string(),
});
export type Violation = z.infer<typeof Violation>;

export const ErrorBody = z.object({
  code: z.string(),
  message: z.string(),
  violations: z.array(Violation).optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Error codes of the API with their HTTP status and the Chinese text the UI shows. */
export const API_ERRORS = {
  AUTH_REQUIRED: { status: 401, message: '请先登录' },
  AUTH_BAD_CREDENTIALS: { status: 401, message: '用户名或密码错误' },
  AUTH_LOCKED: { status: 423, message: '连续登录失败次数过多，账户已锁定 15 分钟' },
  AUTH_DISABLED: { status: 403, message: '该账户已停用，请联系系统管理员' },
  AUTH_FORBIDDEN: { status: 403, message: '当前角色无权进行此操作' },
  BAD_REQUEST: { status: 400, message: '请求格式不正确' },
  VALIDATION: { status: 422, message: '输入有误，请按提示修改' },
  CASE_REFUSED: { status: 422, message: '不符合办理条件，请按提示处理' },
  DEVICE_REMOTE: { status: 403, message: '读卡器等设备只能由本机使用' },
  IDCARD_DISABLED: { status: 409, message: '本机未启用读卡器' },
  IDCARD_NO_CARD: { status: 408, message: '未读到证件，请将证件放在读卡器上' },
  IDCARD_NOT_SIMULATOR: { status: 409, message: '本机使用真实读卡器，不能模拟放卡' },
  IDCARD_SAMPLE_UNKNOWN: { status: 422, message: '没有这张样例证件' },
  IDCARD_PLACE_FAILED: { status: 409, message: '模拟放卡失败' },
  NOT_FOUND: { status: 404, message: '未找到' },
  PRINTER_FAILED: { status: 502, message: '打印失败' },
  PASSWORD_WRONG: { status: 422, message: '当前密码不正确' },
  PASSWORD_UNCHANGED: { status: 422, message: '新密码不能与当前密码相同' },
  USER_EXISTS: { status: 409, message: '用户名已存在' },
  LAST_ADMIN: { status: 409, message: '不能停用或降级最后一个可用的系统管理员' },
  SELF_DISABLE: { status: 409, message: '不能停用当前登录的账户' },
  IMPORT_JOB_STATE: { status: 409, message: '导入任务当前的状态不允许此操作' },
  IMPORT_BUSY: { status: 409, message: '另一个导入任务正在进行，请等它完成或暂停后再开始' },
  FILE_TOO_LARGE: { status: 413, message: '文件太大' },
  IMPORT_FILE_KIND: { status: 422, message: '只能导入 .xlsx 或 .csv 文件（旧版 .xls 请先另存为 .xlsx）' },
  IMPORT_FILE_UNREADABLE: { status: 422, message: '文件无法读取' },
  IMPORT_MAPPING: { status: 422, message: '列对应关系有误，请按提示修改' },
  DOUBLE_ENTRY_REFUSED: { status: 409, message: '双人录入：此页当前不能这样处理' },
  BACKUP_NO_FOLDER: { status: 409, message: '尚未设置备份目录，请先在“数据备份”中设置' },
  DB_BUSY: { status: 503, message: '数据库正忙，请稍后重试' },
  INTERNAL: { status: 500, message: '系统内部错误，请稍后重试或联系管理员' },
} as const satisfies Record<string, { status: number; message: string }>;
export type ApiErrorCode = keyof typeof API_ERRORS;

/** Field labels for violations, so a message names the field as the form does. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  username: '用户名',
  password: '密码',
  currentPassword: '当前密码',
  newPassword: '新密码',
  displayName: '姓名',
  role: '角色',
  disabled: '停用',
  officeName: '登记机关名称',
  officeCode: '登记机关代码',
  foreignRelated: '涉外登记',
  id: '编号',
  // The hall's settings and bookings
  sessions: '办公时间',
  slotMinutes: '时段长度',
  capacity: '名额',
  specialDates: '特殊日期',
  dayOverrides: '单日调整',
  bookAheadMinDays: '最早可约天数',
  bookAheadMaxDays: '最晚可约天数',
  cancelDaysBefore: '取消期限',
  perPersonPerDay: '每人每日预约上限',
  date: '日期',
  slotStart: '时段',
  persons: '当事人',
  idNumber: '证件号码',
  name: '姓名',
  phone: '电话',
  reason: '理由',
  services: '可办业务',
  prefixes: '号码前缀',
  number: '号码',
  printer: '打印机',
  pdfBase64: 'PDF 文件',
  title: '文档标题',
  // Backups
  folder: '备份目录',
  timeOfDay: '备份时间',
  keep: '保留份数',
  // The archive import
  fileId: '导入文件',
  mapping: '列对应关系',
  scansDir: '扫描件文件夹',
  // Hand entry (手工补录)
  pageRef: '档案页号',
  scan: '扫描件',
  fileName: '文件名',
  contentBase64: '文件内容',
};

/** Turns zod issues into violations with Chinese messages naming the field. */
export function violationsFromIssues(issues: readonly z.core.$ZodIssue[]): Violation[] {
  return issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(body)';
    const label = FIELD_LABELS[String(issue.path[issue.path.length - 1] ?? '')] ?? field;
    return { code: violationCode(issue), field, message: `${label}：${reasonOf(issue)}` };
  });
}

function violationCode(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'FIELD_REQUIRED' : 'FIELD_TYPE';
    case 'too_small':
      return 'FIELD_TOO_SHORT';
    case 'too_big':
      return 'FIELD_TOO_LONG';
    case 'invalid_format':
      return 'FIELD_FORMAT';
    case 'invalid_value':
      return 'FIELD_VALUE';
    case 'unrecognized_keys':
      return 'FIELD_UNKNOWN';
    default:
      return 'FIELD_INVALID';
  }
}

function reasonOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '必填' : '类型不正确';
    case 'too_small':
      return issue.origin === 'string' ? `至少 ${String(issue.minimum)} 个字符` : `不能小于 ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string' ? `最多 ${String(issue.maximum)} 个字符` : `不能大于 ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.message && !issue.message.startsWith('Invalid') ? issue.message : '格式不正确';
    case 'invalid_value':
      return `只能是 ${issue.values.map(String).join('、')} 之一`;
    case 'unrecognized_keys':
      return `不认识的字段 ${issue.keys.join('、')}`;
    default:
      return issue.message && !/^[A-Za-z]/.test(issue.message) ? issue.message : '不正确';
  }
}

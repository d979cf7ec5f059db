import { samStatusMeaning } from './sam-status';

/**
 * Every way reading a card can fail, as a code with its Chinese message for the screen. Parsers and
 * the driver return these as values (STYLE rule 5); only a bug throws.
 */
export const IDCARD_ERRORS = {
  FRAME_PREAMBLE: '应答帧头不是 AA AA AA 96 69',
  FRAME_LENGTH: '应答帧的长度字段不可能或与数据不符',
  FRAME_CHECKSUM: '应答帧校验和错误',
  FRAME_TRUNCATED: '应答帧不完整',
  SAM_STATUS: '读卡器安全模块返回错误状态',
  CARD_DATA_LENGTH: '证件数据的长度字段与应答不符',
  CARD_TYPE_UNKNOWN: '无法识别的证件类型',
  CARD_FIELD_TOO_LONG: '证件字段超出卡面长度',
  HEX_INVALID: '文件内容不是十六进制文本',
  READER_TIMEOUT: '读卡器无应答',
  CARD_NOT_PLACED: '等待时间内未放置证件',
  READER_LOST: '读卡器已断开',
  READER_UNSUPPORTED: '此型号读卡器的通信方式尚不支持',
} as const;

export type IdcardErrorCode = keyof typeof IDCARD_ERRORS;

export interface IdcardError {
  readonly code: IdcardErrorCode;
  readonly message: string;
  /** SW3 and its meaning, for SAM_STATUS. */
  readonly status?: number;
  readonly statusMeaning?: string;
  /** What exactly was wrong (lengths, offsets), for logs and `hall idcard decode`. */
  readonly detail?: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IdcardError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function idcardError(code: IdcardErrorCode, detail?: string): IdcardError {
  return detail === undefined ? { code, message: IDCARD_ERRORS[code] } : { code, message: IDCARD_ERRORS[code], detail };
}

export function fail<T = never>(code: IdcardErrorCode, detail?: string): Result<T> {
  return { ok: false, error: idcardError(code, detail) };
}

export function samStatusError(sw3: number): IdcardError {
  const meaning = samStatusMeaning(sw3);
  return { code: 'SAM_STATUS', message: `${IDCARD_ERRORS.SAM_STATUS}：${meaning.zh}`, status: sw3, statusMeaning: meaning.en };
}

/** Upper-case hex of `digits` digits, as the protocol page writes bytes and USB ids. */
export function hexOf(n: number, digits: number): string {
  return n.toString(16).toUpperCase().padStart(digits, '0');
}

export function hexByte(b: number): string {
  return hexOf(b, 2);
}

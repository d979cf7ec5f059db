/** SW3 of a response frame (GA 467 as summarised in idcard-protocol.md), in English and Chinese. */
export const SAM_STATUS = {
  SUCCESS: 0x90,
  FIND_SUCCESS: 0x9f,
  BAD_CHECKSUM: 0x10,
  BAD_LENGTH: 0x11,
  UNKNOWN_COMMAND: 0x21,
  READ_FAILED: 0x41,
  NO_CARD: 0x80,
  SELECT_FAILED: 0x81,
  NO_CONTENT: 0x91,
} as const;

const MEANINGS: Readonly<Record<number, { readonly en: string; readonly zh: string }>> = {
  0x90: { en: 'success', zh: '操作成功' },
  0x9f: { en: 'find card: success', zh: '找卡成功' },
  0x10: { en: 'the SAM received a frame with a bad checksum', zh: '安全模块收到的命令校验和错误' },
  0x11: { en: 'the SAM received a frame with a bad length', zh: '安全模块收到的命令长度错误' },
  0x21: { en: 'unknown command', zh: '未知命令' },
  0x23: { en: 'operation not permitted', zh: '越权操作' },
  0x24: { en: 'unrecognized error', zh: '无法识别的错误' },
  0x31: { en: 'the card failed to authenticate the SAM', zh: '证件认证安全模块失败' },
  0x32: { en: 'the SAM failed to authenticate the card', zh: '安全模块认证证件失败' },
  0x33: { en: 'information verification error', zh: '信息验证错误' },
  0x40: { en: 'unknown card type', zh: '无法识别的卡类型' },
  0x41: { en: 'reading the card failed', zh: '读证件操作失败，请重新放置证件' },
  0x47: { en: 'getting a random number failed', zh: '取随机数失败' },
  0x60: { en: 'SAM self-test failed', zh: '安全模块自检失败' },
  0x66: { en: 'SAM not authorized', zh: '安全模块未经授权' },
  0x80: { en: 'find card: no card', zh: '找卡失败（无证件）' },
  0x81: { en: 'select card failed', zh: '选卡失败' },
  0x91: { en: 'no content', zh: '无内容' },
};

export function samStatusMeaning(sw3: number): { readonly en: string; readonly zh: string } {
  return MEANINGS[sw3] ?? { en: 'status not in the protocol table', zh: `未知状态 ${sw3.toString(16).toUpperCase().padStart(2, '0')}` };
}

import type { VerifyResult } from '../../../../main/contract/printing';

export interface Verdict {
  /** In large type: what the person at the counter reads first. */
  readonly label: string;
  readonly tone: 'valid' | 'warning' | 'invalid';
}

/** The verification's answer in a word or two: 真实有效, 已撤销, 已解除, 已补发, 签名不符 … */
export function verdictOf(result: VerifyResult): Verdict {
  switch (result.standing) {
    case 'stands':
      return { label: '真实有效', tone: 'valid' };
    case 'revoked':
      return { label: '已撤销', tone: 'invalid' };
    case 'dissolved':
      return { label: '已解除', tone: 'warning' };
    case 'replaced':
      return { label: '已补发', tone: 'warning' };
    case 'unknown':
      return { label: '无登记记录', tone: 'warning' };
    case 'mismatch':
      return { label: '与登记记录不符', tone: 'invalid' };
    case 'invalid':
      // A signature was there to check only if the text parsed (it then names a certificate).
      return { label: result.certificateNumber ? '签名不符' : '无法识别', tone: 'invalid' };
  }
}

export const TONE_COLORS: Readonly<Record<Verdict['tone'], string>> = { valid: '#389e0d', warning: '#d46b08', invalid: '#cf1322' };

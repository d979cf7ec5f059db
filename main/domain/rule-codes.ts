import type { Violation } from './case-types';

/**
 * Every rule code the domain can answer with (domain.md), its Chinese message for the registrar,
 * and the field it usually concerns. Codes never change meaning; a new rule gets a new code.
 */
export interface RuleInfo {
  readonly message: string;
  readonly field?: string;
}

export const RULES = {
  // Identity documents and parties
  ID_TYPE_UNSUPPORTED: { message: '不支持的证件类型' },
  ID_NUMBER_INVALID: { message: '证件号码格式或校验位不正确' },
  ID_BIRTH_MISMATCH: { message: '证件号码中的出生日期与填写的出生日期不一致' },
  ID_SEX_MISMATCH: { message: '证件号码中的性别与填写的性别不一致' },
  ID_EXPIRED: { message: '证件已超过有效期限' },
  DATE_INVALID: { message: '日期无效，应为真实的公历日期（年-月-日）' },
  PARTY_DUPLICATE: { message: '同一人在本案中重复出现' },
  PARTY_NOT_VERIFIED: { message: '当事人身份未经读卡器读取，也未经登记员人工核验并记录理由' },
  OFFICE_NOT_FOREIGN_RELATED: { message: '本登记机关不办理涉外（含港澳台居民、华侨）婚姻登记', field: 'parties' },

  // Marriage (结婚登记)
  MAR_SEXES: { message: '结婚当事人须为一男一女', field: 'parties' },
  MAR_AGE_MAN: { message: '男方未达法定婚龄' },
  MAR_AGE_WOMAN: { message: '女方未达法定婚龄' },
  MAR_ALREADY_MARRIED: { message: '当事人现有配偶，不能再结婚' },
  MAR_STATUS_UNVERIFIED: { message: '未能完成省级婚姻状况核验；须由主管书面说明理由后方可继续' },
  MAR_DECLARATION_MISSING: { message: '当事人未签署《申请结婚登记声明书》' },
  MAR_KINSHIP: { message: '双方为直系血亲或者三代以内旁系血亲，禁止结婚' },
  MAR_NOT_VOLUNTARY: { message: '当事人并非自愿结婚' },

  // Divorce (离婚登记) and the cooling-off period
  DIV_NO_AGREEMENT: { message: '未提交双方签名的离婚协议书', field: 'agreementSigned' },
  DIV_CAPACITY: { message: '当事人不具有完全民事行为能力，不能协议离婚' },
  DIV_MARRIAGE_UNKNOWN: { message: '未查到该婚姻在内地或我国驻外使（领）馆的登记记录', field: 'marriage' },
  DIV_PARTIES_MISMATCH: { message: '申请人不是该婚姻登记记录中的双方当事人', field: 'parties' },
  DIV_CASE_OPEN: { message: '双方已有尚未办结的离婚登记申请', field: 'parties' },
  DIV_COOLING_OFF: { message: '离婚冷静期尚未届满，不能办理离婚登记', field: 'date' },
  DIV_TERMS_UNCONFIRMED: { message: '未记录双方对子女抚养、财产及债务处理等事项协商一致的确认', field: 'termsConfirmed' },
  DIV_BOTH_REQUIRED: { message: '须双方共同到场办理离婚登记', field: 'bothPresent' },
  DIV_DEEMED_WITHDRAWN: { message: '冷静期届满后三十日内未共同申请发证，离婚登记申请已视为撤回', field: 'date' },
  DIV_CASE_CLOSED: { message: '该离婚登记申请已办结（已撤回、视为撤回或已登记），不能再办理；如需离婚须重新申请', field: 'status' },
  DIV_WITHDRAW_TOO_LATE: { message: '离婚冷静期已届满，不能再撤回离婚登记申请', field: 'date' },

  // Reissue (补领)
  REI_RECORD_NOT_FOUND: { message: '档案中未找到原登记记录，不能补领', field: 'original' },
  REI_STATUS_CHANGED: { message: '原证件所证明的婚姻状况已发生变化，不能补领', field: 'original' },

  // Revocation (撤销 / 纠错)
  REV_NO_BASIS: { message: '缺少撤销依据（司法建议书、检察建议书、公安机关认定或法院宣告婚姻无效判决）', field: 'basis' },

  // Cases and certificates
  OFFICE_NOT_CONFIGURED: { message: '尚未设置本登记机关的 9 位代码（系统管理员在「登记机关设置」中填写），不能办理登记', field: 'officeCode' },
  CASE_STATE: { message: '案件当前状态不允许此项操作', field: 'status' },
  CERT_STOCK_EMPTY: { message: '本窗口已无可用的空白证书', field: 'window' },
} as const satisfies Readonly<Record<string, RuleInfo>>;

export type RuleCode = keyof typeof RULES;

export const RULE_CODES = Object.keys(RULES) as readonly RuleCode[];

export function isRuleCode(s: string): s is RuleCode {
  return Object.prototype.hasOwnProperty.call(RULES, s);
}

/** The field a code usually concerns, when it has one. */
export function ruleField(code: RuleCode): string | undefined {
  return (RULES[code] as RuleInfo).field;
}

/** One refusal: the code, the field it concerns and the Chinese message (with the detail, if any). */
export function violation(code: RuleCode, field: string, detail?: string): Violation {
  const message = detail ? `${RULES[code].message}：${detail}` : RULES[code].message;
  return { code, field, message };
}

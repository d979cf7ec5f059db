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
  CERT_STOCK_EMPTY: { message: '本窗口没有可用的空白证书，请向主管领取', field: 'window' },

  // Printing (证书与表格打印)
  PRINT_TEXT_TOO_LONG: { message: '内容过长，缩小到最小字号并换行后仍超出打印框，未打印' },
  PRINT_GLYPH_MISSING: { message: '打印字体中没有该字（生僻字），请在设置中换用含该字的字体，或手工书写后在备注中说明' },
  PRINT_VALUE_MISSING: { message: '该栏没有可打印的内容' },
  PRINT_NOT_PRINTABLE: { message: '案件当前状态不能打印该证书或表格', field: 'document' },
  PRINT_FONT_UNAVAILABLE: { message: '找不到可用的中文打印字体（TrueType 宋体、仿宋或 AR PL UMing），请在打印设置中指定字体文件', field: 'fontFile' },

  // The blank-certificate ledger (空白证书管理)
  STOCK_PREFIX_INVALID: { message: '印制号前缀应为 0 至 4 个大写字母', field: 'prefix' },
  STOCK_DIGITS_INVALID: { message: '印制号位数不正确', field: 'digits' },
  STOCK_SERIAL_INVALID: { message: '印制号应为不超过 12 位的非负整数' },
  STOCK_SPAN_REVERSED: { message: '止号不能小于起号', field: 'to' },
  STOCK_BATCH_TOO_LARGE: { message: '一批空白证书的数量过大，请核对起止号', field: 'to' },
  STOCK_BATCH_OVERLAP: { message: '该号段与已入库的同类、同前缀批次重叠', field: 'from' },
  STOCK_RANGE_OUTSIDE_BATCH: { message: '号段须完整地落在同一入库批次之内', field: 'from' },
  STOCK_NOT_ON_HAND: { message: '号段中有空白证书不在交出方手中（已领出、已使用或已登记损坏遗失）', field: 'from' },
  STOCK_SERIAL_UNKNOWN: { message: '没有该印制号的空白证书入库记录', field: 'serial' },
  STOCK_BLANK_NOT_HERE: { message: '该空白证书不在所选位置，或已使用、已登记损坏遗失', field: 'serial' },
  STOCK_RANGE_RETURNED: { message: '该号段已交回库存', field: 'range' },
  STOCK_USE_NOT_PRINTED: { message: '只有已打印的证书才能作废', field: 'use' },
  STOCK_NOTE_REQUIRED: { message: '须填写说明（至少 2 个字）', field: 'note' },
  STOCK_WINDOW_UNKNOWN: { message: '没有该窗口', field: 'windowId' },
  STOCK_DATE_FUTURE: { message: '入库日期不能晚于今天', field: 'receivedOn' },

  // Appointments (预约)
  APPT_PARTIES: { message: '预约当事人人数或证件号码不正确', field: 'persons' },
  APPT_CLOSED_DAY: { message: '该日不办理预约', field: 'date' },
  APPT_OUTSIDE_WINDOW: { message: '预约日期不在可预约的范围内', field: 'date' },
  APPT_SLOT_INVALID: { message: '该时段不在办公时间内', field: 'slotStart' },
  APPT_SLOT_FULL: { message: '该时段名额已约满', field: 'slotStart' },
  APPT_PERSON_LIMIT: { message: '同一证件号码当日预约已达上限' },
  APPT_NO_SHOW_BLOCKED: { message: '近期多次预约未到，暂停网上预约' },
  APPT_CANCEL_TOO_LATE: { message: '已过取消期限，不能取消预约', field: 'date' },
  APPT_NO_DIVORCE_CASE: { message: '双方没有尚未办结的离婚登记申请，不能预约离婚领证', field: 'persons' },
  APPT_NOT_TODAY: { message: '预约不是今日的', field: 'date' },
  APPT_MISMATCH: { message: '所读证件与预约登记的当事人不一致，不能凭此预约取号', field: 'persons' },
  APPT_NOT_FOUND: { message: '没有找到这两位（这位）当事人今日的预约；请现场取号', field: 'persons' },
  APPT_STATE: { message: '预约当前状态不允许此项操作', field: 'state' },

  // The hall queue (叫号)
  QUEUE_BOTH_PARTIES: { message: '此项业务须双方到场：请读取双方证件（或由工作人员核验双方证件）后取号', field: 'persons' },
  QUEUE_DUPLICATE: { message: '该当事人今日已有同类业务的号，无须重复取号', field: 'persons' },
  QUEUE_SERVICE_CLOSED: { message: '今日没有开放办理此项业务的窗口', field: 'service' },
  QUEUE_WINDOW_CLOSED: { message: '窗口未开放，请先开窗', field: 'window' },
  QUEUE_WINDOW_TAKEN: { message: '该窗口已由其他登记员开放', field: 'window' },
  QUEUE_NOT_SERVED_HERE: { message: '本窗口不办理该号的业务', field: 'ticket' },
  QUEUE_EMPTY: { message: '本窗口可办理的业务暂无人等候', field: 'window' },
  QUEUE_TICKET_STATE: { message: '该号当前状态不允许此项操作', field: 'ticket' },
  QUEUE_RECALL_TOO_SOON: { message: '重复呼叫间隔太短，请稍候再呼', field: 'ticket' },
  QUEUE_NO_SHOW_TOO_EARLY: { message: '呼叫次数未达到过号要求', field: 'ticket' },
  QUEUE_REASON_REQUIRED: { message: '须填写理由', field: 'reason' },
  QUEUE_RATED: { message: '该号已评价过', field: 'ticket' },

  // Adoption (收养登记)
  ADO_ADOPTEE_AGE: { message: '被收养人已年满十八周岁，不能办理收养登记', field: 'child.birthDate' },
  ADO_ADOPTER_AGE: { message: '收养人未满三十周岁' },
  ADO_CHILD_LIMIT: { message: '超过可收养子女的人数：无子女的可收养两名，有一名子女的只能收养一名，有两名以上子女的不能收养' },
  ADO_SPOUSE_MISSING: { message: '有配偶者收养子女，须夫妻共同收养' },
  ADO_JOINT_NOT_SPOUSES: { message: '只有夫妻可以共同收养' },
  ADO_AGE_GAP: { message: '无配偶者收养异性子女，收养人须比被收养人年长四十周岁以上', field: 'adopters.0.party.birthDate' },
  ADO_CONSENT_MISSING: { message: '未记录依法须取得的同意' },
  ADO_ASSESSMENT_MISSING: { message: '未附收养评估报告', field: 'assessment' },
  ADO_ASSESSMENT_UNSUITABLE: { message: '收养评估结论为不适宜收养', field: 'assessment.conclusion' },
  ADO_NOTICE_PENDING: { message: '查找不到生父母的被收养人，须经公告且公告期满后方可登记', field: 'notice' },
  ADO_FOREIGN_RESTRICTED: { message: '外国人仅可收养继子女或三代以内旁系同辈血亲的子女，且须在省级涉外收养登记机关办理', field: 'adopters' },
  ADO_RECORD_NOT_FOUND: { message: '档案中未找到该收养登记证所载的有效收养登记', field: 'adoptionCertificateNumber' },
  ADO_DISSOLUTION_ADULT: { message: '被收养人已成年，登记机关不办理协议解除收养关系登记', field: 'child.birthDate' },
  ADO_CERTIFICATE_NOT_RETURNED: { message: '未收回《收养登记证》', field: 'certificateReturned' },

  // Back-entry (历史数据补录): checks of one imported or hand-entered paper-era record
  IMP_REQUIRED: { message: '缺少必填项' },
  IMP_VALUE_UNKNOWN: { message: '无法识别的取值' },
  IMP_DATE_INVALID: { message: '日期不存在或无法识别（应为 年-月-日，如 1996-05-03）' },
  IMP_DATE_IN_FUTURE: { message: '日期晚于今天' },
  IMP_ID_INVALID: { message: '证件号码格式或校验位不正确（居民身份证为 15 位或 18 位）' },
  IMP_ID_MISSING: { message: '未填写证件号码：婚姻状况核验无法按证件号码查到此记录，上传省级平台时很可能被退回，须由主管处理' },
  IMP_ID_BIRTH_MISMATCH: { message: '证件号码中的出生日期与填写的出生日期不一致' },
  IMP_ID_SEX_MISMATCH: { message: '证件号码中的性别与填写的性别不一致' },
  IMP_BEFORE_BIRTH: { message: '登记日期早于当事人的出生日期', field: 'registrationDate' },
  IMP_UNDER_AGE_THEN: { message: '登记时当事人未达当时法律规定的婚龄，请核对原始档案' },
  IMP_SAME_SEX: { message: '双方当事人性别相同', field: 'parties.1.sex' },
  IMP_CERT_NUMBER_FORMAT: { message: '证书编号看似现行编号，但不符合格式（如 J110105-2026-000001）', field: 'certificateNumber' },
  IMP_CERT_NUMBER_MISMATCH: { message: '证书编号的类别或年份与登记类别、登记日期不符', field: 'certificateNumber' },
  IMP_DUPLICATE_IN_FILE: { message: '与文件中的另一行重复' },
  IMP_DUPLICATE_IN_DB: { message: '数据库中已有此记录，导入时跳过' },
  IMP_CERT_NUMBER_TAKEN: { message: '证书编号已被另一条登记记录使用', field: 'certificateNumber' },
  IMP_SCAN_MISSING: { message: '扫描件文件不存在，记录仍导入，但没有扫描件', field: 'scanFile' },

  // Double entry (双人录入) of a paper page typed by hand
  DBL_PAGE_REF_REQUIRED: { message: '双人录入须填写档案页号（如 档案盒号/页号）', field: 'pageRef' },
  DBL_SCAN_REQUIRED: { message: '双人录入须附上本页的扫描件', field: 'scan' },
  DBL_SAME_CLERK: { message: '同一页须由另一位登记员做第二次录入', field: 'pageRef' },
  DBL_PAGE_DISPUTED: { message: '此页已有两人录入且不一致，正等待主管核对', field: 'pageRef' },
  DBL_PAGE_CLOSED: { message: '此页已录入完毕', field: 'pageRef' },
  DBL_NOT_DISPUTED: { message: '此页没有待核对的不一致', field: 'id' },
  DBL_RESOLVER_WAS_CLERK: { message: '核对须由两位录入人以外的主管进行', field: 'id' },
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

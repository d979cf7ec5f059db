import type { IdType } from '../../../../main/domain/case-types';

export const ID_TYPE_LABELS: Readonly<Record<IdType, string>> = {
  resident_id: '居民身份证',
  foreign_permanent_id: '外国人永久居留身份证',
  hmt_residence_permit: '港澳台居民居住证',
  hk_macao_permit: '港澳居民来往内地通行证',
  taiwan_permit: '台湾居民来往大陆通行证',
  passport: '护照',
};

export const SEX_LABELS = { male: '男', female: '女' } as const;

/** The events of a case's history, as the registrar reads them. */
export const EVENT_LABELS: Readonly<Record<string, string>> = {
  create: '录入申请',
  accept: '受理',
  register: '登记发证',
  dissolve: '解除收养关系',
  refuse: '不予登记',
  withdraw: '撤回申请',
  'deemed-withdrawn': '视为撤回',
  'confirm-terms': '确认离婚协议',
  'request-override': '提交主管复核',
  'override-status': '主管复核通过',
  revoke: '撤销登记',
};

/** The provincial marital-status answers. */
export const MARITAL_STATUS_LABELS: Readonly<Record<string, string>> = {
  unmarried: '未婚',
  married: '有配偶',
  divorced: '离婚',
  widowed: '丧偶',
  unknown: '状况不明',
};

/** A colour per stored status, the same on every screen. */
export const STATUS_COLORS: Readonly<Record<string, string>> = {
  draft: 'default',
  accepted: 'processing',
  registered: 'success',
  dissolved: 'default',
  refused: 'error',
  withdrawn: 'default',
  deemed_withdrawn: 'default',
  revoked: 'error',
  annulled: 'error',
};

export function partyLabel(index: number): string {
  return index === 0 ? '当事人一' : '当事人二';
}

import { DIVORCE_STATUS_LABELS, type DivorceStatus } from './divorce';

const STORED_LABELS: Readonly<Record<string, string>> = {
  draft: '待受理',
  accepted: '已受理',
  registered: '已登记',
  refused: '不予登记',
  revoked: '已撤销',
  annulled: '已宣告无效',
  withdrawn: '已撤回',
  deemed_withdrawn: '视为撤回',
  dissolved: '已解除收养关系',
};

export const CASE_KIND_LABELS: Readonly<Record<'marriage' | 'divorce' | 'reissue' | 'adoption' | 'adoption_dissolution', string>> = {
  marriage: '结婚登记',
  divorce: '离婚登记',
  reissue: '补领证书',
  adoption: '收养登记',
  adoption_dissolution: '解除收养关系',
};

/** The status a registrar reads: an open divorce shows which period it is in on the day asked. */
export function caseStatusLabel(status: string, divorceStatus?: DivorceStatus): string {
  if (divorceStatus && status === 'accepted') return DIVORCE_STATUS_LABELS[divorceStatus];
  return STORED_LABELS[status] ?? status;
}

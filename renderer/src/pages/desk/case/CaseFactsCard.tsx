import { Card, Descriptions, type DescriptionsProps } from 'antd';
import type { CaseView } from '../../../../../main/contract';
import { REVOCATION_BASIS_LABELS } from '../../../../../main/domain/rules/revocation';
import { chineseDate } from '../format';
import { partyLabel } from '../labels';
import { adoptionFactItems } from './adoptionFacts';
import { factsOf } from './caseFacts';

const TITLES: Partial<Record<CaseView['kind'], string>> = { marriage: '复核与决定', reissue: '补领事项', adoption: '收养事项', adoption_dissolution: '解除收养事项' };

const yes = (b: boolean | undefined, y: string, n: string) => (b ? y : n);

/** What was recorded for this kind of case: the marriage certificate, the agreement, the original certificate, a revocation. */
export function CaseFactsCard({ view }: { view: CaseView }) {
  const f = factsOf(view);
  const items: NonNullable<DescriptionsProps['items']> = [];
  const add = (key: string, label: string, children: React.ReactNode) => items.push({ key, label, children });

  if (view.kind === 'divorce') {
    add('cert', '结婚证编号', f.marriageCertificateNumber ?? '—');
    add('agreement', '离婚协议书', yes(f.agreementSigned, '已提交双方签名的离婚协议书', '未提交'));
    add('capacity', '民事行为能力', (f.fullCapacity ?? []).map((full, i) => `${partyLabel(i)}${full ? '具有' : '不具有'}完全民事行为能力`).join('；'));
    if (f.terms) add('terms', '协议确认', `${chineseDate(f.terms.confirmedOn)}：子女抚养${yes(f.terms.childrenArranged, '已安排', '未确认')}，财产债务${yes(f.terms.propertyAndDebtsAgreed, '已协商一致', '未确认')}`);
    if (f.withdrawal) add('withdrawal', '撤回', f.withdrawal.deemed ? `${chineseDate(view.withdrawnOn)} 依法视为撤回` : `${chineseDate(view.withdrawnOn)} 由${partyLabel(f.withdrawal.byParty ?? 0)}撤回`);
  }
  if (view.kind === 'reissue') {
    add('kind', '补领证书', f.certificateKind === 'divorce' ? '离婚证' : '结婚证');
    add('original', '原证书编号', f.originalCertificateNumber ?? '—');
  }
  for (const [key, label, children] of adoptionFactItems(view)) add(key, label, children);
  if (f.overrideRequested) add('requested', '申请主管复核', `${f.overrideRequested.by}${f.overrideRequested.note ? `：${f.overrideRequested.note}` : ''}`);
  if (f.unverifiedOverride) add('override', '主管复核', `${f.unverifiedOverride.by} 复核通过：${f.unverifiedOverride.reason}`);
  if (f.refusal) add('refusal', '不予登记理由', f.refusal.reason);
  if (f.revocation) {
    const b = f.revocation.basis;
    add('revocation', view.status === 'annulled' ? '宣告无效' : '撤销登记', `${chineseDate(f.revocation.on)}，依据${REVOCATION_BASIS_LABELS[b.kind]}（${b.documentNumber}，${chineseDate(b.issuedOn)}）：${f.revocation.remark}`);
  }
  if (items.length === 0) return null;
  return (
    <Card title={TITLES[view.kind] ?? '申请事项'} size="small" data-testid="case-facts">
      <Descriptions column={1} size="small" items={items} />
    </Card>
  );
}

import type { ReactNode } from 'react';
import type { CaseView } from '../../../../../main/contract';
import { ageOn } from '../../../../../main/domain/identity';
import { ADOPTION_AGES, type ChildSituation } from '../../../../../main/domain/rules/adoption';
import { caseHref } from '../../../shell/hashRoute';
import { CONCLUSION_LABELS, GIVER_LABELS, giverChoice, MARITAL_LABELS, SITUATION_LABELS } from '../adoption/adoptionLabels';
import { chineseDate } from '../format';

/** An adoption's facts as the host keeps them (main/store/registrations/adoption.ts AdoptionFacts), read defensively. */
interface AdoptionFactsView {
  readonly adopters?: readonly { readonly maritalStatus: 'married' | 'single'; readonly children: number }[];
  readonly spousePresent?: boolean;
  readonly situation?: Partial<ChildSituation>;
  readonly giver?: { readonly kind: string; readonly known?: string; readonly consented?: readonly boolean[] };
  readonly giverName?: string;
  readonly childConsent?: boolean;
  readonly assessment?: { readonly reference: string; readonly conclusion: 'suitable' | 'unsuitable'; readonly date: string } | null;
  readonly notice?: { readonly startsOn: string; readonly reference: string } | null;
  readonly certificateReturned?: boolean;
  readonly adoptionCertificateNumber?: string;
}

type Item = [key: string, label: string, children: ReactNode];

const yes = (b: boolean | undefined, y: string, n: string) => (b ? y : n);

/** The child's consent as recorded; a child under 8 on the case's day is not asked (民法典 1104, 1114). */
function consentText(view: CaseView, consent: boolean | undefined): string {
  const child = view.parties[view.parties.length - 1];
  const on = view.acceptedOn ?? view.registeredOn;
  if (!consent && child && on && ageOn(child.birthDate, on) < ADOPTION_AGES.childConsent) return `未满 ${ADOPTION_AGES.childConsent} 周岁，无需本人同意`;
  return yes(consent, '已征得本人同意', '未记录');
}

function adoptionItems(view: CaseView, f: AdoptionFactsView): Item[] {
  const items: Item[] = [];
  const adopters = f.adopters ?? [];
  items.push(['adopters', '收养人', adopters.map((a, i) => `${view.parties[i]?.name ?? ''}：${MARITAL_LABELS[a.maritalStatus]}，现有子女 ${a.children} 名`).join('；')]);
  if (adopters.length === 2) items.push(['spouse', '配偶到场', yes(f.spousePresent, '双方到场或已出具书面委托', '未到场且无书面委托')]);
  const situation = (Object.keys(SITUATION_LABELS) as (keyof ChildSituation)[]).filter((k) => f.situation?.[k]).map((k) => SITUATION_LABELS[k]);
  items.push(['situation', '被收养人情况', situation.join('、') || '无特殊情形']);
  if (f.giver) {
    const choice = giverChoice(f.giver);
    const consent = choice === 'both_parents' ? `（生父${yes(f.giver.consented?.[0], '已', '未')}同意，生母${yes(f.giver.consented?.[1], '已', '未')}同意）` : '';
    items.push(['giver', '送养人', `${GIVER_LABELS[choice]}${f.giverName ? `：${f.giverName}` : ''}${consent}`]);
  }
  items.push(['consent', '被收养人同意', consentText(view, f.childConsent)]);
  const a = f.assessment;
  items.push(['assessment', '收养评估', a ? `${a.reference}，${CONCLUSION_LABELS[a.conclusion]}（${chineseDate(a.date)}）` : '未附评估报告']);
  if (f.notice) items.push(['notice', '寻亲公告', `${chineseDate(f.notice.startsOn)}发布${f.notice.reference ? `，${f.notice.reference}` : ''}`]);
  const dissolved = view.history.find((e) => e.action === 'dissolve');
  const by = dissolved?.detail.dissolutionCaseId;
  if (typeof by === 'number') items.push(['dissolved', '解除收养关系', <a href={caseHref(by)}>{chineseDate(dissolved!.on)}，见案件 {by}</a>]);
  return items;
}

function dissolutionItems(view: CaseView, f: AdoptionFactsView): Item[] {
  const adoption = view.relatedCaseId;
  return [
    ['certificate', '收养登记证编号', adoption ? <a href={caseHref(adoption)}>{f.adoptionCertificateNumber ?? `案件 ${adoption}`}</a> : (f.adoptionCertificateNumber ?? '—')],
    ['returned', '收养登记证', yes(f.certificateReturned, '已收回', '未收回')],
    ['consent', '被收养人同意', consentText(view, f.childConsent)],
  ];
}

/** The facts an adoption or its dissolution recorded, as rows for CaseFactsCard; none for other kinds. */
export function adoptionFactItems(view: CaseView): Item[] {
  const f = view.facts as AdoptionFactsView;
  if (view.kind === 'adoption') return adoptionItems(view, f);
  if (view.kind === 'adoption_dissolution') return dissolutionItems(view, f);
  return [];
}

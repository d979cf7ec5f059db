import type { ChildSituation } from '../../../../../main/domain/rules/adoption';

/** The child's situations, in the order of the 收养登记申请书; each waives some of the rules. */
export const SITUATION_LABELS: Readonly<Record<keyof ChildSituation, string>> = {
  orphan: '孤儿',
  disabled: '残疾',
  parentsNotFound: '查找不到生父母',
  inWelfareInstitution: '儿童福利机构抚养',
  relativesChild: '三代以内旁系同辈血亲的子女',
  stepchild: '继子女',
};

/** Who gives the child up (送养人), as the desk chooses it: birth parents split by how many can be found. */
export type GiverChoice = 'both_parents' | 'one_parent' | 'guardian' | 'welfare_institution';

export const GIVER_LABELS: Readonly<Record<GiverChoice, string>> = {
  both_parents: '生父母双方',
  one_parent: '生父母一方',
  guardian: '监护人',
  welfare_institution: '儿童福利机构',
};

/** What the 送养人 name field asks for, by who gives the child up. */
export const GIVER_NAME_LABELS: Readonly<Record<GiverChoice, string>> = {
  both_parents: '生父母姓名',
  one_parent: '生父或生母姓名',
  guardian: '监护人姓名',
  welfare_institution: '儿童福利机构名称',
};

export const MARITAL_LABELS = { married: '有配偶', single: '无配偶' } as const;

export const CONCLUSION_LABELS = { suitable: '适宜收养', unsuitable: '不适宜收养' } as const;

/** The giver as stored in a case (the contract's union), back to the desk's choice. */
export function giverChoice(giver: { kind: string; known?: string }): GiverChoice {
  if (giver.kind === 'birth_parents') return giver.known === 'both' ? 'both_parents' : 'one_parent';
  return giver.kind === 'guardian' ? 'guardian' : 'welfare_institution';
}

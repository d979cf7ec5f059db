import type { LocalDate, Sex } from '../case-types';
import { compareDates } from '../dates';
import { MARRIAGE_AGE } from '../rules/marriage';

export interface MarriageAgeThen {
  readonly man: number;
  readonly woman: number;
  /** The law that set them, for the message. */
  readonly law: string;
}

// Newest first. 1980《婚姻法》第五条 (in force 1981-01-01) set 22/20, which 民法典 1047 kept;
// 1950《婚姻法》第四条 (in force 1950-05-01) set 20/18.
const MARRIAGE_AGE_HISTORY: readonly (MarriageAgeThen & { readonly from: LocalDate })[] = [
  { from: '1981-01-01', ...MARRIAGE_AGE, law: '1980 年《婚姻法》' },
  { from: '1950-05-01', man: 20, woman: 18, law: '1950 年《婚姻法》' },
];

/**
 * The marriage ages in force on a registration date, or null before 1950-05-01: the People's
 * Republic had no marriage law of its own to measure an earlier record against.
 */
export function marriageAgeThen(on: LocalDate): MarriageAgeThen | null {
  const era = MARRIAGE_AGE_HISTORY.find((e) => compareDates(on, e.from) >= 0);
  return era === undefined ? null : { man: era.man, woman: era.woman, law: era.law };
}

export function minimumAgeThen(ages: MarriageAgeThen, sex: Sex): number {
  return sex === 'male' ? ages.man : ages.woman;
}

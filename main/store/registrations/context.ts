import type { OfficeFacts, Violation } from '../../domain/case-types';
import type { WorkCalendar } from '../../domain/calendar';
import type { By } from '../cases';

/** What every registration step needs besides its input: the office, its working-day calendar, who and when. */
export interface RegistrationContext {
  readonly office: OfficeFacts & { readonly officeCode: string };
  readonly calendar: WorkCalendar;
  readonly by: By;
  /** The registrar's display name, for the provincial record. */
  readonly registrarName: string;
}

/** The law refused the step: nothing was written; the violations say why, all at once. */
export class RuleRefusal extends Error {
  constructor(readonly violations: readonly Violation[]) {
    super(violations.map((v) => v.code).join(', '));
  }
}

export function refuseIf(violations: readonly Violation[]): void {
  if (violations.length > 0) throw new RuleRefusal(violations);
}

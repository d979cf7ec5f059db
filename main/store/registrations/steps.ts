import { violation } from '../../domain/rule-codes';
import { appendAudit } from '../audit';
import { addCaseEvent, updateCase, type CaseChange, type CaseRow } from '../cases';
import type { WritableDB } from '../db';
import { RuleRefusal, type RegistrationContext } from './context';

export function requireStatus(c: CaseRow, allowed: readonly string[], field = 'status'): void {
  if (!allowed.includes(c.status)) throw new RuleRefusal([violation('CASE_STATE', field, `当前状态为「${c.status}」`)]);
}

/** One step of a case: the change, its dated event in the history, and its audit entry, in the caller's transaction. */
export function transition(db: WritableDB, c: CaseRow, action: string, ctx: RegistrationContext, change: CaseChange, detail: Record<string, unknown> = {}): CaseRow {
  const updated = updateCase(db, c.id, change);
  addCaseEvent(db, c.id, updated.revision, action, ctx.by, detail);
  appendAudit(db, { at: ctx.by.at, actor: ctx.by.actor, action: `case.${action}`, subject: `case:${c.id}`, detail });
  return updated;
}

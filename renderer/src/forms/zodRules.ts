import type { FormInstance, FormRule } from 'antd';
import { z } from 'zod';
import { violationsFromIssues } from '../../../main/contract';
import { ApiError } from '../api/client';
import { chineseDatesIn } from './chineseDates';

/**
 * An antd rule that checks a field with the contract's own schema, so the form says
 * exactly what the server would say (same limits, same Chinese text).
 */
export function schemaRule(field: string, schema: z.ZodType): FormRule {
  const wrapper = z.object({ [field]: schema });
  return {
    validator: async (_rule, value: unknown) => {
      // Empty optional inputs come back as undefined; the schema decides whether that is allowed.
      const result = wrapper.safeParse({ [field]: value === '' ? undefined : value });
      if (result.success) return;
      const [first] = violationsFromIssues(result.error.issues);
      throw new Error(first?.message ?? '输入有误');
    },
  };
}

/** A confirm-password rule: must equal the field named `other`. */
export function sameAsRule(other: string, message = '两次输入的密码不一致'): FormRule {
  return ({ getFieldValue }) => ({
    validator: async (_rule, value: unknown) => {
      if (value === getFieldValue(other)) return;
      throw new Error(message);
    },
  });
}

/**
 * Puts server violations next to the fields they name: a dotted path (`basis.kind`) when the form
 * has that nested field, else the path's first name. Returns false when the error concerned no
 * field of this form, so the caller shows it as a message instead.
 */
export function showViolations(form: FormInstance, fields: readonly string[], error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  const known = new Set(fields);
  const byField = new Map<string, string[]>();
  for (const violation of error.violations) {
    const field = known.has(violation.field) ? violation.field : (violation.field.split('.')[0] ?? '');
    if (!known.has(field)) continue;
    byField.set(field, [...(byField.get(field) ?? []), chineseDatesIn(violation.message)]);
  }
  if (byField.size === 0) return false;
  form.setFields([...byField].map(([name, errors]) => ({ name: name.split('.'), errors })));
  return true;
}

import type { FormInstance } from 'antd';
import type { Violation } from '../../../../main/contract';
import { chineseDatesIn } from '../../forms/chineseDates';

type NamePath = (string | number)[];

// The contract names a field by its dotted path; the form wants list indexes as numbers.
const toPath = (field: string): NamePath => field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
const same = (a: NamePath, b: NamePath) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The message without its "field：" prefix when the field's path is all it names (it is shown beside the field). */
export function bareMessage(v: Violation): string {
  const text = chineseDatesIn(v.message);
  return text.startsWith(`${v.field}：`) ? text.slice(v.field.length + 1) : text;
}

/**
 * Puts each violation beside the nearest field of the plan form that holds it (a day override's date,
 * a capacity); returns those that no field holds (a rule on the whole list), for an alert.
 */
export function placePlanViolations(form: FormInstance, violations: readonly Violation[]): Violation[] {
  const registered = form.getFieldsError().map((f) => f.name as NamePath);
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  const rest: Violation[] = [];
  for (const v of violations) {
    const path = toPath(v.field);
    let name: NamePath | undefined;
    for (let n = path.length; n > 0 && !name; n--) name = registered.find((r) => same(r, path.slice(0, n)));
    if (!name) {
      rest.push(v);
      continue;
    }
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(bareMessage(v));
    byField.set(key, entry);
  }
  form.setFields([...byField.values()].map(({ name, errors }) => ({ name, errors })));
  return rest;
}

import { Alert, Form, type FormItemProps } from 'antd';
import { createContext, useContext, type ReactNode } from 'react';
import type { Violation } from '../../../../main/contract';
import { chineseDatesIn } from './format';

/** The violations of the last check, for the fields of a form to pick up by their API path (`parties.0.birthDate`). */
export const ViolationContext = createContext<readonly Violation[]>([]);

export function useViolationsAt(path: string): readonly Violation[] {
  return useContext(ViolationContext).filter((v) => v.field === path);
}

/** One line per violation; a code the UI has no text for still shows the API's own Chinese message. */
export function ViolationLines({ violations }: { violations: readonly Violation[] }) {
  if (violations.length === 1) return <>{chineseDatesIn(violations[0]!.message)}</>;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {violations.map((v, i) => (
        <li key={`${v.code}-${i}`}>{chineseDatesIn(v.message)}</li>
      ))}
    </ul>
  );
}

/**
 * A Form.Item that also shows what the live check said about its API path, next to the field.
 * `vpath` may name more than one path (a field that answers for two).
 */
export function CheckedItem({ vpath, ...props }: FormItemProps & { vpath: string | readonly string[] }) {
  const all = useContext(ViolationContext);
  const paths = typeof vpath === 'string' ? [vpath] : vpath;
  const mine = all.filter((v) => paths.includes(v.field));
  if (mine.length === 0) return <Form.Item {...props} />;
  return <Form.Item {...props} validateStatus="error" help={<ViolationLines violations={mine} />} />;
}

/** The violations no field of the form claims: shown once, above the form. */
export function unclaimed(violations: readonly Violation[], claimed: (field: string) => boolean): Violation[] {
  return violations.filter((v) => !claimed(v.field));
}

/** A refusal's violations in an Alert, for actions and for whatever no field claims. */
export function ViolationAlert({ title, violations, type = 'error', action }: { title: ReactNode; violations: readonly Violation[]; type?: 'error' | 'warning'; action?: ReactNode }) {
  if (violations.length === 0) return null;
  return <Alert type={type} showIcon title={title} description={<ViolationLines violations={violations} />} action={action} data-testid="violation-alert" />;
}

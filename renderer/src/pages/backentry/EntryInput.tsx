import { Form, Input } from 'antd';
import type { ShownViolation } from './handEntryLayout';
import { ViolationLines } from '../desk/violations';

/**
 * One field of a paper page with what the checks say about it, in place: red for an error, orange
 * for a warning (flagged, not refused: the law of the day differed, the paper lacks an ID number).
 */
export function EntryInput({ name, label, placeholder, shown, autoFocus, onBlur }: {
  name: string;
  label: string;
  placeholder?: string;
  shown: readonly ShownViolation[];
  autoFocus?: boolean;
  onBlur?: () => void;
}) {
  const status = shown.some((v) => v.severity === 'error') ? 'error' : shown.length ? 'warning' : undefined;
  return (
    <Form.Item name={name} label={label} validateStatus={status} help={shown.length ? <ViolationLines violations={shown} /> : undefined} style={{ marginBottom: 12 }}>
      <Input placeholder={placeholder} autoComplete="off" autoFocus={autoFocus} onBlur={onBlur} />
    </Form.Item>
  );
}

import { Alert } from 'antd';

export interface HostAlertProps {
  /** The host's own sentence; nothing is shown without one. */
  readonly text: string | null | undefined;
  readonly severity: 'error' | 'warning';
  /** The screen that deals with it, and the words of the link to it. */
  readonly href: string;
  readonly linkText: string;
  readonly testId: string;
}

/** A banner above every manager screen for a trouble the host found (uploads stopped, a backup failed). */
export function HostAlert({ text, severity, href, linkText, testId }: HostAlertProps) {
  if (!text) return null;
  return <Alert type={severity} showIcon banner title={text} action={<a href={href}>{linkText}</a>} style={{ marginBottom: 16 }} data-testid={testId} />;
}

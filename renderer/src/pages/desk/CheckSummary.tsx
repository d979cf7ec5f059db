import { Alert, Spin } from 'antd';
import type { Violation } from '../../../../main/contract';
import type { LiveCheck } from './useLiveCheck';
import { ViolationLines } from './violations';

interface CheckSummaryProps {
  readonly check: LiveCheck;
  /** Violations no field shows: listed here in full. */
  readonly unclaimed: readonly Violation[];
  /** How many violations block the step (those shown beside fields included). */
  readonly blocking: number;
  readonly incompleteText: string;
  readonly passedText: string;
  /** A warning that does not block saving (the unverified marital status). */
  readonly caveat?: string | null;
}

/** The line above a desk form that says where the live check stands. */
export function CheckSummary({ check, unclaimed, blocking, incompleteText, passedText, caveat }: CheckSummaryProps) {
  let alert;
  if (check.error) alert = <Alert type="error" showIcon title="无法完成审查" description={check.error} />;
  else if (!check.complete) alert = <Alert type="info" showIcon title={incompleteText} />;
  else if (!check.result) alert = <Alert type="info" showIcon title="正在审查……" />;
  else if (blocking > 0)
    alert = (
      <Alert
        type="error"
        showIcon
        title={`审查发现 ${blocking} 项不符合办理条件的情形${unclaimed.length < blocking ? '，已在相应栏目旁标出' : ''}`}
        description={unclaimed.length > 0 ? <ViolationLines violations={unclaimed} /> : undefined}
      />
    );
  else if (caveat) alert = <Alert type="warning" showIcon title={caveat} />;
  else alert = <Alert type="success" showIcon title={passedText} />;
  return (
    <div data-testid="check-summary" style={{ position: 'relative' }}>
      {alert}
      {check.checking && check.result && <Spin size="small" style={{ position: 'absolute', right: 12, top: 12 }} />}
    </div>
  );
}

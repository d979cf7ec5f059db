import { Descriptions, Result } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import type { VerifyResult } from '../../../../main/contract/printing';
import { chineseDate } from '../desk/format';
import { TONE_COLORS, verdictOf } from './verdicts';

const ICONS = { valid: CheckCircleFilled, warning: ExclamationCircleFilled, invalid: CloseCircleFilled } as const;

/** The answer in large clear type, then what the code carries (the ID number only masked, as printed in it). */
export function VerifyResultView({ result }: { result: VerifyResult }) {
  const verdict = verdictOf(result);
  const color = TONE_COLORS[verdict.tone];
  const Icon = ICONS[verdict.tone];
  return (
    <div data-testid="verify-result" data-standing={result.standing}>
      <Result
        icon={<Icon style={{ color, fontSize: 96 }} />}
        title={
          <span data-testid="verify-verdict" style={{ color, fontSize: 56, fontWeight: 700, letterSpacing: 8 }}>
            {verdict.label}
          </span>
        }
        subTitle={<span style={{ fontSize: 22 }}>{result.message}</span>}
      />
      {result.certificateNumber && (
        <Descriptions
          bordered
          column={1}
          styles={{ label: { fontSize: 20, width: 200 }, content: { fontSize: 24, fontFamily: 'Consolas, "DejaVu Sans Mono", monospace' } }}
          items={[
            { key: 'number', label: '证书编号', children: result.certificateNumber },
            { key: 'date', label: '登记日期', children: chineseDate(result.registrationDate) },
            { key: 'id', label: '持证人证件号码', children: result.holderIdMasked ?? '—' },
            { key: 'office', label: '登记机关代码', children: result.officeCode ?? '—' },
          ]}
        />
      )}
    </div>
  );
}

import { Card, Tag, Typography } from 'antd';
import type { CaseView } from '../../../../../main/contract';
import { chineseDateTime } from '../format';
import { MARITAL_STATUS_LABELS, partyLabel } from '../labels';

/** The provincial marital-status checks: made (and their answer) or not made (and why). */
export function StatusChecksCard({ view }: { view: CaseView }) {
  if (view.kind !== 'marriage' || view.statusChecks.length === 0) return null;
  const name = (position: number) => view.parties[position]?.name ?? '';
  return (
    <Card title="省级婚姻状况核验" size="small" data-testid="status-checks">
      {view.statusChecks.map((c, i) => (
        <div key={`${c.position}-${c.checkedAt}`} style={{ paddingBlock: 6, borderTop: i > 0 ? '1px solid #f0f0f0' : undefined }}>
          <div>
            {partyLabel(c.position)} {name(c.position)}{' '}
            {c.made ? (
              <Tag color={c.status === 'married' ? 'red' : 'green'}>已核验：{MARITAL_STATUS_LABELS[c.status ?? 'unknown'] ?? c.status}</Tag>
            ) : (
              <Tag color="orange">未能核验</Tag>
            )}
          </div>
          <Typography.Text type="secondary" style={{ fontSize: '0.9em' }}>
            {c.made ? `核验时间 ${chineseDateTime(c.checkedAt)}` : `原因：${c.reason ?? '未说明'}`}
          </Typography.Text>
        </div>
      ))}
    </Card>
  );
}

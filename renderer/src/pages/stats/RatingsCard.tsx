import { List, Space, Statistic, Tag, Typography } from 'antd';
import type { QueueStats } from '../../../../main/contract';
import { RATING_LABELS, RATINGS } from '../../../../main/domain';
import { chineseDateTime } from '../desk/format';

const COLORS = { satisfied: '#389e0d', basically_satisfied: '#1677ff', dissatisfied: '#cf1322' } as const;

/** 好差评: the three counts, and the dissatisfied ones with their reasons, newest first. */
export function RatingsCard({ ratings }: { ratings: QueueStats['ratings'] }) {
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="ratings">
      <Space size={48} wrap>
        {RATINGS.map((r) => (
          <Statistic key={r} title={RATING_LABELS[r]} value={ratings[r]} styles={{ content: { color: COLORS[r] } }} />
        ))}
      </Space>
      <List
        size="small"
        header={<Typography.Text strong>最近的不满意评价</Typography.Text>}
        locale={{ emptyText: '所选期间没有不满意评价' }}
        dataSource={ratings.recentDissatisfied}
        renderItem={(d) => (
          <List.Item>
            <Space wrap>
              <Typography.Text type="secondary">{chineseDateTime(d.at)}</Typography.Text>
              <Tag>{d.number}</Tag>
              {d.windowNumber !== null && <span>{d.windowNumber} 号窗口</span>}
              <Typography.Text type="danger">{d.reason || '（未填写原因）'}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Space>
  );
}

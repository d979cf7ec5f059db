import { Button, Empty, Table, Tag, Typography } from 'antd';
import { addDays, daysBetween } from '../../../../main/domain/dates';
import { chineseDate, chineseDateWithWeekday } from '../desk/format';
import type { Override } from './dayKinds';

interface Block {
  readonly from: string;
  readonly to: string;
  readonly open: boolean;
  readonly note: string;
}

/** Consecutive days with the same arrangement and note, as one line (2月5日至2月12日 本机关休息 春节). */
export function blocksOf(overrides: readonly Override[], year: number): Block[] {
  const blocks: Block[] = [];
  const prefix = `${year}-`;
  for (const o of [...overrides].sort((a, b) => a.date.localeCompare(b.date))) {
    if (!o.date.startsWith(prefix)) continue;
    const last = blocks.at(-1);
    if (last && last.open === o.open && last.note === o.note && addDays(last.to, 1) === o.date) blocks[blocks.length - 1] = { ...last, to: o.date };
    else blocks.push({ from: o.date, to: o.date, open: o.open, note: o.note });
  }
  return blocks;
}

function datesOf(b: Block): string[] {
  return Array.from({ length: daysBetween(b.from, b.to) + 1 }, (_, i) => addDays(b.from, i));
}

interface OverrideListProps {
  readonly year: number;
  readonly overrides: readonly Override[];
  readonly onRestore: (dates: readonly string[]) => void;
  readonly onEdit: (date: string) => void;
}

/** The office's own days of the year, block by block, each with a way back to the official calendar. */
export function OverrideList({ year, overrides, onRestore, onEdit }: OverrideListProps) {
  const blocks = blocksOf(overrides, year);
  return (
    <div data-testid="override-list">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        本机关调整日（{year}年，共 {overrides.filter((o) => o.date.startsWith(`${year}-`)).length} 天）
      </Typography.Title>
      <Table<Block>
        size="small"
        bordered
        pagination={false}
        rowKey={(b) => b.from}
        dataSource={blocks}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本年没有本机关调整的日期，点击日历中的日期或“按日期范围录入”添加" /> }}
        columns={[
          {
            key: 'dates',
            title: '日期',
            render: (_, b) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => onEdit(b.from)}>
                {b.from === b.to ? chineseDateWithWeekday(b.from) : `${chineseDate(b.from)}至${chineseDate(b.to)}`}
              </Button>
            ),
          },
          { key: 'days', title: '天数', width: 80, align: 'right', render: (_, b) => `${daysBetween(b.from, b.to) + 1} 天` },
          {
            key: 'open',
            title: '本机关安排',
            width: 130,
            render: (_, b) => <Tag color={b.open ? 'green' : 'orange'}>{b.open ? '本机关上班' : '本机关休息'}</Tag>,
          },
          { key: 'note', title: '备注', render: (_, b) => b.note || <Typography.Text type="secondary">—</Typography.Text> },
          {
            key: 'actions',
            title: '操作',
            width: 120,
            render: (_, b) => (
              <Button size="small" onClick={() => onRestore(datesOf(b))}>
                恢复默认
              </Button>
            ),
          },
        ]}
      />
    </div>
  );
}

import { Badge, Button, Card, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { QueueState, TicketView, WindowView } from '../../../../main/contract';
import { SERVICES, SERVICE_LABELS } from '../../../../main/domain';
import { PriorityTags, ServiceTag, personNames, servedBy, useNow, waitMinutes } from './ticketFacts';

/** Waiting per service across the hall; this window's own services stand out. */
function ServiceCounts({ counts, mine }: { counts: QueueState['waitingByService']; mine: readonly string[] }) {
  return (
    <Space wrap size={[16, 8]} data-testid="waiting-by-service">
      {SERVICES.map((s) => (
        <Space key={s} size={4}>
          <Typography.Text type={mine.includes(s) ? undefined : 'secondary'} strong={mine.includes(s)}>
            {SERVICE_LABELS[s]}
          </Typography.Text>
          <Badge count={counts[s] ?? 0} showZero color={mine.includes(s) && (counts[s] ?? 0) > 0 ? '#1677ff' : '#bfbfbf'} />
        </Space>
      ))}
    </Space>
  );
}

/**
 * The tickets this window may call, in the order they were issued, with 指定叫号 for calling one out of
 * turn; 叫下一号 still chooses by the hall's policy, not by this order.
 */
export function WaitingList({ state, hallWindow, canCall, onCall }: { state: QueueState; hallWindow: WindowView; canCall: boolean; onCall: (t: TicketView) => void }) {
  const now = useNow();
  const mine = state.waiting.filter((t) => servedBy(hallWindow, t));
  const columns: TableColumnsType<TicketView> = [
    {
      title: '号码',
      dataIndex: 'number',
      render: (n: string, t) => (
        <Space size={4}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {n}
          </Typography.Text>
          {t.transferred && <Tag color="cyan">转来</Tag>}
        </Space>
      ),
    },
    { title: '业务', dataIndex: 'service', render: (_: unknown, t) => <ServiceTag service={t.service} /> },
    { title: '当事人', key: 'persons', render: (_: unknown, t) => personNames(t) },
    { title: '等候', key: 'wait', render: (_: unknown, t) => `${waitMinutes(t, now)} 分钟` },
    { title: '优先', dataIndex: 'priority', render: (_: unknown, t) => <PriorityTags priority={t.priority} /> },
    {
      title: '操作',
      key: 'call',
      render: (_: unknown, t) => (
        <Tooltip title={canCall ? undefined : '本窗口当前的号尚未办结'}>
          <Button size="small" disabled={!canCall} onClick={() => onCall(t)}>
            指定叫号
          </Button>
        </Tooltip>
      ),
    },
  ];
  return (
    <Card
      size="small"
      title={
        <Space>
          本窗口可叫的号
          <Badge count={mine.length} showZero color={mine.length ? '#fa8c16' : '#d9d9d9'} />
        </Space>
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <ServiceCounts counts={state.waitingByService} mine={hallWindow.services} />
        <Table<TicketView>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={mine}
          pagination={{ pageSize: 15, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 个号等候` }}
          locale={{ emptyText: '暂无等候的号' }}
          data-testid="waiting-list"
        />
      </Space>
    </Card>
  );
}

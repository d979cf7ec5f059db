import { Alert, Button, Card, Col, Descriptions, Empty, Popconfirm, Row, Space, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { TicketView, WindowView } from '../../../../main/contract';
import { TICKET_STATE_LABELS } from '../../../../main/domain';
import { SCREEN_META } from '../../shell/screenMeta';
import { DESK_SCREEN_OF, PriorityTags, ServiceTag } from './ticketFacts';
import { COUNTER_KEYS, whyNot, type CounterAction, type useCounter } from './useCounter';

type Counter = ReturnType<typeof useCounter>;

const BUTTONS: readonly { action: CounterAction; label: string; primary?: boolean; danger?: boolean }[] = [
  { action: 'next', label: '叫下一号', primary: true },
  { action: 'recall', label: '重呼' },
  { action: 'start', label: '开始办理', primary: true },
  { action: 'finish', label: '办结', primary: true },
  { action: 'no_show', label: '过号', danger: true },
  { action: 'transfer', label: '转移' },
  { action: 'ceremony', label: '转颁证' },
];

function TicketFacts({ ticket }: { ticket: TicketView }) {
  const desk = DESK_SCREEN_OF[ticket.service];
  return (
    <Row gutter={24} align="middle">
      <Col flex="220px" style={{ textAlign: 'center' }}>
        <div data-testid="current-number" style={{ fontSize: 72, fontWeight: 700, lineHeight: 1.1, letterSpacing: 2 }}>
          {ticket.number}
        </div>
        <Space size={4} style={{ marginTop: 8 }}>
          <ServiceTag service={ticket.service} />
          <Tag color={ticket.state === 'serving' ? 'green' : 'gold'} data-testid="current-state">
            {TICKET_STATE_LABELS[ticket.state]}
          </Tag>
        </Space>
      </Col>
      <Col flex="auto">
        <Descriptions column={1} size="small" styles={{ label: { width: 96 }, content: { fontSize: 16 } }}>
          {ticket.persons.map((p, i) => (
            <Descriptions.Item key={i} label={ticket.persons.length > 1 ? `当事人 ${i + 1}` : '当事人'}>
              <Space>
                <Typography.Text strong style={{ fontSize: 18 }}>
                  {p.name}
                </Typography.Text>
                <Typography.Text type="secondary">{p.idNumberMasked}</Typography.Text>
              </Space>
            </Descriptions.Item>
          ))}
          <Descriptions.Item label="呼叫次数">
            <span data-testid="call-count">{ticket.callCount}</span> 次
          </Descriptions.Item>
          {ticket.priority.length > 0 && (
            <Descriptions.Item label="优先">
              <PriorityTags priority={ticket.priority} />
            </Descriptions.Item>
          )}
          {ticket.appointmentSlot && <Descriptions.Item label="预约时段">{ticket.appointmentSlot}</Descriptions.Item>}
          {ticket.transferred && <Descriptions.Item label="来源">由其他窗口转来</Descriptions.Item>}
        </Descriptions>
        {desk && (
          <Button href={`#/${desk}`} data-testid="open-desk" style={{ marginTop: 8 }}>
            打开{SCREEN_META[desk].label}（Alt+{SCREEN_META[desk].shortcut}）
          </Button>
        )}
      </Col>
    </Row>
  );
}

/** The big panel of an open window: the ticket at the counter, why it was called, and the calling buttons. */
export function CounterPanel({ hallWindow, counter, onTransfer, closeButton }: { hallWindow: WindowView; counter: Counter; onTransfer: () => void; closeButton: ReactNode }) {
  const current = hallWindow.current;
  return (
    <Card
      data-testid="counter-panel"
      title={
        <Space>
          <Typography.Text strong style={{ fontSize: 20 }}>
            {hallWindow.number} 号窗口
          </Typography.Text>
          <Typography.Text type="secondary">{hallWindow.name}</Typography.Text>
        </Space>
      }
      extra={closeButton}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {current ? <TicketFacts ticket={current} /> : <Empty description="当前没有号：按 F5 叫下一号" />}
        {counter.explanation && <Alert type="info" showIcon title={`叫号依据：${counter.explanation}`} data-testid="call-explanation" />}
        {counter.ceremony && (
          <Alert
            type="success"
            showIcon
            data-testid="ceremony-ticket"
            title={
              <span>
                已转颁证仪式，请告知新人凭 <strong style={{ fontSize: 28 }}>{counter.ceremony.number}</strong> 号到颁证厅等候
              </span>
            }
          />
        )}
        {counter.refusal && <Alert type="error" showIcon title={counter.refusal} closable={{ onClose: counter.dismissRefusal }} data-testid="queue-refusal" />}
        <Space wrap size="middle">
          {BUTTONS.map(({ action, label, primary, danger }) => {
            const why = whyNot(action, current);
            const key = COUNTER_KEYS[action];
            const pressed = () => (action === 'transfer' ? onTransfer() : counter.press(action));
            const element = (
              <Button
                size="large"
                type={primary ? 'primary' : 'default'}
                danger={danger}
                disabled={why !== null}
                loading={counter.busy === action}
                onClick={action === 'no_show' ? undefined : pressed}
                style={{ minWidth: 120 }}
              >
                {label}
                {key && <Typography.Text style={{ fontSize: '0.8em', color: 'inherit', opacity: 0.7 }}>{key}</Typography.Text>}
              </Button>
            );
            return (
              <Tooltip key={action} title={why}>
                {/* 过号 ends the citizen's turn for good: asked once more. */}
                {action === 'no_show' && current && why === null ? (
                  <Popconfirm title={`将 ${current.number} 记为过号？`} description="过号后该号不再叫号，当事人须重新取号。" okText="过号" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={pressed}>
                    {element}
                  </Popconfirm>
                ) : (
                  element
                )}
              </Tooltip>
            );
          })}
        </Space>
      </Space>
    </Card>
  );
}

import { App, Button, Card, Col, Empty, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { WindowView } from '../../../../main/contract';
import { call } from '../../api/client';
import { ServiceTag, refusalText } from './ticketFacts';

/** Who holds a window: nobody, this registrar, or a colleague (named, so the registrar knows whom to ask). */
function WindowHolder({ window, meId }: { window: WindowView; meId: number | undefined }) {
  if (!window.active) return <Tag>已停用</Tag>;
  if (!window.openBy) return <Tag>未开窗</Tag>;
  if (window.openBy.id === meId) return <Tag color="green">本人已开窗</Tag>;
  return <Tag color="orange">{window.openBy.displayName} 已开窗</Tag>;
}

/** The hall's windows to choose from: 开窗 takes one for this registrar. */
export function WindowPicker({ windows, meId, onOpened }: { windows: readonly WindowView[]; meId: number | undefined; onOpened: (id: number) => void }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<number | null>(null);

  const open = async (w: WindowView) => {
    setBusy(w.id);
    try {
      await call('openWindow', { params: { id: w.id } });
      void message.success(`已开放 ${w.number} 号窗口`);
      onOpened(w.id);
    } catch (failure) {
      void message.error(refusalText(failure));
    } finally {
      setBusy(null);
    }
  };

  if (windows.length === 0) return <Empty description="大厅尚未设置窗口，请大厅主管在“大厅设置”中添加" />;
  return (
    <Row gutter={[16, 16]} data-testid="window-picker">
      {windows.map((w) => {
        const mine = w.openBy?.id === meId;
        return (
          <Col key={w.id} xs={24} sm={12} lg={8}>
            <Card
              data-testid={`window-card-${w.number}`}
              title={
                <Space>
                  <Typography.Text strong style={{ fontSize: 20 }}>
                    {w.number} 号窗口
                  </Typography.Text>
                  <Typography.Text type="secondary">{w.name}</Typography.Text>
                </Space>
              }
              extra={<WindowHolder window={w} meId={meId} />}
              actions={[
                <Button
                  key="open"
                  type="primary"
                  size="large"
                  loading={busy === w.id}
                  disabled={!w.active || (w.open && !mine)}
                  onClick={() => (mine ? onOpened(w.id) : void open(w))}
                >
                  {mine ? '进入窗口' : '开窗'}
                </Button>,
              ]}
            >
              <Space size={[4, 8]} wrap>
                {w.services.map((s) => (
                  <ServiceTag key={s} service={s} />
                ))}
              </Space>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}

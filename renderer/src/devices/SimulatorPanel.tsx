import { App, Badge, Button, Card, Tag, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../api/client';
import { devices } from '../api/devices';
import { CardIcon } from './CardIcon';
import { refreshReaderStatus, useReaderStatus } from './readerStatus';

const OPEN_KEY = 'hall.simulator.open';
const SETTLE_MS = 500;

function storedOpen(): boolean {
  try {
    return localStorage.getItem(OPEN_KEY) !== '0';
  } catch {
    return true;
  }
}

/**
 * The simulated reader's panel (HALL_READER=simulator only): place one of the sample cards on the
 * reader, or take it away, as a registrar would with a real card. Floats in the corner; collapses
 * to its header. Nothing is shown with a real reader or none.
 */
export function SimulatorPanel() {
  const { message } = App.useApp();
  const [open, setOpen] = useState(storedOpen);
  // Asked once; watched only with the simulator (asking keeps the host's reading loop running).
  const simulated = useReaderStatus(null).status?.mode === 'simulator';
  const { status } = useReaderStatus(simulated ? (open ? 1000 : 3000) : null);
  const [placed, setPlaced] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  if (status?.mode !== 'simulator') return null;

  const present = status.cardPresent;
  const onReader = present ? status.samples.find((s) => s.name === placed) : undefined;

  const toggle = () => {
    setOpen(!open);
    try {
      localStorage.setItem(OPEN_KEY, open ? '0' : '1');
    } catch {
      // Private windows: the panel just opens again next time.
    }
  };

  const act = async (card: string | null) => {
    setPending(card ?? 'remove');
    try {
      await devices.simulateCard(card ? { action: 'place', card } : { action: 'remove' });
      setPlaced(card);
      // The reader finds a card at its next poll (~300 ms): ask once it has had the time.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      await refreshReaderStatus();
    } catch (failure) {
      void message.error(errorMessage(failure));
    } finally {
      setPending(null);
    }
  };

  const state = (
    <Badge
      status={present ? 'success' : 'default'}
      text={
        <span data-testid="simulator-state">
          {present ? '卡在读卡器上' : '无卡'}
          {onReader && <Typography.Text type="secondary">：{onReader.label.split(' · ')[0]}</Typography.Text>}
        </span>
      }
    />
  );

  return (
    <>
      {/* Room at the foot of the page, so the collapsed panel never covers a page's last buttons. */}
      <div aria-hidden="true" style={{ height: 56 }} />
      <section
        aria-label="模拟读卡器（演示/测试）"
        data-testid="reader-simulator"
        style={{ position: 'fixed', right: 16, bottom: 16, zIndex: 1000, width: open ? 320 : 'auto', maxWidth: 'calc(100vw - 32px)' }}
      >
        <Card
          size="small"
          style={{ boxShadow: '0 6px 16px rgba(0,0,0,0.12), 0 3px 6px -4px rgba(0,0,0,0.12)', borderColor: '#ffd591' }}
          styles={{ header: { background: '#fff7e6' }, body: open ? { padding: '8px 12px 12px' } : { display: 'none' } }}
          title={
            <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
              <CardIcon style={{ color: '#d46b08' }} />
              模拟读卡器（演示/测试）
              {!open && <span style={{ fontWeight: 'normal', marginInlineStart: 4 }}>{state}</span>}
            </span>
          }
          extra={
            <Button type="text" size="small" onClick={toggle} aria-expanded={open} aria-label={open ? '收起模拟读卡器' : '展开模拟读卡器'}>
              {open ? '收起' : '展开'}
            </Button>
          }
        >
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 8 }}>
            {state}
            <Button size="small" danger disabled={!present} loading={pending === 'remove'} onClick={() => void act(null)}>
              取走
            </Button>
          </div>
          <Typography.Text type="secondary" style={{ fontSize: '0.85em' }}>
            样例证件（放到读卡器上，再按 F2 或点“读卡”）
          </Typography.Text>
          <ul style={{ listStyle: 'none', margin: '4px 0 0', padding: 0 }}>
            {status.samples.map((s) => {
              const [who, type] = s.label.split(' · ');
              const here = present && placed === s.name;
              return (
                <li key={s.name} style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '4px 0', borderTop: '1px solid #f0f0f0' }}>
                  <span style={{ flex: 1, minWidth: 0 }}>
                    {who}
                    <Typography.Text type="secondary" style={{ fontSize: '0.85em', marginInlineStart: 6 }}>
                      {type}
                    </Typography.Text>
                  </span>
                  {here ? (
                    <Tag color="success" style={{ marginInlineEnd: 0 }}>
                      在读卡器上
                    </Tag>
                  ) : (
                    <Button size="small" loading={pending === s.name} disabled={pending !== null} onClick={() => void act(s.name)} aria-label={`放卡：${who}`}>
                      放卡
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
        </Card>
      </section>
    </>
  );
}

import { Alert, Skeleton, Tabs } from 'antd';
import { useState } from 'react';
import { useSession } from '../../api/session';
import { DeskPage } from '../desk/DeskPage';
import { chineseDateWithWeekday } from '../desk/format';
import { CounterView } from './CounterView';
import { ReceptionPanel } from './ReceptionPanel';
import { WindowPicker } from './WindowPicker';
import { useQueueState } from './useQueueState';

/**
 * 窗口叫号: the registrar opens a window and calls tickets to it (F5–F8); the second tab issues tickets
 * at reception for citizens who come without an appointment.
 */
export function WindowPage() {
  const meId = useSession()?.user.id;
  const { state, error, reload } = useQueueState();
  const [tab, setTab] = useState('counter');
  const [chosen, setChosen] = useState<number | null>(null);
  const [picking, setPicking] = useState(false);

  // A manager may hold several windows: the one chosen last, else the first this user has open.
  const mine = state?.windows.filter((w) => w.openBy?.id === meId) ?? [];
  const hallWindow = picking ? null : (mine.find((w) => w.id === chosen) ?? mine[0] ?? null);

  const counter = !state ? (
    <Skeleton active />
  ) : hallWindow ? (
    <CounterView state={state} hallWindow={hallWindow} reload={reload} active={tab === 'counter'} onSwitch={() => setPicking(true)} />
  ) : (
    <WindowPicker
      windows={state.windows}
      meId={meId}
      onOpened={(id) => {
        setChosen(id);
        setPicking(false);
        void reload();
      }}
    />
  );

  return (
    <DeskPage title="窗口叫号" subtitle={state ? `${chineseDateWithWeekday(state.day)} · F5 叫下一号 · F6 重呼 · F7 开始办理 · F8 办结` : undefined}>
      {error && <Alert type="error" showIcon title={error} />}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'counter', label: '窗口叫号', children: counter },
          // Mounted only while shown: F2 must never read a card into a form nobody sees.
          { key: 'reception', label: '现场取号', children: tab === 'reception' && <ReceptionPanel /> },
        ]}
      />
    </DeskPage>
  );
}

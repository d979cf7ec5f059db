import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import type { QueueState, TicketView, WindowView } from '../../../../main/contract';
import { call } from '../../api/client';
import { CallChosenModal } from './CallChosenModal';
import { CounterPanel } from './CounterPanel';
import { TransferModal } from './TransferModal';
import { WaitingList } from './WaitingList';
import { refusalText } from './ticketFacts';
import { useCounter } from './useCounter';

type Dialog = { kind: 'transfer'; ticket: TicketView } | { kind: 'call'; ticket: TicketView } | null;

interface CounterViewProps {
  readonly state: QueueState;
  readonly hallWindow: WindowView;
  readonly reload: () => Promise<void>;
  /** The calling keys are this screen's only while it is in front (not behind the reception tab). */
  readonly active: boolean;
  readonly onSwitch: () => void;
}

/** An open window at work: the counter panel over the list of tickets it may call. */
export function CounterView({ state, hallWindow, reload, active, onSwitch }: CounterViewProps) {
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  // The host keys its record of each window's last call by the window's id.
  const counter = useCounter(hallWindow, state.lastCall[String(hallWindow.id)], reload, active && dialog === null);
  const current = hallWindow.current;

  const closeWindow = async () => {
    try {
      await call('closeWindow', { params: { id: hallWindow.id } });
      void message.success(`已关闭 ${hallWindow.number} 号窗口`);
    } catch (failure) {
      void message.error(refusalText(failure));
    } finally {
      void reload();
    }
  };

  const closeDialog = () => {
    setDialog(null);
    void reload();
  };

  const windowButtons = (
    <Space>
      <Button onClick={onSwitch}>切换窗口</Button>
      <Popconfirm
        title={`关闭 ${hallWindow.number} 号窗口？`}
        description={current ? `当前的 ${current.number} 尚未办结，关窗前请先办结或转出。` : '关窗后本窗口不再叫号。'}
        okText="关窗"
        cancelText="取消"
        onConfirm={closeWindow}
      >
        <Button danger>关窗</Button>
      </Popconfirm>
    </Space>
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <CounterPanel hallWindow={hallWindow} counter={counter} onTransfer={() => current && setDialog({ kind: 'transfer', ticket: current })} closeButton={windowButtons} />
      <WaitingList state={state} hallWindow={hallWindow} canCall={!current} onCall={(ticket) => setDialog({ kind: 'call', ticket })} />
      {dialog?.kind === 'transfer' && <TransferModal ticket={dialog.ticket} from={hallWindow} windows={state.windows} onClose={closeDialog} />}
      {dialog?.kind === 'call' && (
        <CallChosenModal ticket={dialog.ticket} at={hallWindow} onCalled={(reason) => counter.chosenCalled(dialog.ticket.number, reason)} onClose={closeDialog} />
      )}
    </Space>
  );
}

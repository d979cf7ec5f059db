import { Alert, App, Segmented, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { AppointmentView } from '../../../../main/contract';
import { APPOINTMENT_STATES } from '../../../../main/contract/appointments';
import { addDays, isValidDate } from '../../../../main/domain/dates';
import { call, errorMessage } from '../../api/client';
import { officeToday } from '../desk/format';
import { DateInput } from '../desk/party/DateInput';
import { AppointmentTable, type RowAction } from './AppointmentTable';
import { CancelModal, MoveModal } from './ChangeModals';
import { STATE_LABELS, type AppointmentState } from './labels';

type Mode = 'day' | 'no_show';
type Query = { date: string; state?: AppointmentState } | { from: string; to: string; state: 'no_show' };
type Dialog = { kind: 'cancel' | 'move'; appointment: AppointmentView } | null;

const STATE_OPTIONS = [{ value: 'all', label: '全部状态' }, ...APPOINTMENT_STATES.map((s) => ({ value: s, label: STATE_LABELS[s] }))];

/** 当日预约 (one day, by state) and 未到记录 (no-shows over a span), with cancel, move and no-show. */
export function ListTab({ version }: { version: number }) {
  const { message } = App.useApp();
  const today = officeToday();
  const [mode, setMode] = useState<Mode>('day');
  const [date, setDate] = useState(today);
  const [state, setState] = useState<AppointmentState | 'all'>('all');
  const [from, setFrom] = useState(addDays(today, -30));
  const [to, setTo] = useState(today);
  const [items, setItems] = useState<AppointmentView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [ownChanges, setOwnChanges] = useState(0);

  const query: Query | null =
    mode === 'day'
      ? isValidDate(date) ? { date, ...(state === 'all' ? {} : { state }) } : null
      : isValidDate(from) && isValidDate(to) ? { from, to, state: 'no_show' } : null;
  const key = query ? JSON.stringify(query) : null;

  useEffect(() => {
    if (key === null) return;
    let live = true;
    setItems(null);
    call('listAppointments', { query: JSON.parse(key) as Query }).then(
      (answer) => {
        if (!live) return;
        setItems(answer.items);
        setError(null);
      },
      (failure: unknown) => {
        if (!live) return;
        setItems([]);
        setError(errorMessage(failure));
      },
    );
    return () => {
      live = false;
    };
  }, [key, version, ownChanges]);

  const act = (action: RowAction, appointment: AppointmentView) => {
    if (action !== 'no_show') return setDialog({ kind: action, appointment });
    call('changeAppointment', { params: { id: appointment.id }, body: { action: 'no_show' } }).then(
      () => {
        void message.success('已记为未到');
        setOwnChanges((n) => n + 1);
      },
      (failure: unknown) => void message.error(errorMessage(failure)),
    );
  };
  const closeDialog = () => {
    setDialog(null);
    setOwnChanges((n) => n + 1);
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap size="middle">
        <Segmented<Mode>
          aria-label="列表"
          value={mode}
          onChange={setMode}
          options={[
            { value: 'day', label: '当日预约' },
            { value: 'no_show', label: '未到记录' },
          ]}
        />
        {mode === 'day' ? (
          <>
            <label>
              日期 <DateInput aria-label="日期" value={date} onChange={setDate} style={{ width: 240 }} />
            </label>
            <Select aria-label="状态" value={state} onChange={setState} options={STATE_OPTIONS} style={{ width: 140 }} />
          </>
        ) : (
          <>
            <label>
              自 <DateInput aria-label="起始日期" value={from} onChange={setFrom} style={{ width: 240 }} />
            </label>
            <label>
              至 <DateInput aria-label="截止日期" value={to} onChange={setTo} style={{ width: 240 }} />
            </label>
            <Typography.Text type="secondary">多次未到将按预约计划暂停网上预约</Typography.Text>
          </>
        )}
      </Space>
      {error && <Alert type="error" showIcon title={error} />}
      <AppointmentTable items={items} withDate={mode === 'no_show'} onAction={act} />
      {dialog?.kind === 'cancel' && <CancelModal appointment={dialog.appointment} onClose={closeDialog} />}
      {dialog?.kind === 'move' && <MoveModal appointment={dialog.appointment} version={version} onClose={closeDialog} />}
    </Space>
  );
}

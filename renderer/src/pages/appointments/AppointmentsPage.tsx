import { Card, Tabs } from 'antd';
import { useState } from 'react';
import { useSession } from '../../api/session';
import { BookingTab } from './BookingTab';
import { CalendarTab } from './CalendarTab';
import type { SlotPick } from './DaySlotsTable';
import { ListTab } from './ListTab';
import { PlanTab } from './PlanTab';
import { useAppointmentsVersion } from './useAppointmentsVersion';

type TabKey = 'calendar' | 'list' | 'book' | 'plan';

/** 预约管理: the booking calendar, the day's list and no-shows, phone bookings, and the plan behind them. */
export function AppointmentsPage() {
  const session = useSession();
  const version = useAppointmentsVersion();
  const [tab, setTab] = useState<TabKey>('calendar');
  const [pick, setPick] = useState<(SlotPick & { nonce: number }) | null>(null);
  const manager = session?.user.role === 'manager' || session?.user.role === 'admin';

  // A slot clicked in the calendar opens the booking form on it (a new nonce even for the same slot twice).
  const book = (slot: SlotPick) => {
    setPick({ ...slot, nonce: Date.now() });
    setTab('book');
  };

  return (
    <Card title="预约管理" styles={{ body: { paddingTop: 8 } }}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as TabKey)}
        destroyOnHidden={false}
        items={[
          { key: 'calendar', label: '预约日历', children: <CalendarTab version={version} onPick={book} /> },
          { key: 'list', label: '当日预约', children: <ListTab version={version} /> },
          { key: 'book', label: '电话预约', children: <BookingTab pick={pick} version={version} /> },
          { key: 'plan', label: '预约计划', children: <PlanTab editable={manager} /> },
        ]}
      />
    </Card>
  );
}

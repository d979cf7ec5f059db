import { Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { TicketView, WindowView } from '../../../../main/contract';
import { PRIORITY_LABELS, SERVICE_LABELS, type PriorityReason, type Screen, type Service } from '../../../../main/domain';
import { ApiError, errorMessage } from '../../api/client';

const PRIORITY_COLORS: Readonly<Record<PriorityReason, string>> = { elderly: 'orange', disabled: 'purple', military: 'green', appointment: 'blue' };

/** 老年人, 残疾人 …: why the ticket goes before ordinary ones (none for an ordinary ticket). */
export function PriorityTags({ priority }: { priority: readonly PriorityReason[] }) {
  if (priority.length === 0) return null;
  return (
    <Space size={4} wrap>
      {priority.map((p) => (
        <Tag key={p} color={PRIORITY_COLORS[p]} data-testid="priority-tag">
          {PRIORITY_LABELS[p]}
        </Tag>
      ))}
    </Space>
  );
}

export function ServiceTag({ service }: { service: Service }) {
  return <Tag color={service === 'ceremony' ? 'magenta' : 'geekblue'}>{SERVICE_LABELS[service]}</Tag>;
}

/** 张三、李四: the persons a ticket names. */
export function personNames(ticket: TicketView): string {
  return ticket.persons.map((p) => p.name).join('、');
}

/** Whole minutes since the ticket was issued. */
export function waitMinutes(ticket: TicketView, nowMs: number): number {
  return Math.max(0, Math.floor((nowMs - Date.parse(ticket.issuedAt)) / 60_000));
}

/** The clock for wait times: ticks every `everyMs` so a waiting list ages on screen without reloading. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** The desk screen where a service's case is registered (the ceremony and adoption have none yet). */
export const DESK_SCREEN_OF: Readonly<Partial<Record<Service, Screen>>> = {
  marriage: 'marriage',
  divorce_application: 'divorce',
  divorce_registration: 'divorce-register',
  reissue: 'reissue',
};

/** A waiting ticket this window may call: one of its services, and not sent to another window. */
export function servedBy(window: WindowView, ticket: TicketView): boolean {
  return window.services.includes(ticket.service) && (ticket.windowId === null || ticket.windowId === window.id);
}

/** What the host said, rule by rule (请 25 秒后再呼 …), rather than only its headline. */
export function refusalText(failure: unknown): string {
  if (failure instanceof ApiError && failure.violations.length > 0) return failure.violations.map((v) => v.message).join('；');
  return errorMessage(failure);
}

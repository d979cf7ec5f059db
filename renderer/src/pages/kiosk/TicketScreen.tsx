import { Button } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { TicketView } from '../../../../main/contract';
import { SERVICE_LABELS } from '../../../../main/domain';
import { call, errorMessage } from '../../api/client';

/** The ticket stays on screen this long, then the kiosk is ready for the next citizen. */
export const TICKET_SHOWN_SECONDS = 15;

// One print per ticket, even when an effect runs twice (React's strict mode) or the screen is drawn again.
const prints = new Map<number, ReturnType<typeof printOnce>>();
function printOnce(id: number) {
  return call('printTicket', { params: { id } });
}

type Printing = { state: 'printing' } | { state: 'printed' } | { state: 'browser' } | { state: 'failed'; message: string };

/**
 * The ticket just taken: the number, the service, how many are ahead. The host prints it on the
 * kiosk's thermal printer; a kiosk without one prints the page's 80 mm slip through the browser.
 */
export function TicketScreen({ ticket, officeName, onDone }: { ticket: TicketView; officeName: string; onDone: () => void }) {
  const [printing, setPrinting] = useState<Printing>({ state: 'printing' });
  const [left, setLeft] = useState(TICKET_SHOWN_SECONDS);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending = prints.get(ticket.id);
    if (!pending) prints.set(ticket.id, (pending = printOnce(ticket.id)));
    pending.then(
      (result) => {
        if (!live) return;
        setPrinting({ state: result.outcome });
        // After the slip has been laid out: print() prints what the page shows at that moment.
        if (result.outcome === 'browser') timer = setTimeout(() => live && window.print(), 300);
      },
      (error: unknown) => live && setPrinting({ state: 'failed', message: errorMessage(error) }),
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [ticket.id]);

  useEffect(() => {
    if (left <= 0) return onDone();
    const timer = setTimeout(() => setLeft((n) => n - 1), 1000);
    return () => clearTimeout(timer);
  }, [left, onDone]);

  const issued = dayjs(ticket.issuedAt).format('HH:mm');
  return (
    <div className="kiosk-body" data-testid="kiosk-ticket">
      <h1 className="kiosk-title">取号成功</h1>
      <div className="kiosk-ticket">
        <div className="kiosk-lead">{SERVICE_LABELS[ticket.service]}</div>
        <div className="kiosk-ticket-number" data-testid="kiosk-ticket-number">{ticket.number}</div>
        {ticket.ahead !== null && (
          <div className="kiosk-ticket-ahead" data-testid="kiosk-ticket-ahead">
            前面还有 {ticket.ahead} 人
          </div>
        )}
        {ticket.appointmentSlot && <div className="kiosk-lead">预约时段 {ticket.appointmentSlot}</div>}
        <div className="kiosk-lead kiosk-muted">取号时间 {issued}</div>
      </div>
      <p className="kiosk-lead">请取回您的身份证，留意叫号屏幕和语音提示</p>
      <p className="kiosk-lead" role="status" data-testid="kiosk-print-state">
        {printing.state === 'printing' && '正在打印号票…'}
        {printing.state === 'printed' && '号票已打印，请取走号票'}
        {printing.state === 'browser' && '正在打印号票，请取走号票'}
        {printing.state === 'failed' && <span className="kiosk-message">号票未能打印（{printing.message}），请记下您的号码</span>}
      </p>
      <div className="kiosk-actions">
        <Button type="primary" className="kiosk-action" onClick={onDone}>
          完成（{left} 秒后返回）
        </Button>
      </div>
      {createPortal(<TicketSlip ticket={ticket} officeName={officeName} issued={issued} />, document.body)}
    </div>
  );
}

/** What the browser prints on an 80 mm roll (kiosk.css hides the page and shows only this when printing). */
function TicketSlip({ ticket, officeName, issued }: { ticket: TicketView; officeName: string; issued: string }) {
  return (
    <div className="kiosk-slip" aria-hidden="true">
      <p>{officeName}</p>
      <p>{SERVICE_LABELS[ticket.service]}</p>
      <hr />
      <div className="kiosk-slip-number">{ticket.number}</div>
      <hr />
      {ticket.appointmentSlot && <p>预约时段 {ticket.appointmentSlot}</p>}
      {ticket.ahead !== null && <p>您前面还有 {ticket.ahead} 人等候</p>}
      <p>取号时间 {dayjs(ticket.issuedAt).format('YYYY-MM-DD')} {issued}</p>
      <p>请留意叫号屏幕和语音提示，过号须重新取号</p>
    </div>
  );
}

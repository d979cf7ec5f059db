import { App } from 'antd';
import { useState } from 'react';
import type { Violation } from '../../../../../../main/contract';
import { ApiError, call, errorMessage } from '../../../../api/client';
import { printers } from '../../../../api/printer';
import { printableKey, printableTitle, type Printable } from './printables';
import type { PrintPlace } from './usePrintWindow';

/** A rendered copy the printer did not take: sent again as it is, on the blank it already took. */
export interface FailedJob {
  readonly title: string;
  readonly what: string;
  readonly pdfBase64: string;
  readonly printer: string | null;
  /** The blank's serial (印制号) for a certificate; null for a form. */
  readonly serial: string | null;
  /** The printer's own words. */
  readonly reason: string;
}

export interface PrintRefusal {
  readonly title: string;
  readonly violations: readonly Violation[];
}

const NO_WINDOW: Violation = { code: 'CERT_STOCK_EMPTY', field: 'windowId', message: '请先选择领用空白证书的窗口' };

/**
 * 打印: the host renders the copy (a certificate takes the window's next blank and is filed with the case), then this
 * PC's printer prints it. A job the printer refuses is kept for 重新发送: the same PDF, the same blank.
 */
export function usePrintFlow(caseId: number, place: PrintPlace, reload: () => Promise<void>) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState<FailedJob | null>(null);
  const [refusal, setRefusal] = useState<PrintRefusal | null>(null);
  const [notes, setNotes] = useState<readonly string[]>([]);

  const send = async (job: Omit<FailedJob, 'reason'>) => {
    try {
      const done = await printers.print({ printer: job.printer, pdfBase64: job.pdfBase64, title: job.title });
      setFailed(null);
      void message.success(`${job.what} 已送到打印机 ${done.printer}${job.serial ? `（印制号 ${job.serial}）` : ''}`);
    } catch (failure) {
      setFailed({ ...job, reason: errorMessage(failure) });
    }
  };

  const print = async (p: Printable) => {
    if (busy) return;
    setRefusal(null);
    if (p.stock !== null && place.windowId === null) return void setRefusal({ title: '未能打印', violations: [NO_WINDOW] });
    setBusy(printableKey(p));
    try {
      // Forms go to this PC's own printer; the window's printer is fed with certificate booklets.
      const printer = p.stock === null ? null : place.printer;
      const doc = await call('printDocument', {
        params: { id: caseId },
        body: { document: p.document, holder: p.holder, windowId: p.stock === null ? null : place.windowId, printer },
      });
      setNotes(doc.notes);
      if (doc.use) await reload();
      await send({ title: doc.title, what: printableTitle(p), pdfBase64: doc.pdfBase64, printer, serial: doc.use?.serial ?? null });
    } catch (failure) {
      if (failure instanceof ApiError && failure.violations.length > 0) setRefusal({ title: failure.message, violations: failure.violations });
      else void message.error(errorMessage(failure));
    } finally {
      setBusy(null);
    }
  };

  const resend = async () => {
    if (!failed || busy) return;
    setBusy('resend');
    try {
      await send(failed);
    } finally {
      setBusy(null);
    }
  };

  return { busy, failed, refusal, notes, print, resend, dismissFailed: () => setFailed(null), dismissNotes: () => setNotes([]) };
}

export type PrintFlow = ReturnType<typeof usePrintFlow>;

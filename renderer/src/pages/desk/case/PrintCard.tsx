import { Alert, App, Button, Card, Popconfirm, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { CaseView } from '../../../../../main/contract';
import { ViolationAlert } from '../violations';
import { CasePreview } from './print/CasePreview';
import { PrintablesTable } from './print/PrintablesTable';
import { PrintPlaceSelect } from './print/PrintPlaceSelect';
import { firstUnprintedCertificate, printedUse, type Printable, type PrintUse } from './print/printables';
import { UsesTable } from './print/UsesTable';
import { useCasePrints } from './print/useCasePrints';
import { usePrintFlow } from './print/usePrintFlow';
import { usePrintWindow } from './print/usePrintWindow';
import { VoidModal } from './print/VoidModal';

/** F9 on the case page: the first certificate still to print, in preview (Enter there prints it). */
const PREVIEW_KEY = 'F9';

/**
 * 打印: the certificates and forms of the case, with preview and print, and the blank certificates it has used
 * (作废 a misprint, 重打 it on the window's next blank).
 */
export function PrintCard({ view, onFiled }: { view: CaseView; onFiled: () => void }) {
  const { message } = App.useApp();
  const { prints, error, reload } = useCasePrints(view.id);
  const { windows, mine, place, choose, error: windowsError } = usePrintWindow();
  // A printed certificate is filed with the case: its blanks and its archive both change.
  const flow = usePrintFlow(view.id, place, async () => {
    onFiled();
    await reload();
  });
  const [previewing, setPreviewing] = useState<Printable | null>(null);
  const [voiding, setVoiding] = useState<{ use: PrintUse; what: string } | null>(null);

  const f9 = useRef<() => void>(() => {});
  useEffect(() => {
    f9.current = () => {
      if (!prints || previewing || voiding) return;
      const next = firstUnprintedCertificate(prints);
      if (next) setPreviewing(next);
      else void message.info('本案件没有待打印的证书');
    };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== PREVIEW_KEY || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      f9.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!prints) return error ? <Alert type="error" showIcon title={error} /> : null;
  if (prints.printables.length === 0 && prints.uses.length === 0) return null;
  const certificates = prints.printables.some((p) => p.stock !== null) || prints.uses.length > 0;

  return (
    <Card
      title={
        <Space size="middle">
          <span>打印证书与表格</span>
          {certificates && <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: '0.9em' }}>{PREVIEW_KEY} 预览待打印的证书</Typography.Text>}
        </Space>
      }
      size="small"
      data-testid="print-card"
      extra={certificates && <PrintPlaceSelect windows={windows} mine={mine} place={place} onChoose={choose} />}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {(error || windowsError) && <Alert type="error" showIcon title={error ?? windowsError} />}
        {flow.refusal && <ViolationAlert title={flow.refusal.title} violations={flow.refusal.violations} />}
        {flow.failed && (
          <Alert
            type="error"
            showIcon
            data-testid="print-failed"
            title={`${flow.failed.what} 未打出：${flow.failed.reason}`}
            description={flow.failed.serial ? `空白证书 ${flow.failed.serial} 已领用并存档。排除故障后请重新发送，不会再领用空白证书。` : '排除故障后请重新发送。'}
            action={
              <Space orientation="vertical">
                <Button size="small" type="primary" loading={flow.busy === 'resend'} onClick={() => void flow.resend()}>重新发送</Button>
                <Popconfirm
                  title="放弃重新发送？"
                  description={flow.failed.serial ? `印制号 ${flow.failed.serial} 仍记为已打印；如该证书未能打出，请在下方作废后重打。` : undefined}
                  okText="放弃"
                  cancelText="取消"
                  onConfirm={flow.dismissFailed}
                >
                  <Button size="small">放弃</Button>
                </Popconfirm>
              </Space>
            }
          />
        )}
        {flow.notes.length > 0 && (
          <Alert type="warning" showIcon closable={{ onClose: flow.dismissNotes }} title="打印提示" description={flow.notes.map((n) => <div key={n}>{n}</div>)} data-testid="print-notes" />
        )}
        <PrintablesTable prints={prints} busy={flow.busy} onPreview={setPreviewing} onPrint={(p) => void flow.print(p)} />
        {prints.uses.length > 0 && (
          <>
            <Typography.Text strong>已用空白证书</Typography.Text>
            <UsesTable prints={prints} busy={flow.busy} onVoid={(use, what) => setVoiding({ use, what })} onReprint={(p) => void flow.print(p)} />
          </>
        )}
      </Space>
      {previewing && (
        <CasePreview
          caseId={view.id}
          printable={previewing}
          onPrint={
            previewing.stock !== null && printedUse(prints, previewing)
              ? null
              : () => {
                  setPreviewing(null);
                  void flow.print(previewing);
                }
          }
          onClose={() => setPreviewing(null)}
        />
      )}
      {voiding && <VoidModal use={voiding.use} what={voiding.what} onClose={() => setVoiding(null)} onDone={reload} />}
    </Card>
  );
}

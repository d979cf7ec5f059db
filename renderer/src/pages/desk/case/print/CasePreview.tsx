import { Alert, Button } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { Violation } from '../../../../../../main/contract';
import type { RenderedDocument } from '../../../../../../main/contract/printing';
import { ApiError, call, errorMessage } from '../../../../api/client';
import { PdfPreviewModal } from '../../../../pdf/PdfPreviewModal';
import { ViolationLines } from '../../violations';
import { printableTitle, type Printable } from './printables';

interface CasePreviewProps {
  readonly caseId: number;
  readonly printable: Printable;
  /** null: it may not be printed from here (a certificate already in hand: void it first). */
  readonly onPrint: (() => void) | null;
  readonly onClose: () => void;
}

/** 预览: the copy on screen with the booklet's own print (red) and the field boxes under it; no blank is taken. */
export function CasePreview({ caseId, printable, onPrint, onClose }: CasePreviewProps) {
  const [doc, setDoc] = useState<z.infer<typeof RenderedDocument> | null>(null);
  const [refusal, setRefusal] = useState<{ message: string; violations: readonly Violation[] } | null>(null);
  const printButton = useRef<HTMLButtonElement>(null);

  // Enter prints once the copy is on screen (F9, look, Enter): the button is enabled only then.
  useEffect(() => {
    if (doc) printButton.current?.focus();
  }, [doc]);

  useEffect(() => {
    let live = true;
    call('previewDocument', { params: { id: caseId }, body: { document: printable.document, holder: printable.holder } }).then(
      (rendered) => live && setDoc(rendered),
      (failure: unknown) => live && setRefusal({ message: errorMessage(failure), violations: failure instanceof ApiError ? failure.violations : [] }),
    );
    return () => {
      live = false;
    };
  }, [caseId, printable.document, printable.holder]);

  return (
    <PdfPreviewModal
      title={`预览：${printableTitle(printable)}`}
      problem={
        refusal && (
          <Alert type="error" showIcon title={`未能生成预览：${refusal.message}`} data-testid="preview-error"
            description={refusal.violations.length > 0 && <ViolationLines violations={refusal.violations} />} />
        )
      }
      pdfBase64={doc?.pdfBase64 ?? null}
      notes={doc?.notes ?? []}
      onClose={onClose}
      actions={
        onPrint && (
          <Button ref={printButton} type="primary" disabled={!doc} onClick={onPrint}>
            打印
          </Button>
        )
      }
    />
  );
}

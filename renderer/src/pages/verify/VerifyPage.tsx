import { Alert, Input, Spin, Typography, type InputRef } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { VerifyResult } from '../../../../main/contract/printing';
import { call, errorMessage } from '../../api/client';
import { VerifyResultView } from './VerifyResultView';

/** `#/verify?code=…`: a link (or a phone's scan of the QR) lands here with the code already in it. */
function codeInHash(): string {
  return new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('code')?.trim() ?? '';
}

/**
 * 证书核验 (public, no login): a QR scanner types the certificate's code into the box and presses Enter; the host
 * checks the office's signature and what the records say now.
 */
export function VerifyPage({ officeName }: { officeName: string | null }) {
  const [code, setCode] = useState(codeInHash);
  const [result, setResult] = useState<VerifyResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const box = useRef<InputRef>(null);

  const verify = useCallback(async (text: string) => {
    const trimmed = text.trim();
    if (!trimmed) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await call('verifyCertificate', { query: { code: trimmed } }));
    } catch (failure) {
      setResult(null);
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
      // The next scan replaces this code rather than adding to it.
      box.current?.focus({ cursor: 'all' });
    }
  }, []);

  useEffect(() => {
    const initial = codeInHash();
    if (initial) void verify(initial);
  }, [verify]);

  return (
    <div style={{ maxWidth: 960, margin: '0 auto', padding: '32px 24px', width: '100%', boxSizing: 'border-box' }}>
      <Typography.Title level={1} style={{ textAlign: 'center', marginBottom: 4 }}>
        婚姻收养登记证书核验
      </Typography.Title>
      {officeName && (
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center', fontSize: 18 }}>
          {officeName}
        </Typography.Paragraph>
      )}
      <Input
        ref={box}
        autoFocus
        size="large"
        aria-label="证书二维码内容"
        placeholder="用扫码枪扫描证书上的二维码，或粘贴二维码内容后按回车"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        onPressEnter={() => void verify(code)}
        style={{ fontSize: 20, marginTop: 16 }}
        data-testid="verify-code"
      />
      <div style={{ marginTop: 24, minHeight: 200 }}>
        {busy && <Spin size="large" description="正在核验…" style={{ display: 'block', margin: '48px auto' }} />}
        {!busy && error && <Alert type="error" showIcon title={`未能核验：${error}`} style={{ fontSize: 18 }} />}
        {!busy && result && <VerifyResultView result={result} />}
      </div>
    </div>
  );
}

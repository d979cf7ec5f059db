import { Alert, Button, Radio, Spin, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { CardIcon } from '../../../devices/CardIcon';
import { CARD_TYPE_LABELS, pathKey, type PartyPath } from './cardReading';
import { useCardReader, type CardRead, type ReadActivity } from './CardReaderProvider';

/** The 读卡 button of a party panel (its card's header). Keyboard users have F2; Enter walks past it. */
export function ReadCardButton({ path }: { path: PartyPath }) {
  const reader = useCardReader();
  if (!reader) return null;
  const key = pathKey(path);
  const { ready, reason } = reader.availability;
  const reading = reader.busy === key;
  return (
    <Tooltip title={ready ? '读取读卡器上的证件，填入本栏（F2）' : reason}>
      <Button
        data-enter-skip=""
        data-testid="read-card"
        icon={<CardIcon />}
        loading={reading}
        disabled={!ready || (reader.busy !== null && !reading)}
        onClick={() => reader.read(path)}
      >
        {reading ? '读卡中' : '读卡'}
        <Typography.Text type="secondary" style={{ fontSize: '0.85em' }}>
          F2
        </Typography.Text>
      </Button>
    </Tooltip>
  );
}

/**
 * 读卡器读取 or 人工核验. The first is chosen only by reading the card: clicking it starts a read
 * into this panel; a typed identity stays 人工核验 with its reason.
 */
export function VerifyMethodRadio({ path, value, onChange }: { path: PartyPath; value?: 'reader' | 'manual'; onChange?: (value: 'reader' | 'manual') => void }) {
  const reader = useCardReader();
  const ready = !!reader?.availability.ready;
  const why = reader?.availability.reason ?? '本窗口未连接身份证读卡器';
  return (
    <Radio.Group
      aria-label="核验方式"
      value={value}
      onChange={(e) => {
        const next = e.target.value as 'reader' | 'manual';
        if (next === 'reader') reader?.read(path);
        else onChange?.(next);
      }}
      options={[
        { value: 'reader', label: '读卡器读取', disabled: !ready && value !== 'reader', title: ready ? '读取证件芯片后自动选定；点此读卡' : why },
        { value: 'manual', label: '人工核验' },
      ]}
    />
  );
}

function Countdown({ until }: { until: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return <>{Math.max(0, Math.ceil((until - now) / 1000))}</>;
}

const NOTE_STYLE = { marginBottom: 12 } as const;

function ActivityNote({ state, onRetry, onCancel, onDismiss }: { state: ReadActivity; onRetry: () => void; onCancel: () => void; onDismiss: () => void }) {
  if (state.phase === 'waiting') {
    return (
      <Alert
        data-testid="card-waiting"
        type="info"
        showIcon
        icon={<Spin size="small" style={{ marginInlineEnd: 8 }} />}
        title={
          <span>
            请将证件放在读卡器上…
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: '0.9em' }}>
              还剩 <Countdown until={state.until} /> 秒 · Esc 取消
            </Typography.Text>
          </span>
        }
        description={state.hint ?? undefined}
        action={<Button size="small" onClick={onCancel}>取消</Button>}
        style={NOTE_STYLE}
      />
    );
  }
  return <Alert data-testid="card-failed" type="warning" showIcon title={state.message} closable={{ onClose: onDismiss }} action={<Button size="small" onClick={onRetry}>重新读卡</Button>} style={NOTE_STYLE} />;
}

function ReadNote({ state }: { state: CardRead }) {
  if (state.edited) {
    return <Alert data-testid="card-edited" type="warning" showIcon title="读卡后修改了证件信息，核验方式已改为人工核验" style={NOTE_STYLE} />;
  }
  const { identity, photoNote, readAt } = state.reading;
  const time = new Date(readAt).toLocaleTimeString('zh-CN', { hour12: false });
  return (
    <div style={NOTE_STYLE}>
      <Alert
        data-testid="card-read"
        type="success"
        showIcon
        icon={<CardIcon style={{ fontSize: 16, marginInlineEnd: 8, color: '#52c41a' }} />}
        title={`已读取${CARD_TYPE_LABELS[identity.cardType]}芯片`}
        description={
          photoNote && (
            <Typography.Text type="secondary" style={{ fontSize: '0.85em' }} data-testid="photo-note">
              照片未解码：{photoNote}
            </Typography.Text>
          )
        }
        action={
          <Typography.Text type="secondary" style={{ fontSize: '0.85em' }}>
            {time}
          </Typography.Text>
        }
        styles={{ root: { padding: '8px 12px', alignItems: 'center' }, title: { marginBottom: 0 } }}
      />
      {identity.warnings.length > 0 && (
        <Alert
          data-testid="card-warnings"
          type="warning"
          showIcon
          title="芯片信息与证件号码不一致，请核对证件原件"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {identity.warnings.map((w) => (
                <li key={`${w.code}-${w.field}`}>{w.message}</li>
              ))}
            </ul>
          }
          style={{ marginTop: 8 }}
        />
      )}
    </div>
  );
}

/** What the reader has to say in a party panel: waiting, failed, read (with the card's warnings), or why it cannot read. */
export function CardReadNotes({ path }: { path: PartyPath }) {
  const reader = useCardReader();
  if (!reader) return null;
  const key = pathKey(path);
  const { activity } = reader;
  if (activity?.key === key) return <ActivityNote state={activity} onRetry={() => reader.read(path)} onCancel={reader.cancel} onDismiss={reader.dismiss} />;
  const read = reader.reads[key];
  if (read) return <ReadNote state={read} />;
  const { ready, pending, reason } = reader.availability;
  if (ready || pending) return null;
  return (
    <Typography.Paragraph type="secondary" style={{ fontSize: '0.9em', marginBottom: 12 }} data-testid="reader-unavailable">
      <CardIcon style={{ marginInlineEnd: 6 }} />
      {reason}
    </Typography.Paragraph>
  );
}

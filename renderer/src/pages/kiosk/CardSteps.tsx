import { IdcardOutlined } from '@ant-design/icons';
import { Button, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { maskIdNumber, maskName } from '../../../../main/domain';
import type { KioskPerson } from './persons';
import { useNextCard, useReaderMode } from './useCardReading';

const ORDINALS = ['第一位', '第二位'] as const;

/**
 * The citizens' cards, one after the other: "请将第一位当事人的身份证放在读卡器上", then the second for a
 * couple's service. `second` 'optional' (签到: the booking alone knows whether it is a couple's) offers
 * to go on with one. Hands the persons to `onDone` once, and shows `busy` while the ticket is being made.
 */
export function CardSteps({ title, second, busy, onDone, onCancel }: {
  title: string;
  second: 'required' | 'optional' | 'none';
  busy: boolean;
  onDone: (persons: KioskPerson[]) => void;
  onCancel: () => void;
}) {
  const [mode, setMode, retryProbe] = useReaderMode();
  const [persons, setPersons] = useState<KioskPerson[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const needed = second === 'none' ? 1 : 2;
  const complete = persons.length >= needed;

  useNextCard(mode.mode === 'reader' && !complete && !busy, persons, {
    onCard: (p) => setPersons((list) => [...list, p]),
    onNote: setNote,
    onNoReader: (why) => setMode({ mode: 'unavailable', why }),
  });

  useEffect(() => {
    if (complete) onDone(persons);
    // onDone is the parent's; only a completed list should fire it, once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [complete]);

  const finishWithOne = second === 'optional' && persons.length === 1 && !busy;

  return (
    <div className="kiosk-body" data-testid="kiosk-reading" data-step={persons.length + 1} data-mode={mode.mode}>
      <h1 className="kiosk-title">{title}</h1>
      {persons.length > 0 && (
        <ul className="kiosk-persons" data-testid="kiosk-persons">
          {persons.map((p, i) => (
            <li key={p.idNumber}>
              <span>{ORDINALS[i]}当事人：{maskName(p.name)}</span>
              <span style={{ fontVariantNumeric: 'tabular-nums' }}>{maskIdNumber(p.idNumber)}</span>
            </li>
          ))}
        </ul>
      )}

      {busy || complete ? (
        <Spin size="large" description={<span style={{ fontSize: '1.3em' }}>正在取号，请稍候…</span>} />
      ) : mode.mode === 'probing' ? (
        <Spin size="large" description="正在连接读卡器…" />
      ) : mode.mode === 'failed' ? (
        <div className="kiosk-card-step">
          <div className="kiosk-message" role="alert">{mode.message}</div>
          <Button type="primary" className="kiosk-action" onClick={retryProbe}>
            重试
          </Button>
        </div>
      ) : mode.mode === 'unavailable' ? (
        <div className="kiosk-card-step" data-testid="kiosk-no-reader">
          <div className="kiosk-message" role="alert">本机暂时无法读取身份证（{mode.why}）</div>
          <p className="kiosk-lead">自助取号须读取身份证。请持身份证原件到服务台，由工作人员核验后为您取号。</p>
        </div>
      ) : (
        <div className="kiosk-card-step" data-testid="kiosk-card-prompt">
          <IdcardOutlined className="kiosk-card-icon" />
          <p className="kiosk-title" style={{ fontSize: '1.5em' }}>
            {persons.length === 0 ? '请将第一位当事人的身份证放在读卡器上' : '请第二位当事人放证件'}
          </p>
          <p className="kiosk-lead kiosk-muted">
            {persons.length === 0
              ? needed === 2
                ? '此项业务须双方本人到场，请依次放置两位当事人的身份证'
                : '请将身份证平放在读卡器感应区，读取完成前请勿移动'
              : '请取走第一位当事人的证件，再将第二位当事人的身份证放在读卡器上'}
          </p>
          {note && <div className="kiosk-message" role="alert">{note}</div>}
        </div>
      )}

      <div className="kiosk-actions">
        {finishWithOne && (
          <Button type="primary" className="kiosk-action" onClick={() => onDone(persons)}>
            仅本人办理，直接签到
          </Button>
        )}
        {persons.length > 0 && !busy && (
          <Button className="kiosk-action" onClick={() => setPersons([])}>
            重新读取
          </Button>
        )}
        <Button className="kiosk-action" onClick={onCancel} disabled={busy}>
          返回首页
        </Button>
      </div>
    </div>
  );
}

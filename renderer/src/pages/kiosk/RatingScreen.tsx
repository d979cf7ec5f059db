import { FrownOutlined, MehOutlined, SmileOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { DISSATISFIED_REASONS, RATING_LABELS, RATINGS, type Rating } from '../../../../main/domain';
import { call } from '../../api/client';
import { DIGITS, Keypad } from './Keypad';
import { refusalLines } from './refusal';

const THANKS_SECONDS = 6;
const NUMBER = /^[A-Z]\d{3,4}$/;
const ICONS: Record<Rating, ReactNode> = { satisfied: <SmileOutlined />, basically_satisfied: <MehOutlined />, dissatisfied: <FrownOutlined /> };

/** 好差评 at the kiosk: today's ticket number on touch keys, one of the three grades, and why when 不满意. */
/** `letters`: the hall's ticket prefixes, from the host. */
export function RatingScreen({ letters, onDone }: { letters: readonly string[]; onDone: () => void }) {
  const [number, setNumber] = useState('');
  // Two steps, each fitting a landscape screen: the number, then the grade.
  const [numberDone, setNumberDone] = useState(false);
  const [rating, setRating] = useState<Rating | null>(null);
  const [reasons, setReasons] = useState<string[]>([]);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string[] | null>(null);
  const [thanked, setThanked] = useState(false);

  useEffect(() => {
    if (!thanked) return;
    const timer = setTimeout(onDone, THANKS_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [thanked, onDone]);

  const type = (key: string) => {
    setProblem(null);
    setNumber((v) => {
      // A letter starts the number anew; digits follow it (up to four).
      if (letters.includes(key)) return key;
      return /^[A-Z]\d{0,3}$/.test(v) ? v + key : v;
    });
  };

  const toggleReason = (reason: string) => {
    setProblem(null);
    setReasons((list) => (list.includes(reason) ? list.filter((r) => r !== reason) : [...list, reason]));
  };

  const submit = async () => {
    if (!rating) return;
    if (rating === 'dissatisfied' && reasons.length === 0) return setProblem(['请选择不满意的原因（可多选）']);
    setSending(true);
    try {
      await call('rate', { body: { number, rating, reason: rating === 'dissatisfied' ? reasons.join('、') : '' } });
      setThanked(true);
    } catch (error) {
      setProblem(refusalLines(error, `未找到今日办结的 ${number} 号，请核对号票上的号码`));
    } finally {
      setSending(false);
    }
  };

  if (thanked) {
    return (
      <div className="kiosk-body" data-testid="kiosk-rated">
        <SmileOutlined style={{ fontSize: '6em', color: '#34a853' }} />
        <h1 className="kiosk-title">感谢您的评价！</h1>
        <p className="kiosk-lead">您的意见将帮助我们改进服务</p>
        <Button type="primary" className="kiosk-action" onClick={onDone}>
          返回首页
        </Button>
      </div>
    );
  }

  const ready = NUMBER.test(number);
  if (!numberDone) {
    return (
      <div className="kiosk-body" data-testid="kiosk-rating">
        <h1 className="kiosk-title">服务评价</h1>
        <p className="kiosk-lead">请输入您今天的号码（见号票，如 A012）</p>
        <div className="kiosk-entry" data-testid="rating-number" aria-label="号码">
          {number || <span className="kiosk-muted" style={{ fontSize: '0.5em', fontWeight: 400 }}>先点字母，再点数字</span>}
        </div>
        <Keypad keys={[...letters, ...DIGITS]} perRow={6} onKey={type} onDelete={() => setNumber((v) => v.slice(0, -1))} onClear={() => setNumber('')} />
        <div className="kiosk-actions">
          <Button type="primary" className="kiosk-action" disabled={!ready} onClick={() => setNumberDone(true)}>
            下一步
          </Button>
          <Button className="kiosk-action" onClick={onDone}>
            返回首页
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="kiosk-body" data-testid="kiosk-rating">
      <h1 className="kiosk-title">服务评价</h1>
      <p className="kiosk-lead">
        您的号码 <strong data-testid="rating-number">{number}</strong>
        <Button type="link" onClick={() => setNumberDone(false)} style={{ fontSize: '1em' }}>
          修改号码
        </Button>
      </p>
      <p className="kiosk-lead">请选择您对本次服务的评价</p>
      <div className="kiosk-choices is-row" role="radiogroup" aria-label="评价">
        {RATINGS.map((r) => (
          <Button
            key={r}
            className="kiosk-big"
            role="radio"
            aria-checked={rating === r}
            type={rating === r ? 'primary' : 'default'}
            danger={r === 'dissatisfied' && rating === r}
            onClick={() => {
              setRating(r);
              setProblem(null);
            }}
          >
            {ICONS[r]}
            {RATING_LABELS[r]}
          </Button>
        ))}
      </div>

      {rating === 'dissatisfied' && (
        <div style={{ width: 'min(100%, 1100px)' }}>
          <p className="kiosk-lead">请选择不满意的原因（可多选）</p>
          <div className="kiosk-actions" role="group" aria-label="不满意的原因">
            {DISSATISFIED_REASONS.map((reason) => (
              <Button key={reason} className="kiosk-action" aria-pressed={reasons.includes(reason)} type={reasons.includes(reason) ? 'primary' : 'default'} onClick={() => toggleReason(reason)}>
                {reason}
              </Button>
            ))}
          </div>
        </div>
      )}

      {problem && (
        <div className="kiosk-message" role="alert" data-testid="kiosk-rating-problem">
          {problem.map((line) => <div key={line}>{line}</div>)}
        </div>
      )}
      <div className="kiosk-actions">
        <Button type="primary" className="kiosk-action" disabled={!rating} loading={sending} onClick={() => void submit()}>
          提交评价
        </Button>
        <Button className="kiosk-action" onClick={onDone}>
          返回首页
        </Button>
      </div>
    </div>
  );
}

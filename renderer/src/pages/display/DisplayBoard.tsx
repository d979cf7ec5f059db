import { useCallback, useEffect, useRef, useState } from 'react';
import { useEventsStatus } from '../../api/events';
import { Clock } from '../kiosk/Clock';
import { Announcer, callSentence, type Spoken } from './announcer';
import { BoardSide } from './BoardSide';
import { useBoard, type CalledEvent } from './useBoard';
import { WindowCalls } from './WindowCalls';

/** The last sentence stays in the footer this long, for those who did not hear it. */
const SHOW_SENTENCE_MS = 20_000;
const SPOKEN_KEPT = 10;

/** The hall's board: each window's call, the last calls, who waits, a clock; every call is announced aloud. */
export function DisplayBoard({ officeName }: { officeName: string }) {
  const [spoken, setSpoken] = useState<readonly Spoken[]>([]);
  const [showSentence, setShowSentence] = useState(false);
  const [soundOn, setSoundOn] = useState(false);
  const announcer = useRef<Announcer | null>(null);

  useEffect(() => {
    const a = new Announcer(
      (s) => {
        setSpoken((list) => [s, ...list].slice(0, SPOKEN_KEPT));
        setShowSentence(true);
      },
      () => setSoundOn(true),
    );
    announcer.current = a;
    setSoundOn(a.unlocked);
    return () => {
      a.close();
      announcer.current = null;
    };
  }, []);

  useEffect(() => {
    if (!showSentence) return;
    const timer = setTimeout(() => setShowSentence(false), SHOW_SENTENCE_MS);
    return () => clearTimeout(timer);
  }, [showSentence, spoken]);

  const onCall = useCallback((e: CalledEvent) => announcer.current?.say(callSentence(e.number, e.windowNumber)), []);
  const { board, error, latest } = useBoard(onCall);
  const events = useEventsStatus();

  const unlock = () => {
    announcer.current?.unlock();
    setSoundOn(true);
  };
  const last = spoken[0];
  const offline = events === 'closed' || error !== null;

  return (
    <div className="board" data-testid="display-board">
      <header className="board-header">
        <div>
          <div className="board-office" data-testid="board-office">{board?.officeName || officeName || '婚姻登记处'}</div>
          <div className="board-title">叫号信息 · 请留意屏幕和语音提示</div>
        </div>
        <div className="board-right">
          {offline && (
            <span className="board-offline" role="status" data-testid="board-offline" title={error ?? undefined}>
              连接中断
            </span>
          )}
          <Clock style={{ fontSize: '1.2em' }} />
        </div>
      </header>
      <main className="board-main">
        {board ? <WindowCalls windows={board.windows} latest={latest} /> : <div className="board-empty">{error ?? '正在读取叫号信息…'}</div>}
        {board && <BoardSide board={board} />}
      </main>
      <footer className={`board-footer${showSentence && last ? ' is-call' : ''}`} data-testid="board-footer">
        {showSentence && last ? last.text : '请按号码顺序等候，听到呼叫后请到对应窗口办理；过号请到服务台咨询'}
      </footer>

      {/* What was announced, for screen readers and for the tests: the newest first. */}
      <div className="visually-hidden" aria-live="assertive" data-testid="announcement" data-seq={last?.seq ?? 0} data-voice={last?.voice ?? ''}>
        {last?.text ?? ''}
      </div>
      <ol className="visually-hidden" data-testid="announcements">
        {spoken.map((s) => (
          <li key={s.seq} data-voice={s.voice}>
            {s.text}
          </li>
        ))}
      </ol>

      {!soundOn && (
        <button type="button" className="board-overlay" onClick={unlock} autoFocus data-testid="sound-overlay">
          <span className="board-overlay-box">
            点击开启语音播报
            <span className="board-overlay-hint">浏览器须经一次点击（或遥控器确认键）才允许播放声音；开启后无须再点</span>
          </span>
        </button>
      )}
    </div>
  );
}

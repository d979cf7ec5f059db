import type { CSSProperties } from 'react';
import type { BoardState } from '../../../../main/contract';
import { SERVICE_LABELS } from '../../../../main/domain';
import type { BoardFeed } from './useBoard';

type BoardWindow = BoardState['windows'][number];

/** Columns, and sizes that fill them: two windows get huge numbers, thirty still fit the screen. */
function layoutFor(count: number): CSSProperties {
  const cols = count <= 2 ? Math.max(count, 1) : count <= 4 ? 2 : count <= 9 ? 3 : count <= 16 ? 4 : 5;
  const rows = Math.ceil(count / cols);
  // The number's height is bounded by the row (vh) and its width by the column (vw): whichever is tighter.
  const num = Math.min(60 / rows / 1.9, 58 / cols / 2.6);
  return {
    ['--cols' as string]: cols,
    ['--num' as string]: `min(${num.toFixed(2)}vw, ${(num * 1.6).toFixed(2)}vh)`,
    ['--head' as string]: rows > 3 ? '0.9em' : '1.2em',
    ['--service' as string]: rows > 3 ? '0.8em' : '1.1em',
  };
}

/** Each open window with the ticket it is calling or serving: the number, the window, the service and the names. */
export function WindowCalls({ windows, latest }: { windows: readonly BoardWindow[]; latest: BoardFeed['latest'] }) {
  const open = windows.filter((w) => w.open);
  if (open.length === 0) return <div className="board-empty" data-testid="board-windows-empty">暂无开放的窗口，请稍候</div>;
  return (
    <section className="board-windows" style={layoutFor(open.length)} aria-label="各窗口当前呼叫">
      {open.map((w) => {
        const call = w.current;
        const isLatest = latest?.windowNumber === w.number && call !== null;
        return (
          <article
            key={`${w.number}-${isLatest ? latest.key : ''}`}
            className={`board-window${isLatest ? ' is-latest' : ''}${call ? '' : ' is-idle'}`}
            data-testid={`board-window-${w.number}`}
          >
            <div className="board-window-head">
              {w.number} 号窗口
              {w.name && w.name !== `${w.number} 号窗口` && <span className="board-window-name">{w.name}</span>}
            </div>
            <div className="board-number" data-testid="board-number">{call ? call.number : '——'}</div>
            <div className="board-service">{call ? SERVICE_LABELS[call.service] : '等候叫号'}</div>
            <div className="board-names">{call?.names ?? ''}</div>
          </article>
        );
      })}
    </section>
  );
}

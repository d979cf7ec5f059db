import dayjs from 'dayjs';
import type { BoardState } from '../../../../main/contract';
import { SERVICE_LABELS, SERVICES } from '../../../../main/domain';
import { RECENT_SHOWN } from './useBoard';

/** The last calls (for whoever looked away), and how many wait for each service. */
export function BoardSide({ board }: { board: BoardState }) {
  const waiting = SERVICES.filter((s) => board.waitingByService[s] !== undefined && (s !== 'ceremony' || (board.waitingByService[s] ?? 0) > 0));
  return (
    <aside className="board-side">
      <section className="board-panel is-recent" aria-label="最近呼叫" data-testid="board-recent">
        <h2>最近呼叫</h2>
        {board.recent.length === 0 && <div style={{ color: '#9aa4b2' }}>今日尚未叫号</div>}
        <ul>
          {board.recent.slice(0, RECENT_SHOWN).map((r) => (
            <li key={`${r.number}-${r.windowNumber}-${r.at}`}>
              <span className="board-recent-number">{r.number}</span>
              <span className="board-recent-window">{r.windowNumber} 号窗口</span>
              <span className="board-recent-time">{dayjs(r.at).format('HH:mm')}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="board-panel is-waiting" aria-label="等候人数" data-testid="board-waiting">
        <h2>等候人数</h2>
        <ul>
          {waiting.map((s) => (
            <li key={s} data-service={s}>
              <span>{SERVICE_LABELS[s]}</span>
              <span>
                <span className="board-waiting-count">{board.waitingByService[s] ?? 0}</span> 人
              </span>
            </li>
          ))}
        </ul>
      </section>
    </aside>
  );
}

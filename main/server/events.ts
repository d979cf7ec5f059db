import type { WebSocket } from 'ws';
import type { HallEvent } from '../contract/events';

/** Fans live events out to every connected screen. */
export class EventHub {
  private readonly sockets = new Set<WebSocket>();

  add(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => this.sockets.delete(socket));
  }

  publish(event: HallEvent): void {
    const text = JSON.stringify(event);
    for (const s of this.sockets) if (s.readyState === s.OPEN) s.send(text);
  }

  get size(): number {
    return this.sockets.size;
  }

  closeAll(): void {
    for (const s of this.sockets) s.close(1001, 'host stopping');
    this.sockets.clear();
  }
}

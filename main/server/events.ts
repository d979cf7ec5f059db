import type { WebSocket } from 'ws';
import { DEVICE_EVENT_TYPES, type HallEvent } from '../contract/events';

export type Audience = 'staff' | 'device';

/** Fans live events out to every connected screen; device sockets (boards, kiosks) get only the queue's. */
export class EventHub {
  private readonly sockets = new Map<WebSocket, Audience>();

  add(socket: WebSocket, audience: Audience = 'staff'): void {
    this.sockets.set(socket, audience);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => this.sockets.delete(socket));
  }

  publish(event: HallEvent): void {
    const text = JSON.stringify(event);
    const forDevices = DEVICE_EVENT_TYPES.includes(event.type);
    for (const [s, audience] of this.sockets) {
      if (s.readyState === s.OPEN && (audience === 'staff' || forDevices)) s.send(text);
    }
  }

  get size(): number {
    return this.sockets.size;
  }

  closeAll(): void {
    for (const s of this.sockets.keys()) s.close(1001, 'host stopping');
    this.sockets.clear();
  }
}

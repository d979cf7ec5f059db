import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { apiNotFound } from './api';

// The same policy as renderer/index.html: only our own origin, no inline scripts, no frames.
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'self' ws: wss:; font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/** Serves the built renderer at `/`; any unknown non-API path gets index.html so hash and path routes both load. */
export async function registerRenderer(app: FastifyInstance, rendererDir: string | null): Promise<void> {
  const index = rendererDir ? path.join(rendererDir, 'index.html') : null;
  const built = index !== null && fs.existsSync(index);
  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (!req.url.startsWith('/api/')) {
      reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
      reply.header('x-frame-options', 'DENY');
    }
    return payload;
  });
  if (built) await app.register(fastifyStatic, { root: rendererDir!, index: ['index.html'], wildcard: false });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.url === '/api' || req.method !== 'GET') {
      const err = apiNotFound(req);
      return reply.status(err.status).send(err.body());
    }
    if (!built) {
      return reply
        .status(503)
        .type('text/html; charset=utf-8')
        .send('<!doctype html><meta charset="utf-8"><title>界面未构建</title><p>界面尚未构建：请先运行 <code>npm run build</code>，再启动主机。API 在 /api 下正常可用。</p>');
    }
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
}

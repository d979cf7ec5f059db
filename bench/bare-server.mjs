// The baseline for `npm run bench`: a bare Fastify app with one GET route, no logger, no hooks.
// Usage: node bench/bare-server.mjs PORT 'JSON-BODY'  — answers GET /api/health with JSON-BODY
// (the bench passes the host's own health answer, so both serialize the same object).
import Fastify from 'fastify';

const port = Number(process.argv[2] ?? 0);
const body = JSON.parse(process.argv[3] ?? '{"status":"ok","version":"0.1.0","schemaVersion":30,"demo":false,"officeName":"婚姻登记处"}');

const app = Fastify({ logger: false });
app.get('/api/health', async () => body);
await app.listen({ host: '127.0.0.1', port });
const address = app.server.address();
console.log(`listening http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`);

const stop = () => void app.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

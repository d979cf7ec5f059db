import { z } from 'zod';
import { ErrorBody } from './errors';
import { routes, type RouteDef } from './routes';
import { EVENTS_PROTOCOL } from './events';

/** The OpenAPI document, built from the same route table the server validates with. */
export function buildOpenApi(version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, def] of Object.entries(routes) as [string, RouteDef][]) {
    const path = def.path.replace(/:(\w+)/g, '{$1}');
    const op: Record<string, unknown> = {
      operationId: name,
      summary: def.summary,
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: toSchema(def.response, 'output') } } },
        default: { description: '错误', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      },
    };
    if (def.access !== 'public') {
      op.security = [{ bearer: [] }];
      op['x-roles'] = def.access === 'any' ? 'any' : def.access;
    }
    if (def.params) {
      const shape = (def.params as z.ZodObject).shape as Record<string, z.ZodType>;
      op.parameters = Object.entries(shape).map(([key, s]) => ({ name: key, in: 'path', required: true, schema: toSchema(s, 'input') }));
    }
    if (def.query) {
      const shape = (def.query as z.ZodObject).shape as Record<string, z.ZodType>;
      op.parameters = [
        ...((op.parameters as unknown[]) ?? []),
        ...Object.entries(shape).map(([key, s]) => ({ name: key, in: 'query', required: !s.safeParse(undefined).success, schema: toSchema(s, 'input') })),
      ];
    }
    if (def.body) {
      op.requestBody = { required: true, content: { 'application/json': { schema: toSchema(def.body, 'input') } } };
    }
    if (def.upload) {
      op.requestBody = { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary', maxLength: def.upload.maxBytes } } } };
    }
    (paths[path] ??= {})[def.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: { title: '婚姻收养登记大厅 API', version, description: `实时事件：WebSocket GET /api/events，子协议 ["${EVENTS_PROTOCOL}", <token>]` },
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { Error: toSchema(ErrorBody, 'output') },
    },
  };
}

function toSchema(schema: z.ZodType, io: 'input' | 'output'): unknown {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}

import { ERRORS } from './errors.ts';
import { schemas } from './schemas.ts';

const errorSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', enum: Object.keys(ERRORS) },
        message: { type: 'string' },
        message_zh: { type: 'string' },
        details: {},
      },
    },
  },
};
const json = (schema: unknown) => ({ 'application/json': { schema } });
const errors = {
  '4XX': {
    description: 'Client error (see error codes)',
    content: json({ $ref: '#/components/schemas/Error' }),
  },
};
const idParam = [{ name: 'id', in: 'path', required: true, schema: schemas.idParams.properties.id }];

/** OpenAPI 3.1 document, served at /api/openapi.json. Request schemas are the ones routes validate with. */
export function openApiDocument(version: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'CareLLM API',
      version,
      description:
        'Supportive-conversation API. Research tool, not a substitute for professional help. Replies stream as Server-Sent Events.',
    },
    paths: {
      '/api/health': { get: { summary: 'Liveness', responses: { 200: { description: '{"status":"ok"}' } } } },
      '/api/ready': {
        get: {
          summary: 'Readiness (store reachable)',
          responses: { 200: { description: 'ready' }, 503: { description: 'not ready' } },
        },
      },
      '/api/info': {
        get: {
          summary: 'Engine, stages and limits of this instance',
          responses: { 200: { description: 'info' } },
        },
      },
      '/api/hotlines': {
        get: {
          summary: 'Crisis lines, preferred region first; every entry has a source and verification date',
          parameters: [
            { name: 'region', in: 'query', schema: schemas.hotlineQuery.properties.region },
            { name: 'locale', in: 'query', schema: schemas.hotlineQuery.properties.locale },
          ],
          responses: { 200: { description: 'hotlines' } },
        },
      },
      '/api/sessions': {
        get: {
          summary: 'List sessions, newest first',
          responses: { 200: { description: '{"sessions": [...]}' } },
        },
        post: {
          summary: 'Create a session',
          requestBody: { required: false, content: json(schemas.createSessionBody) },
          responses: { 201: { description: 'The new session, with its id' }, ...errors },
        },
      },
      '/api/sessions/{id}': {
        parameters: idParam,
        get: {
          summary: 'A session with its messages and analysis records',
          responses: { 200: { description: 'session' }, ...errors },
        },
        patch: {
          summary: 'Rename or change locale',
          requestBody: { content: json(schemas.updateSessionBody) },
          responses: { 200: { description: 'session' }, ...errors },
        },
        delete: {
          summary: 'Delete the session and everything in it',
          responses: { 204: { description: 'deleted' }, ...errors },
        },
      },
      '/api/sessions/{id}/messages': {
        parameters: idParam,
        post: {
          summary: 'Send a message; the reply streams back as Server-Sent Events',
          description:
            'Events in order: `turn` {sessionId,userMessageId}; `risk` {level,reasons,evidence}; `emotion` {labels,predicted}; zero or more `safety` {kind,action}; `notice` {code,message}; `text-delta` {text}; `audio-delta`; then `done` {messageId,status,finishReason} or `error` {code,message} followed by `done`.',
          requestBody: { required: true, content: json(schemas.postMessageBody) },
          responses: {
            200: {
              description: 'text/event-stream',
              content: { 'text/event-stream': { schema: { type: 'string' } } },
            },
            ...errors,
          },
        },
      },
      '/api/sessions/{id}/export': {
        parameters: [
          ...idParam,
          { name: 'format', in: 'query', schema: schemas.exportQuery.properties.format },
        ],
        get: {
          summary: 'Export as JSON (default) or Markdown',
          responses: { 200: { description: 'file' }, ...errors },
        },
      },
      '/api/openapi.json': {
        get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } },
      },
    },
    components: { schemas: { Error: errorSchema } },
  };
}

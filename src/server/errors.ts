import { MEDIA_ERRORS, MediaError } from '../media/index.ts';

/**
 * The single error registry: every error a client can cause has a stable code, an HTTP status
 * and a message in both languages. Handlers throw `ApiError`; nothing else reaches the client.
 */
export const ERRORS = {
  BAD_JSON: { status: 400, en: 'The request body is not valid JSON.', 'zh-CN': '请求内容不是有效的 JSON。' },
  VALIDATION_FAILED: { status: 400, en: 'The request is not valid.', 'zh-CN': '请求参数无效。' },
  EMPTY_MESSAGE: { status: 400, en: 'The message is empty.', 'zh-CN': '消息内容为空。' },
  MESSAGE_TOO_LONG: { status: 400, en: 'The message is too long.', 'zh-CN': '消息太长了。' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    en: 'This content type is not accepted here.',
    'zh-CN': '不支持该内容类型。',
  },
  BODY_TOO_LARGE: { status: 413, en: 'The request body is too large.', 'zh-CN': '请求内容过大。' },
  SESSION_NOT_FOUND: { status: 404, en: 'No session with this id.', 'zh-CN': '找不到该会话。' },
  ROUTE_NOT_FOUND: { status: 404, en: 'No such endpoint.', 'zh-CN': '接口不存在。' },
  METHOD_NOT_ALLOWED: { status: 405, en: 'This method is not allowed here.', 'zh-CN': '不支持该请求方法。' },
  TURN_IN_PROGRESS: {
    status: 409,
    en: 'A reply is still being written in this session.',
    'zh-CN': '该会话正在生成回复，请稍候。',
  },
  BAD_FORMAT: { status: 400, en: 'Unknown export format.', 'zh-CN': '不支持的导出格式。' },
  NOT_READY: { status: 503, en: 'The service is not ready.', 'zh-CN': '服务尚未就绪。' },
  TOO_MANY_FILES: { status: 400, en: 'Too many files in one message.', 'zh-CN': '一条消息中的文件过多。' },
  UNKNOWN_FIELD: { status: 400, en: 'Unknown form field.', 'zh-CN': '表单字段无效。' },
  ATTACHMENT_NOT_FOUND: { status: 404, en: 'No attachment with this id.', 'zh-CN': '找不到该附件。' },
  INTERNAL: { status: 500, en: 'Something went wrong on our side.', 'zh-CN': '服务器内部出错。' },
  ...MEDIA_ERRORS,
  // Voice without any transcription path is refused (never silently unsafe): the input cannot be processed here.
  TRANSCRIPTION_UNAVAILABLE: { ...MEDIA_ERRORS.TRANSCRIPTION_UNAVAILABLE, status: 422 },
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: unknown;

  constructor(code: ErrorCode, details?: unknown, message?: string) {
    super(message ?? ERRORS[code].en);
    this.name = 'ApiError';
    this.code = code;
    this.status = ERRORS[code].status;
    this.details = details;
  }
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; message_zh: string; details?: unknown };
}

export function errorBody(err: ApiError): ErrorBody {
  const entry = ERRORS[err.code];
  return {
    error: {
      code: err.code,
      message: err.message,
      message_zh: entry['zh-CN'],
      ...(err.details !== undefined ? { details: err.details } : {}),
    },
  };
}

/** Maps framework and parser errors onto the registry. Anything unknown is INTERNAL (logged, not shown). */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof MediaError) return new ApiError(err.code, err.details);
  const e = err as { code?: string; statusCode?: number; validation?: unknown; message?: string };
  if (e.validation) return new ApiError('VALIDATION_FAILED', e.validation, e.message);
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError('BAD_JSON');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
      return new ApiError('BODY_TOO_LARGE');
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new ApiError('TOO_MANY_FILES');
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
    case 'FST_NO_FORM_DATA':
      return new ApiError('VALIDATION_FAILED', undefined, 'The multipart form is malformed.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ApiError('UNSUPPORTED_MEDIA_TYPE');
  }
  if (err instanceof SyntaxError) return new ApiError('BAD_JSON');
  if (e.statusCode === 413) return new ApiError('BODY_TOO_LARGE');
  if (e.statusCode === 415) return new ApiError('UNSUPPORTED_MEDIA_TYPE');
  if (e.statusCode === 400) return new ApiError('VALIDATION_FAILED', undefined, e.message);
  return new ApiError('INTERNAL');
}

/** JSON schemas shared by route validation and the OpenAPI document. */
const locale = { type: 'string', enum: ['zh-CN', 'en'] } as const;

export const schemas = {
  createSessionBody: {
    type: 'object',
    additionalProperties: false,
    properties: { locale, title: { type: 'string', maxLength: 200 } },
  },
  updateSessionBody: {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: { locale, title: { type: 'string', maxLength: 200 } },
  },
  postMessageBody: {
    type: 'object',
    additionalProperties: false,
    required: ['text'],
    properties: {
      text: { type: 'string' },
      locale,
      /** Ask for a spoken reply where the back end can produce speech. */
      wantAudio: { type: 'boolean' },
    },
  },
  idParams: {
    type: 'object',
    required: ['id'],
    properties: { id: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' } },
  },
  exportQuery: {
    type: 'object',
    additionalProperties: false,
    properties: { format: { type: 'string', enum: ['json', 'markdown', 'md'] } },
  },
  speechBody: {
    type: 'object',
    additionalProperties: false,
    required: ['text', 'locale'],
    properties: {
      text: { type: 'string', minLength: 1, maxLength: 4000 },
      locale,
      voice: { type: 'string', maxLength: 64 },
    },
  },
  attachmentParams: {
    type: 'object',
    required: ['id', 'attachmentId'],
    properties: {
      id: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' },
      attachmentId: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' },
    },
  },
  hotlineQuery: {
    type: 'object',
    additionalProperties: false,
    properties: { region: { type: 'string', maxLength: 8 }, locale },
  },
} as const;

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
  hotlineQuery: {
    type: 'object',
    additionalProperties: false,
    properties: { region: { type: 'string', maxLength: 8 }, locale },
  },
} as const;

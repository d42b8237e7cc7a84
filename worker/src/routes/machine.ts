// Machine routes, authenticated by an organisation API key (`Authorization: Bearer <key>`).
//   /api/machine/whoami            (platform)
//   /api/v1/returns/:periodId…     the organisation's quarterly returns (`v1`, mounted at /api/v1)
//   /api/v1/openapi.json           OpenAPI 3.1 description of the v1 API (public)
import { Hono } from 'hono';
import { z } from 'zod';
import { currentDataset } from '../../../content/index.ts';
import type { AppEnv } from '../env.ts';
import { requireApiKey } from '../lib/auth.ts';
import { configuredOrigin } from '../lib/environment.ts';
import { draftSchema, returnDetail, submitSchema } from '../returns/service.ts';
import { postSubmit, putDraft } from './returns.ts';

const machine = new Hono<AppEnv>();
machine.use('*', requireApiKey);
machine.get('/whoami', (c) => {
  const k = c.get('apiKey')!;
  return c.json({ apiKeyId: k.id, prefix: k.prefix, orgId: k.orgId });
});
export default machine;

// ------------------------------------------------------------------ /api/v1
export const v1 = new Hono<AppEnv>();
// Servers from the configured origin, never the request's Host (relative while it is not set).
v1.get('/openapi.json', (c) => c.json(openApi(configuredOrigin(c.env) ?? '')));
v1.use('/returns/*', requireApiKey);
const orgOf = (c: { get(k: 'apiKey'): AppEnv['Variables']['apiKey'] }) => c.get('apiKey')!.orgId;
v1.get('/returns/:periodId', async (c) => c.json(await returnDetail(c, orgOf(c), c.req.param('periodId'))));
v1.put('/returns/:periodId/draft', (c) => putDraft(c, orgOf(c), c.req.param('periodId'), 'api'));
v1.post('/returns/:periodId/submit', (c) => postSubmit(c, orgOf(c), c.req.param('periodId')));

// ------------------------------------------------------------------ OpenAPI 3.1
const schemaOf = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;

export function openApi(origin: string) {
  const err = { $ref: '#/components/schemas/Error' };
  const errResp = (description: string) => ({ description, content: { 'application/json': { schema: err } } });
  const periodParam = {
    name: 'periodId',
    in: 'path',
    required: true,
    description: 'Reporting period, e.g. 2025-26-q1 (April–June 2025).',
    schema: { type: 'string', pattern: '^\\d{4}-\\d{2}-q[1-4]$' },
  };
  const issues = {
    type: 'object',
    properties: {
      errors: { type: 'array', items: { $ref: '#/components/schemas/Issue' } },
      warnings: { type: 'array', items: { $ref: '#/components/schemas/Issue' } },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Social Prescribing Framework Hub: core dataset returns API / API ffurflenni’r set ddata graidd',
      version: '1',
      description:
        'Quarterly core dataset returns for one organisation, authenticated by the organisation’s API key. Save a draft (optimistic concurrency with `rev`), then submit it with a declaration and an `Idempotency-Key`. Messages come in Welsh or English (`Accept-Language` or `?lang=cy|en`). / Ffurflenni chwarterol y set ddata graidd ar gyfer un sefydliad, gydag allwedd API y sefydliad.',
    },
    servers: [{ url: `${origin}/api/v1` }],
    security: [{ apiKey: [] }],
    components: {
      securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'Organisation API key, issued by the national team.' } },
      schemas: {
        Draft: schemaOf(draftSchema(currentDataset)),
        Submit: schemaOf(submitSchema),
        Issue: {
          type: 'object',
          required: ['severity', 'code', 'field', 'message'],
          properties: {
            severity: { enum: ['error', 'warning'] },
            code: { type: 'string' },
            field: { type: 'string' },
            related: { type: 'array', items: { type: 'string' } },
            message: { type: 'object', properties: { cy: { type: 'string' }, en: { type: 'string' } } },
          },
        },
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message', 'requestId'],
              properties: {
                code: {
                  type: 'string',
                  examples: [
                    'period-locked',
                    'draft-conflict',
                    'return-invalid',
                    'explanation-required',
                    'amendment-reason-required',
                    'already-submitted',
                    'no-changes',
                    'validation',
                  ],
                },
                message: { type: 'string' },
                fields: {
                  type: 'array',
                  items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } },
                },
                requestId: { type: 'string' },
              },
            },
            draft: { description: 'On 409 draft-conflict: the current draft (merge your changes into it and save with its rev).' },
            yours: { description: 'On 409 draft-conflict: the values you sent.' },
            issues,
          },
        },
      },
    },
    paths: {
      '/returns/{periodId}': {
        get: {
          summary: 'The return for a period: status, draft, versions and issues',
          parameters: [periodParam],
          responses: { 200: { description: 'The return' }, 401: errResp('No or invalid API key'), 404: errResp('No such period') },
        },
      },
      '/returns/{periodId}/draft': {
        put: {
          summary: 'Save the draft (rev = the draft revision you started from; 0 for a new draft)',
          parameters: [periodParam],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Draft' } } } },
          responses: {
            200: {
              description: 'Saved',
              content: { 'application/json': { schema: { type: 'object', properties: { rev: { type: 'integer' }, issues } } } },
            },
            400: errResp('Malformed body or a value that is not a number'),
            409: errResp('draft-conflict: the draft changed since rev'),
            413: errResp('Body over 256 kB'),
            423: errResp('period-locked'),
          },
        },
      },
      '/returns/{periodId}/submit': {
        post: {
          summary: 'Submit the draft as a new, immutable version',
          parameters: [
            periodParam,
            { name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', minLength: 8, maxLength: 128 } },
          ],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Submit' } } } },
          responses: {
            201: {
              description: 'Submitted (a retry with the same Idempotency-Key returns the same body)',
              content: {
                'application/json': {
                  schema: { type: 'object', properties: { version: { type: 'integer' }, reference: { type: 'string' } } },
                },
              },
            },
            409: errResp('draft-conflict, or already-submitted (this draft revision was submitted already)'),
            422: errResp(
              'return-invalid, explanation-required, amendment-reason-required, no-changes (same as the latest version) or no-draft',
            ),
            423: errResp('period-locked'),
          },
        },
      },
    },
  };
}

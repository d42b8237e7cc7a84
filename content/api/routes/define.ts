// Building blocks of route definitions: request bodies, success responses and the error
// responses a route can give, all described by zod schemas.
import { z } from '@hono/zod-openapi';
import { ErrorBody as ErrorSchema } from '../schemas/errors.ts';

export { createRoute } from '@hono/zod-openapi';

/** The one error shape, named in the OpenAPI document. */
export const ErrorBody = ErrorSchema.openapi('Error');

/** What each error status means across the API (a route may say more). */
const ERROR_MEANING = {
  400: 'validation (with `fields`, each message in the caller’s language), invalid-json, or another refusal of the input',
  401: 'unauthenticated (no session), or api-key-invalid',
  403: 'forbidden, or csrf (a write from another site, or a cookie session without X-CSRF-Token)',
  404: 'not-found',
  409: 'conflict: it exists already or changed since it was read',
  410: 'gone: the link has expired or been revoked',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'the input is well formed but cannot be accepted as it stands',
  423: 'period-locked',
  429: 'rate-limited (wait for the Retry-After seconds)',
  503: 'email-unavailable: the service cannot send email until it is configured',
} as const;
export type ErrorStatus = keyof typeof ERROR_MEANING;

type ErrorResponse = { description: string; content: { 'application/json': { schema: typeof ErrorBody } } };

/** An error response with its own description. */
export const error = (description: string): ErrorResponse => ({ description, content: { 'application/json': { schema: ErrorBody } } });

/** Error responses with their usual meaning, e.g. `...errors(400, 401)`. */
export function errors<const S extends ErrorStatus>(...statuses: S[]): { [K in S]: ErrorResponse } {
  return Object.fromEntries(statuses.map((s) => [s, error(ERROR_MEANING[s])])) as { [K in S]: ErrorResponse };
}

/** The refusals every JSON body can get. */
export const BODY_ERRORS = [400, 413, 415] as const;
/** What every signed-in write can also get. */
export const WRITE_ERRORS = [403, 429] as const;

/** A required JSON request body. */
export const jsonBody = <T extends z.ZodType>(schema: T, description?: string) => ({
  required: true,
  ...(description ? { description } : {}),
  content: { 'application/json': { schema } },
});

/** A JSON success response. */
export const ok = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

/** A CSV download (UTF-8 with a byte-order mark, CRLF line ends). */
export const csvFile = (description: string) => ({
  description,
  headers: z.object({ 'Content-Disposition': z.string() }),
  content: { 'text/csv': { schema: z.string() } },
});

/** No body. */
export const empty = (description: string) => ({ description });

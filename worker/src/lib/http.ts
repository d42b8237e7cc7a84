// The one JSON error shape and its renderer, the caller's language, and the checks of request bodies.
//   { "error": { "code", "message", "fields"?: [{ "field", "message" }], "requestId" } }
import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { ERROR_MESSAGES, type ErrorCode, type ErrorExtras, type FieldError } from '../../../content/api/schemas/errors.ts';
import { t } from '../../../content/i18n.ts';
import type { Lang } from '../../../content/schema.ts';
import type { StringKey } from '../../../content/ui/strings.ts';
import type { AppEnv } from '../env.ts';

export type { ErrorCode, FieldError } from '../../../content/api/schemas/errors.ts';

/** Language from ?lang=, then Accept-Language, else Welsh. (A signed-in user's preference overrides it later.) */
export function requestLang(req: Request): Lang {
  // Most requests have no query: parse one only when there is (every request asks this).
  const at = req.url.indexOf('?');
  const q = at < 0 ? null : new URLSearchParams(req.url.slice(at + 1)).get('lang');
  if (q === 'cy' || q === 'en') return q;
  const al = req.headers.get('Accept-Language');
  if (al) {
    const ranked = al
      .split(',')
      .map((part, i) => {
        const [tag = '', ...params] = part.trim().split(';');
        const qp = params.find((p) => p.trim().startsWith('q='));
        return { tag: tag.toLowerCase(), q: qp ? Number(qp.trim().slice(2)) || 0 : 1, i };
      })
      .sort((a, b) => b.q - a.q || a.i - b.i);
    for (const r of ranked) {
      if (r.q <= 0) continue;
      if (r.tag === 'cy' || r.tag.startsWith('cy-')) return 'cy';
      if (r.tag === 'en' || r.tag.startsWith('en-')) return 'en';
    }
  }
  return 'cy';
}

/** Thrown anywhere (handlers, commands, middleware); app.onError renders it with `errorResponse`. */
export class ApiError extends Error {
  /** Top-level members beside `error` that help the caller recover (see ErrorExtras). */
  extras: ErrorExtras = {};
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    readonly vars: Record<string, string | number> = {},
    readonly fields?: { field: string; key: StringKey; vars?: Record<string, string | number> }[],
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
  }
  /** `throw new ApiError(409, 'draft-conflict').with({ draft, yours })` */
  with(extras: ErrorExtras): this {
    this.extras = { ...this.extras, ...extras };
    return this;
  }
}

export function errorBody(c: Context<AppEnv>, code: ErrorCode, vars: Record<string, string | number> = {}, fields?: FieldError[]) {
  const lang = c.get('lang') ?? 'cy';
  return {
    error: { code, message: t(lang, ERROR_MESSAGES[code], vars), ...(fields ? { fields } : {}), requestId: c.get('requestId') ?? '' },
  };
}

export function apiError(
  c: Context<AppEnv>,
  status: ContentfulStatusCode,
  code: ErrorCode,
  vars: Record<string, string | number> = {},
  fields?: FieldError[],
) {
  return c.json(errorBody(c, code, vars, fields), status);
}

/** The one renderer of errors: the shape above in the caller's language, plus any extras. */
export function errorResponse(c: Context<AppEnv>, e: ApiError) {
  const lang = c.get('lang') ?? 'cy';
  const fields = e.fields?.map((f) => ({ field: f.field, message: t(lang, f.key, f.vars) }));
  for (const [k, v] of Object.entries(e.headers)) c.header(k, v);
  return c.json({ ...errorBody(c, e.code, e.vars, fields), ...e.extras }, e.status);
}

/** Custom zod issues may name a UI string: `ctx.addIssue({ code: 'custom', params: { i18n: 'error.field.region' } })`. */
function issueToField(issue: z.core.$ZodIssue): { field: string; key: StringKey; vars?: Record<string, string | number> } {
  const field = issue.path.map(String).join('.') || '(body)';
  switch (issue.code) {
    case 'invalid_type':
      return { field, key: issue.input === undefined ? 'error.field.required' : 'error.field.invalidType' };
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string')
        return { field, key: minimum <= 1 ? 'error.field.required' : 'error.field.tooShort', vars: { minimum } };
      if (issue.origin === 'array' || issue.origin === 'set') return { field, key: 'error.field.tooFewItems', vars: { minimum } };
      return { field, key: 'error.field.tooSmall', vars: { minimum } };
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return { field, key: 'error.field.tooLong', vars: { maximum } };
      if (issue.origin === 'array' || issue.origin === 'set') return { field, key: 'error.field.tooManyItems', vars: { maximum } };
      return { field, key: 'error.field.tooBig', vars: { maximum } };
    }
    case 'invalid_format':
      return { field, key: issue.format === 'email' ? 'error.field.email' : 'error.field.format' };
    case 'invalid_value':
      return { field, key: 'error.field.choice' };
    case 'unrecognized_keys':
      return {
        field: [...issue.path.map(String), issue.keys[0] ?? ''].filter(Boolean).join('.') || '(body)',
        key: 'error.field.unknownKey',
      };
    case 'custom': {
      const k = (issue.params as { i18n?: StringKey } | undefined)?.i18n;
      return { field, key: k ?? 'error.field.invalid' };
    }
    default:
      return { field, key: 'error.field.invalid' };
  }
}

export function validationError(error: z.ZodError): ApiError {
  const seen = new Set<string>();
  const fields = error.issues.map(issueToField).filter((f) => (seen.has(f.field) ? false : (seen.add(f.field), true)));
  return new ApiError(400, 'validation', {}, fields);
}

export const DEFAULT_MAX_BODY = 16 * 1024;

// Decoding without `stream` keeps no state between calls: one decoder serves every request.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Transport checks of a JSON body, before the contract's validator reads it: 415 unless
 * application/json, 413 over `maxBytes`, 400 'invalid-json' unless it is UTF-8 JSON.
 */
export function jsonTransport(maxBytes = DEFAULT_MAX_BODY): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const ct = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (ct !== 'application/json') throw new ApiError(415, 'unsupported-media-type', { type: 'application/json' });
    const declared = Number(c.req.header('Content-Length') ?? '0');
    if (declared > maxBytes) throw new ApiError(413, 'payload-too-large', { max: maxBytes });
    // HonoRequest caches the bytes, so the validator reads the same body after this.
    const buf = await c.req.arrayBuffer();
    if (buf.byteLength > maxBytes) throw new ApiError(413, 'payload-too-large', { max: maxBytes });
    let parsed: unknown;
    try {
      parsed = JSON.parse(utf8.decode(buf));
    } catch {
      throw new ApiError(400, 'invalid-json');
    }
    // Parsed once: the validator's c.req.json() takes this rather than decoding the bytes again.
    c.req.bodyCache.json = Promise.resolve(parsed);
    return next();
  };
}

/** Hono's validator hook for every contract route: a refusal is 400 'validation' with bilingual field messages. */
export function validationHook(result: { success: true } | { success: false; error: z.ZodError }): undefined {
  if (!result.success) throw validationError(result.error);
  return undefined;
}

/** Validate route parameters or query strings the same way. */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const r = schema.safeParse(value);
  if (!r.success) throw validationError(r.error);
  return r.data;
}

/** For write routes that take no body: any body is refused (413 if over the limit, else 400). */
export const noBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (Number(c.req.header('Content-Length') ?? '0') > DEFAULT_MAX_BODY)
    throw new ApiError(413, 'payload-too-large', { max: DEFAULT_MAX_BODY });
  const buf = await c.req.raw.arrayBuffer();
  if (buf.byteLength > DEFAULT_MAX_BODY) throw new ApiError(413, 'payload-too-large', { max: DEFAULT_MAX_BODY });
  if (buf.byteLength > 0) throw new ApiError(400, 'validation', {}, [{ field: '(body)', key: 'error.field.unknownKey' }]);
  return next();
};

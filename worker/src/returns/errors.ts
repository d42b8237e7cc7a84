// Errors of the returns API. Same shape as the platform's ApiError
//   { "error": { "code", "message", "fields"?, "requestId" }, ...extra }
// with the message from `error.returns.<code>` in content/ui/strings.ts; extra top-level
// members carry what the caller needs to recover (the current draft on a conflict, CSV
// problems, validation issues).
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { t } from '../../../content/i18n.ts';
import type { StringKey } from '../../../content/ui/strings.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../lib/http.ts';

export type ReturnsErrorCode =
  | 'period-locked'
  | 'draft-conflict'
  | 'csv-invalid'
  | 'return-invalid'
  | 'explanation-required'
  | 'amendment-reason-required'
  | 'already-reviewed'
  | 'period-exists'
  | 'period-not-found'
  | 'idempotency-key-required'
  | 'no-draft'
  | 'already-submitted'
  | 'no-changes'
  | 'own-return';

export class ReturnsError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ReturnsErrorCode,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

export function renderReturnsError(c: Context<AppEnv>, e: ReturnsError) {
  const lang = c.get('lang') ?? 'cy';
  return c.json(
    { error: { code: e.code, message: t(lang, `error.returns.${e.code}` as StringKey), requestId: c.get('requestId') ?? '' }, ...e.extra },
    e.status,
  );
}

/** Turns the database's refusals (triggers, unique indexes) into API errors; rethrows anything else. */
export function dbRefusal(err: unknown): ReturnsError | ApiError | null {
  const msg = String(err instanceof Error ? `${err.message} ${(err as { cause?: unknown }).cause ?? ''}` : err);
  if (msg.includes('period-locked')) return new ReturnsError(423, 'period-locked');
  if (msg.includes('draft-conflict')) return new ReturnsError(409, 'draft-conflict');
  if (msg.includes('no-changes')) return new ReturnsError(422, 'no-changes');
  if (msg.includes('own-return')) return new ReturnsError(403, 'own-return');
  if (msg.includes('org-archived')) return new ApiError(409, 'org-archived');
  // A second version from one draft revision (return_versions_draft_rev_uq).
  if (msg.includes('UNIQUE constraint failed') && msg.includes('draft_rev')) return new ReturnsError(409, 'already-submitted');
  if (msg.includes('UNIQUE constraint failed')) return new ApiError(409, 'conflict');
  return null;
}

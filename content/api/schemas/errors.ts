// The one error shape of the API, shared by the Worker (which renders it) and the pages
// (which read it):
//   { "error": { "code", "message", "fields"?: [{ "field", "message" }], "requestId" }, ...extras }
// Extras are top-level members that help the caller recover: the current draft on a
// conflict, CSV problems, validation issues, the existing period.
import { z } from 'zod';
import type { StringKey } from '../../ui/strings.ts';
import { Period, ReturnDraft, ReturnIssues, ReturnValues } from './returns.ts';

/** Every error code, with the UI string that gives its message in the caller's language. */
export const ERROR_MESSAGES = {
  unauthenticated: 'error.unauthenticated',
  forbidden: 'error.forbidden',
  'not-found': 'error.notFound',
  validation: 'error.validation',
  'invalid-json': 'error.invalidJson',
  'unsupported-media-type': 'error.unsupportedMediaType',
  'payload-too-large': 'error.payloadTooLarge',
  'rate-limited': 'error.rateLimited',
  csrf: 'error.csrf',
  internal: 'error.internal',
  'token-invalid': 'error.tokenInvalid',
  conflict: 'error.conflict',
  'api-key-invalid': 'error.apiKey',
  gone: 'error.assess.gone',
  'org-archived': 'error.orgArchived',
  'email-unavailable': 'error.emailUnavailable',
  // quarterly returns
  'period-locked': 'error.returns.period-locked',
  'draft-conflict': 'error.returns.draft-conflict',
  'csv-invalid': 'error.returns.csv-invalid',
  'return-invalid': 'error.returns.return-invalid',
  'explanation-required': 'error.returns.explanation-required',
  'amendment-reason-required': 'error.returns.amendment-reason-required',
  'already-reviewed': 'error.returns.already-reviewed',
  'period-exists': 'error.returns.period-exists',
  'period-not-found': 'error.returns.period-not-found',
  'idempotency-key-required': 'error.returns.idempotency-key-required',
  'no-draft': 'error.returns.no-draft',
  'already-submitted': 'error.returns.already-submitted',
  'no-changes': 'error.returns.no-changes',
  'own-return': 'error.returns.own-return',
  'flag-open': 'error.returns.flag-open',
  'flag-not-open': 'error.returns.flag-not-open',
  // community assets
  'asset-archived': 'error.assets.asset-archived',
  'draft-exists': 'error.assets.draft-exists',
  'assessment-incomplete': 'error.assets.assessment-incomplete',
  'not-submitted': 'error.assets.not-submitted',
  'last-member': 'error.assets.last-member',
  'own-asset': 'error.assets.own-asset',
} as const satisfies Record<string, StringKey>;
export type ErrorCode = keyof typeof ERROR_MESSAGES;
export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as [ErrorCode, ...ErrorCode[]];

export const FieldError = z.object({ field: z.string(), message: z.string() });
export type FieldError = z.infer<typeof FieldError>;

/** What a caller needs to recover from some errors, beside `error`. */
export const ErrorExtras = z.object({
  /** draft-conflict: the draft as it is now (merge your changes into it and save with its rev). */
  draft: ReturnDraft.optional(),
  /** draft-conflict: the values and explanations you sent. */
  yours: z.object({ values: ReturnValues, explanations: z.record(z.string(), z.string()) }).optional(),
  /** return-invalid, explanation-required: every error and warning. */
  issues: ReturnIssues.optional(),
  /** explanation-required: the fields whose warning has no explanation. */
  missing: z.array(z.string()).optional(),
  /** csv-invalid: each problem, in the caller's language. */
  problems: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })).optional(),
  /** period-exists: the period that exists. */
  period: Period.optional(),
});
export type ErrorExtras = z.infer<typeof ErrorExtras>;

export const ErrorBody = ErrorExtras.extend({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    fields: z.array(FieldError).optional(),
    requestId: z.string(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

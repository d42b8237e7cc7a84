// Route definitions of the quarterly core dataset returns: reporting periods, an
// organisation's returns (web), the machine API (/api/v1, organisation API keys), the
// national team's views, and the public open data.
import { z } from 'zod';
import { LangQuery } from '../schemas/common.ts';
import * as N from '../schemas/national.ts';
import { OrgParams } from '../schemas/platform.ts';
import * as R from '../schemas/returns.ts';
import { BODY_ERRORS, createRoute, csvFile, error, errors, jsonBody, ok, WRITE_ERRORS } from './define.ts';

const Period = R.Period.openapi('Period');
const Issues = R.ReturnIssues.openapi('Issues');
const Draft = R.DraftBody.openapi('Draft');
const Submit = R.SubmitBody.openapi('Submit');
const ReturnDetail = R.ReturnDetail.openapi('Return');
const DraftSaved = R.DraftSaved.extend({ issues: Issues });

const ReturnParams = z.object({ orgId: z.string(), periodId: R.PeriodParam });
const V1Params = z.object({ periodId: R.PeriodParam });
const MAX = { 'x-max-body-bytes': R.MAX_DRAFT_BYTES };

const draftResponses = {
  200: ok(DraftSaved, 'Saved: the new rev, and every error and warning of the draft'),
  ...errors(...BODY_ERRORS, 401, ...WRITE_ERRORS, 404),
  400: error('validation (a value that is not a number: `fields[].field` = "values.<key>"), invalid-json'),
  404: error('period-not-found, or not-found (organisation)'),
  409: error('draft-conflict: the draft changed since `rev`; `draft` is the current draft and `yours` what you sent'),
  413: error('payload-too-large (over 256 kB)'),
  423: error('period-locked'),
};
const submitResponses = {
  201: ok(R.Submitted, 'Submitted as a new, immutable version (the same Idempotency-Key again gives the same answer)'),
  ...errors(...BODY_ERRORS, 401, ...WRITE_ERRORS),
  400: error('idempotency-key-required, validation or invalid-json'),
  404: error('period-not-found, or not-found (organisation)'),
  409: error('draft-conflict: `rev` is not the draft’s current revision'),
  422: error(
    'no-draft; return-invalid (with `issues`); explanation-required (with `issues` and `missing`); amendment-reason-required (an accepted return is being amended)',
  ),
  423: error('period-locked'),
};

// ------------------------------------------------------------------ reporting periods
export const periodsList = createRoute({
  method: 'get',
  path: '/api/periods',
  tags: ['periods'],
  summary: 'Every reporting period, newest first',
  responses: { 200: ok(z.object({ periods: z.array(Period) }), 'The periods') },
});

export const periodCreate = createRoute({
  method: 'post',
  path: '/api/periods',
  tags: ['periods'],
  summary: 'Open a reporting period (admin); default dates: the day after the quarter, due on its 20th working day',
  request: { body: jsonBody(R.CreatePeriodBody) },
  responses: {
    201: ok(Period, 'Opened'),
    ...errors(...BODY_ERRORS, 401, ...WRITE_ERRORS),
    409: error('period-exists (with `period`)'),
  },
});

const lockResponses = {
  200: ok(Period, 'The period'),
  ...errors(400, 401, 413, ...WRITE_ERRORS),
  404: error('period-not-found'),
};
export const periodLock = createRoute({
  method: 'post',
  path: '/api/periods/{id}/lock',
  tags: ['periods'],
  summary: 'Lock a period (admin): no more changes; the first lock publishes its open data',
  request: { params: z.object({ id: z.string() }) },
  responses: lockResponses,
});
export const periodUnlock = createRoute({
  method: 'post',
  path: '/api/periods/{id}/unlock',
  tags: ['periods'],
  summary: 'Unlock a period (admin)',
  request: { params: z.object({ id: z.string() }) },
  responses: lockResponses,
});

// ------------------------------------------------------------------ an organisation's returns
export const orgReturns = createRoute({
  method: 'get',
  path: '/api/orgs/{orgId}/returns',
  tags: ['returns'],
  summary: 'Every period with the status of the organisation’s return',
  request: { params: OrgParams },
  responses: { 200: ok(R.OrgReturns, 'The returns'), ...errors(401, 403, 404) },
});

export const returnRead = createRoute({
  method: 'get',
  path: '/api/orgs/{orgId}/returns/{periodId}',
  tags: ['returns'],
  summary: 'One return: status, draft, versions and issues',
  request: { params: ReturnParams },
  responses: { 200: ok(ReturnDetail, 'The return'), ...errors(401, 403), 404: error('period-not-found, or not-found') },
});

export const draftSave = createRoute({
  method: 'put',
  path: '/api/orgs/{orgId}/returns/{periodId}/draft',
  tags: ['returns'],
  summary: 'Save the draft (rev = the revision you started from; 0 for a new draft)',
  ...MAX,
  request: { params: ReturnParams, body: jsonBody(Draft) },
  responses: { ...draftResponses, ...errors(403) },
});

export const noteAdd = createRoute({
  method: 'post',
  path: '/api/orgs/{orgId}/returns/{periodId}/notes',
  tags: ['returns'],
  summary: 'Comment on a value, or raise or clear a follow-up flag on it with a comment (members, and the national team)',
  request: { params: ReturnParams, body: jsonBody(R.NoteBody) },
  responses: {
    201: ok(R.NoteAdded, 'Added (notes are never changed or removed)'),
    ...errors(...BODY_ERRORS, 401, ...WRITE_ERRORS),
    400: error('validation (an empty or too long comment, or a field the return does not have), invalid-json'),
    404: error('period-not-found, or not-found (organisation, or no return yet)'),
    409: error('flag-open (the value is flagged already), flag-not-open (no open flag to clear)'),
    423: error('period-locked'),
  },
});

export const returnValidate = createRoute({
  method: 'post',
  path: '/api/orgs/{orgId}/returns/{periodId}/validate',
  tags: ['returns'],
  summary: 'Check values as on submission (required fields too) without saving them',
  ...MAX,
  request: { params: ReturnParams, body: jsonBody(R.ValidateBody) },
  responses: {
    200: ok(R.Validated, 'Every error and warning, and the warnings without an explanation'),
    ...errors(...BODY_ERRORS, 401, ...WRITE_ERRORS),
    404: error('period-not-found'),
  },
});

export const returnTemplate = createRoute({
  method: 'get',
  path: '/api/orgs/{orgId}/returns/{periodId}/template.csv',
  tags: ['returns'],
  summary: 'The bilingual CSV template, filled in with the draft',
  request: { params: ReturnParams, query: LangQuery },
  responses: { 200: csvFile('The template'), ...errors(400, 401, 403), 404: error('period-not-found') },
});

export const returnCsv = createRoute({
  method: 'post',
  path: '/api/orgs/{orgId}/returns/{periodId}/csv',
  tags: ['returns'],
  summary: 'Upload the CSV template: it replaces the draft (values and explanations)',
  'x-max-body-bytes': R.MAX_CSV_BYTES,
  request: {
    params: ReturnParams,
    headers: z.object({ 'X-Draft-Rev': z.string().optional().describe('The draft revision the file was made from (0 for none)') }),
    body: { required: true, content: { 'text/csv': { schema: z.string() } } },
  },
  responses: {
    ...draftResponses,
    ...errors(403),
    415: error('unsupported-media-type: send text/csv (or text/plain)'),
    422: error('csv-invalid: `problems` lists each, in the caller’s language; nothing is saved'),
  },
});

export const returnSubmit = createRoute({
  method: 'post',
  path: '/api/orgs/{orgId}/returns/{periodId}/submit',
  tags: ['returns'],
  summary: 'Submit the draft with a declaration',
  request: { params: ReturnParams, headers: R.SubmitHeaders, body: jsonBody(Submit) },
  responses: { ...submitResponses, ...errors(403) },
});

export const returnVersion = createRoute({
  method: 'get',
  path: '/api/orgs/{orgId}/returns/{periodId}/versions/{version}',
  tags: ['returns'],
  summary: 'One submitted version with its values',
  request: { params: ReturnParams.extend({ version: R.VersionNumber }) },
  responses: { 200: ok(R.VersionDetail, 'The version'), ...errors(400, 401, 403), 404: error('period-not-found, or not-found') },
});

export const returnDiff = createRoute({
  method: 'get',
  path: '/api/orgs/{orgId}/returns/{periodId}/diff',
  tags: ['returns'],
  summary: 'What changed between two versions',
  request: { params: ReturnParams, query: z.object({ from: R.VersionNumber, to: R.VersionNumber }) },
  responses: { 200: ok(R.VersionDiff, 'The changes'), ...errors(400, 401, 403), 404: error('period-not-found, or not-found') },
});

// ------------------------------------------------------------------ machine API (/api/v1): the key's own organisation
const v1 = { tags: ['v1'], security: [{ apiKey: [] }] };

export const v1ReturnRead = createRoute({
  ...v1,
  method: 'get',
  path: '/api/v1/returns/{periodId}',
  summary: 'The return for a period: status, draft, versions and issues',
  request: { params: V1Params },
  responses: { 200: ok(ReturnDetail, 'The return'), ...errors(401), 404: error('period-not-found') },
});

export const v1DraftSave = createRoute({
  ...v1,
  method: 'put',
  path: '/api/v1/returns/{periodId}/draft',
  summary: 'Save the draft (rev = the draft revision you started from; 0 for a new draft)',
  ...MAX,
  request: { params: V1Params, body: jsonBody(Draft) },
  responses: draftResponses,
});

export const v1Submit = createRoute({
  ...v1,
  method: 'post',
  path: '/api/v1/returns/{periodId}/submit',
  summary: 'Submit the draft as a new, immutable version',
  request: { params: V1Params, headers: R.SubmitHeaders, body: jsonBody(Submit) },
  responses: submitResponses,
});

export const v1OpenApi = createRoute({
  method: 'get',
  path: '/api/v1/openapi.json',
  tags: ['v1'],
  summary: 'This document: OpenAPI 3.1 of the machine API',
  responses: { 200: ok(z.record(z.string(), z.unknown()), 'The OpenAPI document') },
});

export const apiOpenApi = createRoute({
  method: 'get',
  path: '/api/openapi.json',
  tags: ['platform'],
  summary: 'OpenAPI 3.1 of the whole API the hub’s pages use',
  responses: { 200: ok(z.record(z.string(), z.unknown()), 'The OpenAPI document') },
});

// ------------------------------------------------------------------ national team (analyst)
export const nationalReturns = createRoute({
  method: 'get',
  path: '/api/national/returns',
  tags: ['national'],
  summary: 'Every active organisation × period (or one period), optionally of one status: one page (keyset, `next`)',
  request: { query: N.NationalReturnsQuery },
  responses: { 200: ok(N.NationalReturns, 'The returns'), ...errors(400, 401, 403), 404: error('period-not-found') },
});

export const nationalReview = createRoute({
  method: 'post',
  path: '/api/national/returns/{orgId}/{periodId}/review',
  tags: ['national'],
  summary: 'Accept the latest version, or return it for amendment with a comment',
  request: { params: N.ReviewParams, body: jsonBody(R.ReviewBody) },
  responses: {
    201: ok(R.Reviewed, 'Reviewed; the submitters are emailed'),
    ...errors(...BODY_ERRORS, 401, ...WRITE_ERRORS),
    404: error('period-not-found, or not-found (organisation or version)'),
    409: error('already-reviewed: reviewed already, or not the latest version'),
    423: error('period-locked'),
  },
});

export const nationalCompleteness = createRoute({
  method: 'get',
  path: '/api/national/completeness',
  tags: ['national'],
  summary: 'Submitted / late / missing for one period: the counts, and a page of organisations with their contacts',
  request: { query: N.CompletenessQuery },
  responses: { 200: ok(N.Completeness, 'Completeness'), ...errors(400, 401, 403), 404: error('period-not-found') },
});

export const nationalCompletenessCsv = createRoute({
  method: 'get',
  path: '/api/national/completeness.csv',
  tags: ['national'],
  summary: 'Completeness as CSV (?only=missing: not started or draft)',
  request: { query: N.CompletenessCsvQuery },
  responses: { 200: csvFile('Completeness'), ...errors(400, 401, 403), 404: error('period-not-found') },
});

export const nationalCompletenessMatrix = createRoute({
  method: 'get',
  path: '/api/national/completeness/matrix',
  tags: ['national'],
  summary: 'Each organisation’s status over several quarters, a page of organisations at a time',
  request: { query: N.CompletenessMatrixQuery },
  responses: { 200: ok(N.CompletenessMatrix, 'The matrix'), ...errors(400, 401, 403), 404: error('period-not-found') },
});

export const nationalTotals = createRoute({
  method: 'get',
  path: '/api/national/totals',
  tags: ['national'],
  summary: 'Sums of the count fields of accepted returns, by area, for one period',
  request: { query: N.TotalsQuery },
  responses: { 200: ok(N.Totals, 'Totals'), ...errors(400, 401, 403), 404: error('period-not-found') },
});

export const nationalSeries = createRoute({
  method: 'get',
  path: '/api/national/totals/series',
  tags: ['national'],
  summary: 'One count field by area over every period',
  request: { query: N.SeriesQuery },
  responses: { 200: ok(N.Series, 'The series'), ...errors(400, 401, 403) },
});

export const nationalTotalsCsv = createRoute({
  method: 'get',
  path: '/api/national/totals.csv',
  tags: ['national'],
  summary: 'Totals as CSV',
  request: { query: N.TotalsQuery },
  responses: { 200: csvFile('Totals'), ...errors(400, 401, 403), 404: error('period-not-found') },
});

export const nationalExportCsv = createRoute({
  method: 'get',
  path: '/api/national/export.csv',
  tags: ['national'],
  summary: 'One row per organisation, period and field (latest version)',
  request: { query: N.ExportQuery },
  responses: { 200: csvFile('The export'), ...errors(400, 401, 403), 404: error('period-not-found') },
});

// ------------------------------------------------------------------ open data (public)
const published = {
  headers: z.object({ ETag: z.string(), 'Cache-Control': z.string() }),
};
const notModified = { 304: { description: 'Not modified: the request’s If-None-Match names the ETag of the current publication' } };

export const openDataJson = createRoute({
  method: 'get',
  path: '/api/open-data/totals.json',
  tags: ['open data'],
  summary:
    'National totals by quarter and region as published (small numbers withheld, StatsWales shorthand codes): one page, optionally of one quarter or one measure',
  request: { query: N.OpenDataQuery },
  responses: { 200: { ...ok(N.OpenData, 'One page of open data'), ...published }, ...notModified, ...errors(400) },
});

export const openDataCsv = createRoute({
  method: 'get',
  path: '/api/open-data/totals.csv',
  tags: ['open data'],
  summary: 'The whole published table as CSV in one language (streamed)',
  request: { query: LangQuery },
  responses: {
    200: {
      ...csvFile('Open data'),
      headers: z.object({ 'Content-Disposition': z.string(), ETag: z.string(), 'Cache-Control': z.string() }),
    },
    ...notModified,
    ...errors(400),
  },
});

// Route definitions of saved self-assessments, supervisor links and the national skills picture.
import * as A from '../schemas/assessments.ts';
import { MAX_ASSESSMENT_BYTES, MAX_SUPERVISOR_VIEW_BYTES } from '../schemas/assessments.ts';
import { BODY_ERRORS, createRoute, empty, error, errors, jsonBody, ok, WRITE_ERRORS } from './define.ts';

const OWN = 'Only the owner: anyone else gets 404, so ids are not confirmed to exist.';
const Saved = A.SavedAssessment.openapi('SavedAssessment');

export const assessmentsList = createRoute({
  method: 'get',
  path: '/api/assessments',
  tags: ['self-assessment'],
  summary: 'The signed-in practitioner’s saved assessments, newest first',
  responses: { 200: ok(A.AssessmentList, 'Summaries (no answers)'), ...errors(401, 403) },
});

export const assessmentCreate = createRoute({
  method: 'post',
  path: '/api/assessments',
  tags: ['self-assessment'],
  summary: 'Save an assessment kept in the browser so far',
  'x-max-body-bytes': MAX_ASSESSMENT_BYTES,
  request: { body: jsonBody(A.CreateAssessmentBody) },
  responses: { 201: ok(Saved, 'Saved (rev 1)'), ...errors(...BODY_ERRORS, 401, ...WRITE_ERRORS) },
});

export const assessmentRead = createRoute({
  method: 'get',
  path: '/api/assessments/{id}',
  tags: ['self-assessment'],
  summary: 'One assessment with its supervisor links and supervisors’ views',
  description: OWN,
  request: { params: A.AssessmentParams },
  responses: { 200: ok(A.AssessmentDetail, 'The assessment'), ...errors(400, 401, 403, 404) },
});

export const assessmentSave = createRoute({
  method: 'put',
  path: '/api/assessments/{id}',
  tags: ['self-assessment'],
  summary: 'Save changes (rev = the revision you started from)',
  description: OWN,
  'x-max-body-bytes': MAX_ASSESSMENT_BYTES,
  request: { params: A.AssessmentParams, body: jsonBody(A.SaveAssessmentBody) },
  responses: {
    200: ok(Saved, 'Saved'),
    ...errors(...BODY_ERRORS, 401, ...WRITE_ERRORS, 404),
    409: error('conflict: it was saved elsewhere since `rev`'),
  },
});

export const assessmentComplete = createRoute({
  method: 'post',
  path: '/api/assessments/{id}/complete',
  tags: ['self-assessment'],
  summary: 'Mark complete; optionally add its ratings, anonymised, to the national skills picture (once)',
  description: OWN,
  request: { params: A.AssessmentParams, body: jsonBody(A.CompleteBody) },
  responses: { 200: ok(A.AssessmentSummary, 'Completed'), ...errors(...BODY_ERRORS, 401, ...WRITE_ERRORS, 404) },
});

export const assessmentDelete = createRoute({
  method: 'delete',
  path: '/api/assessments/{id}',
  tags: ['self-assessment'],
  summary: 'Delete an assessment with its links and supervisors’ views',
  description: OWN,
  request: { params: A.AssessmentParams },
  responses: { 204: empty('Deleted'), ...errors(400, 401, 413, ...WRITE_ERRORS, 404) },
});

export const shareCreate = createRoute({
  method: 'post',
  path: '/api/assessments/{id}/shares',
  tags: ['self-assessment'],
  summary: 'Make a read-only link for a supervisor; the token is in this answer only',
  description: OWN,
  request: { params: A.AssessmentParams, body: jsonBody(A.NewShareBody) },
  responses: { 201: ok(A.NewShare, 'The link'), ...errors(...BODY_ERRORS, 401, ...WRITE_ERRORS, 404) },
});

export const shareRevoke = createRoute({
  method: 'delete',
  path: '/api/assessments/{id}/shares/{shareId}',
  tags: ['self-assessment'],
  summary: 'Revoke a supervisor link',
  description: OWN,
  request: { params: A.ShareParams },
  responses: { 200: ok(A.OneShare, 'Revoked'), ...errors(400, 401, 413, ...WRITE_ERRORS, 404) },
});

export const sharedRead = createRoute({
  method: 'get',
  path: '/api/share',
  tags: ['supervisor'],
  summary: 'What the holder of a supervisor link sees (no sign-in)',
  description: 'The link’s token travels in the X-Share-Token header, never in the path (access logs record paths).',
  request: { headers: A.ShareTokenHeaders },
  responses: { 200: ok(A.SharedAssessment, 'The assessment'), ...errors(404, 410) },
});

export const sharedViewSave = createRoute({
  method: 'put',
  path: '/api/share/view',
  tags: ['supervisor'],
  summary: 'The supervisor’s own levels, kept beside the practitioner’s and never combined with them',
  'x-max-body-bytes': MAX_SUPERVISOR_VIEW_BYTES,
  request: { headers: A.ShareTokenHeaders, body: jsonBody(A.SupervisorViewBody) },
  responses: { 200: ok(A.SavedSupervisorView, 'Saved'), ...errors(...BODY_ERRORS, 403, 404, 410, 429) },
});

export const sharedLegacyLink = createRoute({
  method: 'get',
  path: '/api/share/{token}',
  tags: ['supervisor'],
  summary: 'An old link with the token in the path: redirects to the supervisor’s page with the token in the fragment',
  request: { params: A.ShareTokenParams },
  responses: { 302: { description: 'To the supervisor’s page' }, ...errors(404) },
});

export const skillsNeeds = createRoute({
  method: 'get',
  path: '/api/skills/needs',
  tags: ['national'],
  summary: 'Consented, anonymised ratings per competency and level, with every group of 1–4 withheld (analyst)',
  request: { query: A.SkillsQuery },
  responses: { 200: ok(A.SkillsNeeds, 'The picture'), ...errors(400, 401, 403, 404) },
});

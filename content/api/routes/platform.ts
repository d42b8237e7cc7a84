// Route definitions of the platform: health, sign-in, the account, organisations, the
// national team's administration, the machine identity and the local outbox.
import { z } from 'zod';
import * as A from '../schemas/assessments.ts';
import { LangCode, Message } from '../schemas/common.ts';
import * as P from '../schemas/platform.ts';
import { BODY_ERRORS, createRoute, empty, error, errors, jsonBody, ok, WRITE_ERRORS } from './define.ts';

const ADMIN_READ = [401, 403] as const;
const ADMIN_WRITE = [401, 403, 429] as const;

export const health = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['platform'],
  summary: 'Is the Worker up?',
  responses: { 200: ok(z.object({ ok: z.literal(true) }), 'Up') },
});

export const bareBench = createRoute({
  method: 'get',
  path: '/api/bench/bare',
  tags: ['platform'],
  summary: 'Benchmark baseline: a constant answer before any middleware (404 in production)',
  responses: { 200: ok(z.object({ ok: z.literal(true), bench: z.literal('bare') }), 'The constant answer'), ...errors(404) },
});

export const d1FloorBench = createRoute({
  method: 'get',
  path: '/api/bench/d1',
  tags: ['platform'],
  summary: 'Benchmark floor of a write: two trivial D1 calls, one after the other, before any middleware (404 in production)',
  responses: {
    200: ok(z.object({ ok: z.literal(true), bench: z.literal('d1') }), 'The constant answer, after the two calls'),
    ...errors(404),
  },
});

export const chooseLanguage = createRoute({
  method: 'get',
  path: '/api/lang/{lang}',
  tags: ['platform'],
  summary: 'Remember a language choice for a year (cookie) and go to that home page',
  request: { params: z.object({ lang: z.string() }) },
  responses: { 302: empty('To /cy/ or /en/'), ...errors(404) },
});

// ------------------------------------------------------------------ sign-in
export const signInRequest = createRoute({
  method: 'post',
  path: '/api/auth/request',
  tags: ['sign-in'],
  summary: 'Email a one-time sign-in link (the same answer whether or not the address has an account)',
  request: { body: jsonBody(P.SignInRequestBody) },
  responses: { 202: ok(Message, 'Link sent if the address can sign in'), ...errors(...BODY_ERRORS, 403, 429) },
});

export const signInVerify = createRoute({
  method: 'post',
  path: '/api/auth/verify',
  tags: ['sign-in'],
  summary: 'Exchange the link’s token for a session cookie',
  request: { body: jsonBody(P.VerifyBody) },
  responses: {
    200: ok(P.Session, 'Signed in; the session cookie is set'),
    ...errors(...BODY_ERRORS, 403, 429),
    400: error('token-invalid (expired or used), or a malformed body'),
  },
});

export const me = createRoute({
  method: 'get',
  path: '/api/auth/me',
  tags: ['sign-in'],
  summary: 'Who is signed in, and the CSRF token for writes',
  responses: { 200: ok(P.WhoAmI, 'The person, or nulls when nobody is signed in') },
});

export const signOut = createRoute({
  method: 'post',
  path: '/api/auth/sign-out',
  tags: ['sign-in'],
  summary: 'End this session',
  responses: { 200: ok(Message, 'Signed out'), ...errors(400, 401, 413, ...WRITE_ERRORS) },
});

export const signOutEverywhere = createRoute({
  method: 'post',
  path: '/api/auth/sign-out-everywhere',
  tags: ['sign-in'],
  summary: 'End every session of the signed-in person',
  responses: { 200: ok(Message, 'Signed out everywhere'), ...errors(400, 401, 413, ...WRITE_ERRORS) },
});

// ------------------------------------------------------------------ account
export const accountRead = createRoute({
  method: 'get',
  path: '/api/account',
  tags: ['account'],
  summary: 'The signed-in person and their organisations',
  responses: { 200: ok(P.Account, 'The account'), ...errors(401, 403) },
});

export const accountUpdate = createRoute({
  method: 'patch',
  path: '/api/account',
  tags: ['account'],
  summary: 'Change one’s name or language',
  request: { body: jsonBody(P.AccountPatchBody) },
  responses: { 200: ok(P.AccountUpdated, 'Changed'), ...errors(...BODY_ERRORS, 401, ...WRITE_ERRORS) },
});

export const accountExport = createRoute({
  method: 'get',
  path: '/api/account/export',
  tags: ['account'],
  summary: 'Everything the hub holds about the signed-in person (a JSON download)',
  responses: {
    200: ok(
      P.AccountExport.extend({
        assessments: z.array(A.SavedAssessment),
        shares: z.array(A.ShareSummary.extend({ assessmentId: z.string() })),
        supervisorViews: z.array(A.SupervisorView.extend({ shareId: z.string(), assessmentId: z.string() })),
      }),
      'The export',
    ),
    ...errors(401, 403),
  },
});

export const accountDelete = createRoute({
  method: 'delete',
  path: '/api/account',
  tags: ['account'],
  summary: 'Delete the account and everything of the person (the audit log keeps only the bare user id)',
  responses: { 204: empty('Deleted'), ...errors(400, 401, 413, ...WRITE_ERRORS) },
});

// ------------------------------------------------------------------ organisations (members, keys, national roles)
export const orgRead = createRoute({
  method: 'get',
  path: '/api/orgs/{orgId}',
  tags: ['organisations'],
  summary: 'An organisation (its members, its API keys and national roles)',
  request: { params: P.OrgParams },
  responses: { 200: ok(P.OneOrganisation, 'The organisation'), ...errors(401, 403, 404) },
});

export const orgMembers = createRoute({
  method: 'get',
  path: '/api/orgs/{orgId}/members',
  tags: ['organisations'],
  summary: 'The submitters of an organisation (people only: API keys get 403)',
  request: { params: P.OrgParams },
  responses: { 200: ok(P.Members, 'Its members'), ...errors(401, 403) },
});

// ------------------------------------------------------------------ national team: administration
export const adminOrgs = createRoute({
  method: 'get',
  path: '/api/admin/organisations',
  tags: ['admin'],
  summary: 'Every organisation, archived ones too (analyst)',
  responses: { 200: ok(z.object({ organisations: z.array(P.Organisation) }), 'The organisations'), ...errors(...ADMIN_READ) },
});

export const adminOrg = createRoute({
  method: 'get',
  path: '/api/admin/organisations/{orgId}',
  tags: ['admin'],
  summary: 'One organisation (analyst)',
  request: { params: P.OrgParams },
  responses: { 200: ok(P.OneOrganisation, 'The organisation'), ...errors(...ADMIN_READ, 400, 404) },
});

export const adminOrgCreate = createRoute({
  method: 'post',
  path: '/api/admin/organisations',
  tags: ['admin'],
  summary: 'Add an organisation (admin)',
  request: { body: jsonBody(P.OrgCreateBody) },
  responses: { 201: ok(P.OneOrganisation, 'Added'), ...errors(...BODY_ERRORS, ...ADMIN_WRITE) },
});

export const adminOrgUpdate = createRoute({
  method: 'patch',
  path: '/api/admin/organisations/{orgId}',
  tags: ['admin'],
  summary: 'Change an organisation (admin); geography is checked on the result',
  request: { params: P.OrgParams, body: jsonBody(P.OrgPatchBody) },
  responses: { 200: ok(P.OneOrganisation, 'Changed'), ...errors(...BODY_ERRORS, ...ADMIN_WRITE, 404) },
});

export const adminOrgArchive = createRoute({
  method: 'delete',
  path: '/api/admin/organisations/{orgId}',
  tags: ['admin'],
  summary: 'Archive an organisation and revoke its API keys (admin); nothing is deleted',
  request: { params: P.OrgParams },
  responses: { 200: ok(P.OneOrganisation, 'Archived (or already archived)'), ...errors(400, 413, ...ADMIN_WRITE, 404) },
});

export const adminOrgMembers = createRoute({
  method: 'get',
  path: '/api/admin/organisations/{orgId}/members',
  tags: ['admin'],
  summary: 'The submitters of an organisation (analyst)',
  request: { params: P.OrgParams },
  responses: { 200: ok(P.Members, 'Its members'), ...errors(...ADMIN_READ, 400, 404) },
});

export const adminMemberRemove = createRoute({
  method: 'delete',
  path: '/api/admin/organisations/{orgId}/members/{userId}',
  tags: ['admin'],
  summary: 'Remove a submitter from an organisation (admin)',
  request: { params: z.object({ orgId: z.string(), userId: z.string() }) },
  responses: { 204: empty('Removed'), ...errors(400, 413, ...ADMIN_WRITE, 404) },
});

export const adminUsers = createRoute({
  method: 'get',
  path: '/api/admin/users',
  tags: ['admin'],
  summary: 'Everyone who has signed in (admin)',
  responses: { 200: ok(z.object({ users: z.array(P.UserRow) }), 'The people'), ...errors(...ADMIN_READ) },
});

export const adminUserRole = createRoute({
  method: 'put',
  path: '/api/admin/users/{userId}/role',
  tags: ['admin'],
  summary: 'Give or take a national role (admin); nobody may take their own admin role away',
  request: { params: z.object({ userId: z.string() }), body: jsonBody(P.RoleChangeBody) },
  responses: { 200: ok(P.RoleChanged, 'Changed'), ...errors(...BODY_ERRORS, ...ADMIN_WRITE, 404, 409) },
});

export const adminInvitations = createRoute({
  method: 'get',
  path: '/api/admin/invitations',
  tags: ['admin'],
  summary: 'The latest 200 invitations (admin)',
  responses: { 200: ok(z.object({ invitations: z.array(P.Invitation) }), 'Invitations, newest first'), ...errors(...ADMIN_READ) },
});

export const adminInvite = createRoute({
  method: 'post',
  path: '/api/admin/invitations',
  tags: ['admin'],
  summary: 'Invite a submitter of an organisation, or a national analyst or admin, by email (admin)',
  request: { body: jsonBody(P.InviteBody) },
  responses: {
    201: ok(z.object({ invitation: P.Invitation }), 'Invited; the email is sent'),
    ...errors(...BODY_ERRORS, ...ADMIN_WRITE, 404, 409),
  },
});

export const adminInvitationRevoke = createRoute({
  method: 'delete',
  path: '/api/admin/invitations/{id}',
  tags: ['admin'],
  summary: 'Revoke a pending invitation (admin)',
  request: { params: z.object({ id: z.string() }) },
  responses: { 200: ok(z.object({ invitation: P.Invitation }), 'Revoked'), ...errors(400, 413, ...ADMIN_WRITE, 404, 409) },
});

export const adminApiKeys = createRoute({
  method: 'get',
  path: '/api/admin/organisations/{orgId}/api-keys',
  tags: ['admin'],
  summary: 'The API keys of an organisation, without the keys themselves (admin)',
  request: { params: P.OrgParams },
  responses: { 200: ok(z.object({ apiKeys: z.array(P.ApiKeyListed) }), 'Its keys'), ...errors(...ADMIN_READ, 400, 404) },
});

export const adminApiKeyCreate = createRoute({
  method: 'post',
  path: '/api/admin/organisations/{orgId}/api-keys',
  tags: ['admin'],
  summary: 'Issue an API key (admin); the key is in this answer only',
  request: { params: P.OrgParams, body: jsonBody(P.ApiKeyCreateBody) },
  responses: {
    201: ok(z.object({ apiKey: P.ApiKeyRow.extend({ key: z.string() }) }), 'Issued'),
    ...errors(...BODY_ERRORS, ...ADMIN_WRITE, 404, 409),
  },
});

export const adminApiKeyRevoke = createRoute({
  method: 'delete',
  path: '/api/admin/organisations/{orgId}/api-keys/{keyId}',
  tags: ['admin'],
  summary: 'Revoke an API key (admin)',
  request: { params: z.object({ orgId: z.string(), keyId: z.string() }) },
  responses: { 200: ok(z.object({ apiKey: P.ApiKeyRow }), 'Revoked'), ...errors(400, 413, ...ADMIN_WRITE, 404, 409) },
});

export const adminAudit = createRoute({
  method: 'get',
  path: '/api/admin/audit',
  tags: ['admin'],
  summary: 'The audit log, newest first, optionally of one kind of entity (and one entity), paged with ?before=',
  request: { query: P.AuditQuery },
  responses: { 200: ok(P.AuditPage, 'A page of entries'), ...errors(...ADMIN_READ, 400) },
});

// ------------------------------------------------------------------ machine identity, local outbox
export const machineWhoAmI = createRoute({
  method: 'get',
  path: '/api/machine/whoami',
  tags: ['machine'],
  summary: 'The organisation API key making the call',
  security: [{ apiKey: [] }],
  responses: { 200: ok(P.MachineIdentity, 'The key'), ...errors(401) },
});

export const devPublish = createRoute({
  method: 'post',
  path: '/api/dev/publish',
  tags: ['development'],
  summary:
    'Development and test only: publish the open data of every period whose figures changed without a publication, as the daily cron does (after seeding; 404 in production)',
  responses: { 200: ok(z.object({ periods: z.array(z.string()) }), 'The periods published'), ...errors(404) },
});

export const devOutbox = createRoute({
  method: 'get',
  path: '/api/dev/outbox',
  tags: ['development'],
  summary: 'Development and test only: the last 100 emails, newest first (404 in production)',
  request: { query: z.object({ to: z.string().optional(), lang: LangCode.optional() }) },
  responses: { 200: ok(z.object({ messages: z.array(P.OutboxMessage) }), 'The messages'), ...errors(404) },
});

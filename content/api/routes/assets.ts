// Route definitions of community assets (issue 16): assets and members, self-assessments,
// peer review by link, the public register by consent with its HSDS outputs, and the national
// picture. Who may call each is in worker/README.md ("Community assets").
import * as S from '../schemas/assets.ts';
import { MAX_ASSET_ASSESSMENT_BYTES, MAX_PEER_REVIEW_BYTES } from '../schemas/assets.ts';
import { BODY_ERRORS, createRoute, csvFile, error, errors, jsonBody, ok, WRITE_ERRORS } from './define.ts';

const MEMBERS = 'Members of the asset; national analysts and admins may read. Anyone else: 403.';
const ARCHIVED = error('asset-archived: the asset is archived and read-only');
const tags = ['assets'];

// ------------------------------------------------------------------ assets and members
export const assetsList = createRoute({
  method: 'get',
  path: '/api/assets',
  tags,
  summary: 'The assets the signed-in person acts for (every asset, for national analysts and admins)',
  responses: { 200: ok(S.AssetList, 'Assets, by name'), ...errors(401, 403) },
});

export const assetCreate = createRoute({
  method: 'post',
  path: '/api/assets',
  tags,
  summary: 'Create an asset; the signed-in person becomes its first member',
  request: { body: jsonBody(S.NewAssetBody) },
  responses: { 201: ok(S.Asset, 'Created (rev 1)'), ...errors(...BODY_ERRORS, 401, ...WRITE_ERRORS) },
});

export const assetRead = createRoute({
  method: 'get',
  path: '/api/assets/{assetId}',
  tags,
  summary: 'One asset',
  description: MEMBERS,
  request: { params: S.AssetParams },
  responses: { 200: ok(S.Asset, 'The asset'), ...errors(400, 401, 403, 404) },
});

export const assetUpdate = createRoute({
  method: 'patch',
  path: '/api/assets/{assetId}',
  tags,
  summary: 'Change the asset (rev = the revision you read; a stale rev is a 409, never an overwrite)',
  description: 'Members only. A published entry follows the change at once.',
  request: { params: S.AssetParams, body: jsonBody(S.AssetPatchBody) },
  responses: {
    200: ok(S.Asset, 'Changed'),
    ...errors(...BODY_ERRORS, 401, ...WRITE_ERRORS, 404),
    409: error('conflict, or asset-archived'),
  },
});

export const assetArchive = createRoute({
  method: 'post',
  path: '/api/assets/{assetId}/archive',
  tags,
  summary: 'Archive an asset (national admin): read-only from now on, and off the register',
  request: { params: S.AssetParams },
  responses: { 200: ok(S.Asset, 'Archived'), ...errors(400, 401, 413, ...WRITE_ERRORS, 404), 409: ARCHIVED },
});

export const assetRestore = createRoute({
  method: 'post',
  path: '/api/assets/{assetId}/restore',
  tags,
  summary: 'Restore an archived asset (national admin); it is not published again until a member consents',
  request: { params: S.AssetParams },
  responses: { 200: ok(S.Asset, 'Restored'), ...errors(400, 401, 413, ...WRITE_ERRORS, 404) },
});

export const assetMembers = createRoute({
  method: 'get',
  path: '/api/assets/{assetId}/members',
  tags,
  summary: 'Who acts for the asset',
  description: MEMBERS,
  request: { params: S.AssetParams },
  responses: { 200: ok(S.AssetMembers, 'Members'), ...errors(400, 401, 403, 404) },
});

export const assetMemberRemove = createRoute({
  method: 'delete',
  path: '/api/assets/{assetId}/members/{userId}',
  tags,
  summary: 'Remove a member (members and national admins); the last member cannot be removed',
  request: { params: S.AssetMemberParams },
  responses: {
    204: { description: 'Removed' },
    ...errors(400, 401, 413, ...WRITE_ERRORS, 404),
    409: error('last-member: an asset keeps at least one member, or asset-archived'),
  },
});

export const assetInvitationsList = createRoute({
  method: 'get',
  path: '/api/assets/{assetId}/invitations',
  tags,
  summary: 'Invitations to join the asset, newest first',
  description: MEMBERS,
  request: { params: S.AssetParams },
  responses: { 200: ok(S.AssetInvitations, 'Invitations'), ...errors(400, 401, 403, 404) },
});

export const assetInvite = createRoute({
  method: 'post',
  path: '/api/assets/{assetId}/invitations',
  tags,
  summary: 'Invite someone by email to act for the asset (members and national admins); accepted when they sign in',
  request: { params: S.AssetParams, body: jsonBody(S.NewAssetInvitationBody) },
  responses: {
    201: ok(S.OneAssetInvitation, 'Invited (7 days); an earlier pending invitation of the address is revoked'),
    ...errors(...BODY_ERRORS, 401, ...WRITE_ERRORS, 404, 503),
    409: ARCHIVED,
  },
});

export const assetInvitationRevoke = createRoute({
  method: 'delete',
  path: '/api/assets/{assetId}/invitations/{invitationId}',
  tags,
  summary: 'Revoke a pending invitation',
  request: { params: S.AssetInvitationParams },
  responses: {
    200: ok(S.OneAssetInvitation, 'Revoked'),
    ...errors(400, 401, 413, ...WRITE_ERRORS, 404),
    409: error('conflict: accepted or revoked already, or asset-archived'),
  },
});

// ------------------------------------------------------------------ self-assessments
export const assetAssessmentsList = createRoute({
  method: 'get',
  path: '/api/assets/{assetId}/assessments',
  tags,
  summary: 'The asset’s self-assessments, newest first (analysts see submitted ones only)',
  description: MEMBERS,
  request: { params: S.AssetParams },
  responses: { 200: ok(S.AssetAssessmentList, 'Summaries (no answers)'), ...errors(400, 401, 403, 404) },
});

export const assetAssessmentCreate = createRoute({
  method: 'post',
  path: '/api/assets/{assetId}/assessments',
  tags,
  summary: 'Start the asset’s draft (from a browser draft); one draft per asset',
  'x-max-body-bytes': MAX_ASSET_ASSESSMENT_BYTES,
  request: { params: S.AssetParams, body: jsonBody(S.NewAssetAssessmentBody) },
  responses: {
    201: ok(S.SavedAssetAssessment, 'Saved (rev 1)'),
    ...errors(...BODY_ERRORS, 401, ...WRITE_ERRORS, 404),
    409: error('draft-exists: the asset has a draft already (save into it), or asset-archived'),
  },
});

export const assetAssessmentRead = createRoute({
  method: 'get',
  path: '/api/assets/{assetId}/assessments/{id}',
  tags,
  summary: 'One self-assessment with its peer links and the reviews beside it',
  description: MEMBERS,
  request: { params: S.AssetAssessmentParams },
  responses: { 200: ok(S.AssetAssessmentDetail, 'The assessment'), ...errors(400, 401, 403, 404) },
});

export const assetAssessmentSave = createRoute({
  method: 'put',
  path: '/api/assets/{assetId}/assessments/{id}',
  tags,
  summary: 'Save the draft (rev = the revision you started from)',
  'x-max-body-bytes': MAX_ASSET_ASSESSMENT_BYTES,
  request: { params: S.AssetAssessmentParams, body: jsonBody(S.SaveAssetAssessmentBody) },
  responses: {
    200: ok(S.SavedAssetAssessment, 'Saved'),
    ...errors(...BODY_ERRORS, 401, ...WRITE_ERRORS, 404),
    409: error('draft-conflict (saved elsewhere since rev), already-submitted, or asset-archived'),
  },
});

export const assetAssessmentSubmit = createRoute({
  method: 'post',
  path: '/api/assets/{assetId}/assessments/{id}/submit',
  tags,
  summary: 'Submit the draft as it is at rev (every standard needs a level); then it never changes',
  request: { params: S.AssetAssessmentParams, body: jsonBody(S.SubmitAssetAssessmentBody) },
  responses: {
    200: ok(S.AssetAssessmentSummary, 'Submitted'),
    ...errors(...BODY_ERRORS, 401, ...WRITE_ERRORS, 404),
    409: error('draft-conflict, already-submitted, or asset-archived'),
    422: error('assessment-incomplete: a standard has no level'),
  },
});

export const assetAssessmentDelete = createRoute({
  method: 'delete',
  path: '/api/assets/{assetId}/assessments/{id}',
  tags,
  summary: 'Delete the draft (a submitted assessment is never deleted)',
  request: { params: S.AssetAssessmentParams },
  responses: {
    204: { description: 'Deleted' },
    ...errors(400, 401, 413, ...WRITE_ERRORS, 404),
    409: error('already-submitted, or asset-archived'),
  },
});

export const assetAssessmentCsv = createRoute({
  method: 'get',
  path: '/api/assets/{assetId}/assessments/{id}/export.csv',
  tags,
  summary: 'The assessment as CSV in the reader’s language, with its improvement plan',
  description: MEMBERS,
  request: { params: S.AssetAssessmentParams, query: S.HsdsLangQuery },
  responses: { 200: csvFile('CSV (BOM, CRLF)'), ...errors(400, 401, 403, 404) },
});

export const assetAssessmentJson = createRoute({
  method: 'get',
  path: '/api/assets/{assetId}/assessments/{id}/export.json',
  tags,
  summary: 'The assessment as JSON: exactly the saved record (it carries its standards version)',
  description: MEMBERS,
  request: { params: S.AssetAssessmentParams },
  responses: { 200: ok(S.AssetAssessmentData, 'The record'), ...errors(400, 401, 403, 404) },
});

export const assetAssessmentsCompare = createRoute({
  method: 'get',
  path: '/api/assets/{assetId}/compare',
  tags,
  summary: 'What moved between two of the asset’s assessments (a = earlier, b = later)',
  description: MEMBERS,
  request: { params: S.AssetParams, query: S.CompareQuery },
  responses: { 200: ok(S.AssetComparison, 'Per standard and overall'), ...errors(400, 401, 403, 404) },
});

// ------------------------------------------------------------------ peer review
export const peerInvitationCreate = createRoute({
  method: 'post',
  path: '/api/assets/{assetId}/assessments/{id}/peer-invitations',
  tags,
  summary:
    'A peer reviewer’s link to this submitted assessment; the token is in this answer only (and in the email, if an address is given)',
  request: { params: S.AssetAssessmentParams, body: jsonBody(S.NewPeerInvitationBody) },
  responses: {
    201: ok(S.NewPeerInvitation, 'The link'),
    ...errors(...BODY_ERRORS, 401, ...WRITE_ERRORS, 404, 503),
    409: error('not-submitted: only a submitted assessment is reviewed, or asset-archived'),
  },
});

export const peerInvitationRevoke = createRoute({
  method: 'post',
  path: '/api/assets/{assetId}/peer-invitations/{invitationId}/revoke',
  tags,
  summary: 'Revoke a peer reviewer’s link (once; a submitted review stays)',
  request: { params: S.PeerInvitationParams },
  responses: { 200: ok(S.OnePeerInvitation, 'Revoked'), ...errors(400, 401, 413, ...WRITE_ERRORS, 404) },
});

const TOKEN = 'The link’s token travels in the X-Peer-Token header, never in the path (access logs record paths).';
export const peerReviewRead = createRoute({
  method: 'get',
  path: '/api/peer-review',
  tags: ['peer-review'],
  summary: 'What the holder of a peer-review link sees (no sign-in): the submitted assessment and their review',
  description: TOKEN,
  request: { headers: S.PeerTokenHeaders },
  responses: { 200: ok(S.PeerReviewPage, 'The assessment'), ...errors(400, 403, 404, 410) },
});

export const peerReviewSave = createRoute({
  method: 'put',
  path: '/api/peer-review',
  tags: ['peer-review'],
  summary: 'Save the reviewer’s own levels and comments (rev 0 for the first save)',
  description: `${TOKEN} Members of the asset are refused (nobody reviews their own asset).`,
  'x-max-body-bytes': MAX_PEER_REVIEW_BYTES,
  request: { headers: S.PeerTokenHeaders, body: jsonBody(S.PeerReviewBody) },
  responses: {
    200: ok(S.SavedPeerReview, 'Saved'),
    ...errors(...BODY_ERRORS, 403, 404, 410, 429),
    409: error('draft-conflict, or already-submitted'),
  },
});

export const peerReviewSubmit = createRoute({
  method: 'post',
  path: '/api/peer-review/submit',
  tags: ['peer-review'],
  summary: 'Submit the review as it is at rev; then it never changes and the register shows “peer reviewed”',
  description: TOKEN,
  request: { headers: S.PeerTokenHeaders, body: jsonBody(S.PeerReviewSubmitBody) },
  responses: {
    200: ok(S.SavedPeerReview, 'Submitted'),
    ...errors(...BODY_ERRORS, 403, 404, 410, 429),
    409: error('draft-conflict, or already-submitted'),
  },
});

// ------------------------------------------------------------------ the register
export const registerConsent = createRoute({
  method: 'put',
  path: '/api/assets/{assetId}/register',
  tags,
  summary: 'Give consent to publish a submitted assessment on the register (or a newer one)',
  description: 'Members only: national roles never publish.',
  request: { params: S.AssetParams, body: jsonBody(S.ConsentBody) },
  responses: {
    200: ok(S.RegisterStatus, 'Published'),
    ...errors(...BODY_ERRORS, 401, ...WRITE_ERRORS, 404),
    409: error('not-submitted, or asset-archived'),
  },
});

export const registerWithdraw = createRoute({
  method: 'delete',
  path: '/api/assets/{assetId}/register',
  tags,
  summary: 'Withdraw consent: the asset leaves the register, its downloads and the HSDS API at once',
  request: { params: S.AssetParams },
  responses: { 200: ok(S.RegisterStatus, 'Withdrawn'), ...errors(400, 401, 413, ...WRITE_ERRORS, 404) },
});

export const registerStatus = createRoute({
  method: 'get',
  path: '/api/assets/{assetId}/register',
  tags,
  summary: 'The asset’s consent and what the register shows of it',
  description: MEMBERS,
  request: { params: S.AssetParams },
  responses: { 200: ok(S.RegisterStatus, 'Consent'), ...errors(400, 401, 403, 404) },
});

const PUBLIC = 'Anyone, no sign-in: published entries only.';
export const registerList = createRoute({
  method: 'get',
  path: '/api/register',
  tags: ['register'],
  summary: 'The public register: filters, Welsh-aware search over names and activity types in both languages, pages',
  description: PUBLIC,
  request: { query: S.RegisterQuery },
  responses: { 200: ok(S.RegisterPage, 'A page of entries, by name in the reader’s language'), ...errors(400) },
});

export const registerCsv = createRoute({
  method: 'get',
  path: '/api/register.csv',
  tags: ['register'],
  summary: 'The whole register as CSV for people (headers in the reader’s language)',
  description: PUBLIC,
  request: { query: S.HsdsLangQuery },
  responses: { 200: csvFile('CSV (BOM, CRLF)'), 304: { description: 'Not modified (If-None-Match)' }, ...errors(400) },
});

const HSDS = 'Open Referral HSDS 3.0, built from published entries only. Ids are stable across exports and languages.';
export const hsdsServices = createRoute({
  method: 'get',
  path: '/api/register/hsds/services',
  tags: ['register'],
  summary: 'HSDS services, paginated as the HSDS API specifies (page, per_page)',
  description: HSDS,
  request: { query: S.HsdsServicesQuery },
  responses: { 200: ok(S.HsdsServicePage, 'A page of fully nested services'), ...errors(400) },
});

export const hsdsService = createRoute({
  method: 'get',
  path: '/api/register/hsds/services/{id}',
  tags: ['register'],
  summary: 'One HSDS service, fully nested',
  description: HSDS,
  request: { params: S.HsdsServiceParams, query: S.HsdsLangQuery },
  responses: { 200: ok(S.HsdsServicePage.shape.contents.element, 'The service'), ...errors(400, 404) },
});

export const hsdsTaxonomies = createRoute({
  method: 'get',
  path: '/api/register/hsds/taxonomies',
  tags: ['register'],
  summary: 'The HSDS taxonomies the services’ attributes use',
  description: HSDS,
  request: { query: S.HsdsLangQuery },
  responses: { 200: ok(S.HsdsTaxonomies, 'Taxonomies'), ...errors(400) },
});

export const hsdsTaxonomyTerms = createRoute({
  method: 'get',
  path: '/api/register/hsds/taxonomy_terms',
  tags: ['register'],
  summary: 'The HSDS taxonomy terms the services’ attributes use',
  description: HSDS,
  request: { query: S.HsdsLangQuery },
  responses: { 200: ok(S.HsdsTaxonomies, 'Terms'), ...errors(400) },
});

export const hsdsJson = createRoute({
  method: 'get',
  path: '/api/register/hsds.json',
  tags: ['register'],
  summary: 'The whole register as HSDS JSON (ETag; public caching)',
  description: HSDS,
  request: { query: S.HsdsLangQuery },
  responses: { 200: ok(S.HsdsDownload, 'Services and taxonomies'), 304: { description: 'Not modified (If-None-Match)' }, ...errors(400) },
});

export const hsdsTable = createRoute({
  method: 'get',
  path: '/api/register/hsds/tables/{table}',
  tags: ['register'],
  summary: 'One table of the HSDS tabular form (organizations.csv, services.csv, …; ETag; public caching)',
  description: HSDS,
  request: { params: S.HsdsTableParams, query: S.HsdsLangQuery },
  responses: { 200: csvFile('CSV (RFC 4180, no BOM)'), 304: { description: 'Not modified (If-None-Match)' }, ...errors(400) },
});

// ------------------------------------------------------------------ the national picture
export const assetsPicture = createRoute({
  method: 'get',
  path: '/api/national/assets/picture',
  tags: ['national'],
  summary: 'Maturity by standard, region and asset type from each asset’s latest submitted assessment, suppressed (analyst)',
  responses: { 200: ok(S.AssetsPicture, 'The picture'), ...errors(401, 403) },
});

export const assetsPictureOpenData = createRoute({
  method: 'get',
  path: '/api/open-data/assets/picture',
  tags: ['open-data'],
  summary: 'The same national picture as open data (anyone), small numbers suppressed',
  responses: { 200: ok(S.AssetsPicture, 'The picture') },
});

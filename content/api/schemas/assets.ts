// Request and response schemas of community assets (issue 16): the asset and its members,
// its self-assessments against the national standards, peer review by link, the public
// register by consent with its HSDS outputs, and the suppressed national picture.
import { z } from 'zod';
import type { AssetAssessment } from '../../assets/assessment.ts';
import { ACTION_MAX, EVIDENCE_MAX, PEER_COMMENT_MAX, PEER_SUMMARY_MAX, PRIORITIES } from '../../assets/assessment.ts';
import { RegisterEntry } from '../../assets/register.ts';
import { REVIEWER_KINDS } from '../../assets/taxonomy.ts';
import { HSDS_TABLES } from '../../hsds/tables.ts';
import { activityTypes, assetTypes, geography } from '../../index.ts';
import { IsoTime, LangCode, PlainText } from './common.ts';

/** The size limit of an assessment or review body, in bytes. */
export const MAX_ASSET_ASSESSMENT_BYTES = 256 * 1024;
export const MAX_PEER_REVIEW_BYTES = 64 * 1024;
/** How long a peer reviewer's link lasts at most. */
export const MAX_PEER_LINK_DAYS = 90;

const ids = <T extends { id: string }>(list: readonly T[]) => list.map((x) => x.id) as [string, ...string[]];
export const AssetTypeId = z.enum(ids(assetTypes));
export const ActivityTypeId = z.enum(ids(activityTypes));
export const LocalAuthorityId = z.enum(ids(geography.localAuthorities));
export const HealthBoardId = z.enum(ids(geography.healthBoards));
export const RegionId = z.enum(ids(geography.regions));

const AreaServed = z.strictObject({
  localAuthorities: z.array(LocalAuthorityId).max(22),
  healthBoards: z.array(HealthBoardId).max(7),
});

// ------------------------------------------------------------------ assets and members
const AssetFields = {
  nameCy: PlainText(200),
  nameEn: PlainText(200),
  type: AssetTypeId,
  /** Where the asset is based; its health board and region follow from it. */
  localAuthority: LocalAuthorityId,
  areaServed: AreaServed,
  activityTypes: z.array(ActivityTypeId).min(1).max(20),
};
export const NewAssetBody = z
  .strictObject(AssetFields)
  .refine((b) => b.areaServed.localAuthorities.length + b.areaServed.healthBoards.length > 0, {
    path: ['areaServed'],
    params: { i18n: 'error.field.areaServed' },
  });
/** Changes to an asset, from the revision `rev` it was read at (a stale rev is a 409). */
export const AssetPatchBody = z
  .strictObject({ rev: z.int().min(1), ...AssetFields })
  .partial()
  .required({ rev: true })
  .refine((b) => !b.areaServed || b.areaServed.localAuthorities.length + b.areaServed.healthBoards.length > 0, {
    path: ['areaServed'],
    params: { i18n: 'error.field.areaServed' },
  });

export const Asset = z.object({
  id: z.string(),
  name: z.object({ cy: z.string(), en: z.string() }),
  type: z.string(),
  localAuthority: z.string(),
  healthBoard: z.string(),
  region: z.string(),
  areaServed: z.object({ localAuthorities: z.array(z.string()), healthBoards: z.array(z.string()) }),
  activityTypes: z.array(z.string()),
  rev: z.number().int(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
  archivedAt: IsoTime.nullable(),
  /** Whether the asset is on the public register now (consent given and not withdrawn). */
  published: z.boolean(),
});
export const AssetList = z.object({ assets: z.array(Asset) });
export const AssetParams = z.object({ assetId: z.uuid() });

export const AssetMember = z.object({ userId: z.string(), name: z.string().nullable(), email: z.string(), addedAt: IsoTime });
export const AssetMembers = z.object({ members: z.array(AssetMember) });
export const AssetMemberParams = z.object({ assetId: z.uuid(), userId: z.uuid() });

export const NewAssetInvitationBody = z.strictObject({
  email: z.email().max(254),
  /** The language of the email when the address has no account yet (else the account's). */
  lang: LangCode.optional(),
});
export const AssetInvitation = z.object({
  id: z.string(),
  email: z.string(),
  createdAt: IsoTime,
  expiresAt: IsoTime,
  acceptedAt: IsoTime.nullable(),
  revokedAt: IsoTime.nullable(),
});
export const AssetInvitations = z.object({ invitations: z.array(AssetInvitation) });
export const OneAssetInvitation = z.object({ invitation: AssetInvitation });
export const AssetInvitationParams = z.object({ assetId: z.uuid(), invitationId: z.uuid() });

// ------------------------------------------------------------------ self-assessments
/**
 * A saved asset self-assessment as the pages keep it. The rule is content/assets/assessment.ts's
 * assetAssessmentSchema, which the Worker applies against the record's own standards version;
 * this is its shape for the contract, checked to agree with that type below.
 */
export const AssetAssessmentData = z.object({
  id: z.string(),
  standardsVersion: z.string(),
  lang: LangCode,
  startedAt: z.string(),
  updatedAt: z.string(),
  answers: z.record(z.string(), z.object({ level: z.number().int().optional(), evidence: z.string().max(EVIDENCE_MAX).optional() })),
  plan: z.array(
    z.object({
      id: z.string(),
      action: z.string().max(ACTION_MAX),
      standardIds: z.array(z.string()),
      targetDate: z.string(),
      priority: z.enum(PRIORITIES),
      targetLevel: z.number().int().optional(),
      done: z.boolean().optional(),
    }),
  ),
});
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.infer<typeof AssetAssessmentData>, AssetAssessment> = true;
void sameShape;

export const AssetAssessmentSummary = z.object({
  id: z.string(),
  assetId: z.string(),
  standardsVersion: z.string(),
  lang: LangCode,
  status: z.enum(['draft', 'submitted']),
  rev: z.number().int(),
  answered: z.number().int(),
  total: z.number().int(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
  submittedAt: IsoTime.nullable(),
  /** Whether this is the assessment the register publishes now. */
  published: z.boolean(),
});
export const AssetAssessmentList = z.object({ assessments: z.array(AssetAssessmentSummary) });
export const SavedAssetAssessment = AssetAssessmentSummary.extend({ assessment: AssetAssessmentData });

export const PeerInvitationSummary = z.object({
  id: z.string(),
  reviewerKind: z.enum(REVIEWER_KINDS),
  reviewerName: z.string().nullable(),
  createdAt: IsoTime,
  expiresAt: IsoTime,
  revokedAt: IsoTime.nullable(),
  active: z.boolean(),
});
const PeerRatings = z.record(z.string(), z.object({ level: z.number().int(), comment: z.string().optional() }));
export const PeerReviewView = z.object({
  invitationId: z.string(),
  reviewerKind: z.enum(REVIEWER_KINDS),
  reviewerName: z.string().nullable(),
  ratings: PeerRatings,
  summary: z.string().nullable(),
  rev: z.number().int(),
  updatedAt: IsoTime,
  submittedAt: IsoTime.nullable(),
});
/** One assessment with the peer links made for it and the reviews recorded beside it (never averaged). */
export const AssetAssessmentDetail = SavedAssetAssessment.extend({
  peerInvitations: z.array(PeerInvitationSummary),
  peerReviews: z.array(PeerReviewView),
});
export const AssetAssessmentParams = z.object({ assetId: z.uuid(), id: z.uuid() });
export const NewAssetAssessmentBody = z.strictObject({ assessment: z.unknown() });
export const SaveAssetAssessmentBody = z.strictObject({ rev: z.int().min(1), assessment: z.unknown() });
export const SubmitAssetAssessmentBody = z.strictObject({ rev: z.int().min(1) });

export const CompareQuery = z.strictObject({ a: z.uuid(), b: z.uuid() });
const LevelOrNull = z.number().int().nullable();
export const AssetComparison = z.object({
  a: AssetAssessmentSummary,
  b: AssetAssessmentSummary,
  sameVersion: z.boolean(),
  standards: z.array(
    z.object({
      standardId: z.string(),
      code: z.string(),
      title: z.object({ cy: z.string(), en: z.string() }),
      before: LevelOrNull,
      after: LevelOrNull,
      move: z.enum(['up', 'down', 'same', 'unrated']),
    }),
  ),
  overall: z.object({
    before: LevelOrNull,
    after: LevelOrNull,
    byLevelBefore: z.array(z.number().int()),
    byLevelAfter: z.array(z.number().int()),
  }),
});

// ------------------------------------------------------------------ peer review
export const NewPeerInvitationBody = z.strictObject({
  reviewerKind: z.enum(REVIEWER_KINDS),
  reviewerName: PlainText(120).optional(),
  expiresInDays: z.int().min(1).max(MAX_PEER_LINK_DAYS),
  /** Send the link to this address (both languages, `lang` first); the address is not stored. */
  email: z.email().max(254).optional(),
  lang: LangCode.optional(),
});
/** The link's token is in this answer only (the hub stores its hash). */
export const NewPeerInvitation = z.object({
  invitation: PeerInvitationSummary,
  token: z.string(),
  /** The reviewer's page with the token in its fragment, from the hub's public origin (when configured). */
  link: z.string().nullable(),
});
export const OnePeerInvitation = z.object({ invitation: PeerInvitationSummary });
export const PeerInvitationParams = z.object({ assetId: z.uuid(), invitationId: z.uuid() });
/** The reviewer's link token, sent by the reviewer's page (never in the path). */
export const PeerTokenHeaders = z.object({ 'x-peer-token': z.string().min(1).max(200) });
/** What the holder of a peer-review link sees: the one submitted assessment, and their own review so far. */
export const PeerReviewPage = z.object({
  asset: z.object({ name: z.object({ cy: z.string(), en: z.string() }), type: z.string() }),
  reviewerKind: z.enum(REVIEWER_KINDS),
  reviewerName: z.string().nullable(),
  expiresAt: IsoTime,
  assessment: AssetAssessmentData,
  submittedAt: IsoTime,
  review: PeerReviewView.nullable(),
});
export const PeerReviewBody = z.strictObject({
  /** 0 for a new review, else the review's current rev. */
  rev: z.int().min(0),
  ratings: z.record(z.string().max(64), z.strictObject({ level: z.int(), comment: PlainText(PEER_COMMENT_MAX, 0).optional() })),
  summary: PlainText(PEER_SUMMARY_MAX, 0).optional(),
});
export const PeerReviewSubmitBody = z.strictObject({ rev: z.int().min(1) });
export const SavedPeerReview = z.object({ review: PeerReviewView });

// ------------------------------------------------------------------ the register
export const ConsentBody = z.strictObject({
  /** The submitted assessment to publish (a newer one replaces the one published). */
  assessmentId: z.uuid(),
});
export const RegisterStatus = z.object({
  assetId: z.string(),
  assessmentId: z.string(),
  published: z.boolean(),
  consentGivenAt: IsoTime,
  withdrawnAt: IsoTime.nullable(),
  entry: RegisterEntry.nullable(),
});

const Page = z.coerce.number().int().min(1).max(100_000);
export const RegisterQuery = z.strictObject({
  la: LocalAuthorityId.optional(),
  hb: HealthBoardId.optional(),
  activity: ActivityTypeId.optional(),
  type: AssetTypeId.optional(),
  standard: z.string().max(64).optional(),
  minLevel: z.coerce.number().int().min(0).max(3).optional(),
  peerReviewed: z.enum(['true', 'false']).optional(),
  /** Words to find in names and activity types, in either language; Welsh mutated forms find their radical and the reverse. */
  q: z.string().max(200).optional(),
  lang: LangCode.optional(),
  page: Page.optional(),
  perPage: z.coerce.number().int().min(1).max(100).optional(),
});
export const RegisterPage = z.object({
  lang: LangCode,
  totalItems: z.number().int(),
  page: z.number().int(),
  perPage: z.number().int(),
  totalPages: z.number().int(),
  entries: z.array(RegisterEntry),
});

// ------------------------------------------------------------------ HSDS
export const HsdsLangQuery = z.strictObject({ lang: LangCode.optional() });
export const HsdsServicesQuery = z.strictObject({
  lang: LangCode.optional(),
  page: Page.optional(),
  per_page: z.coerce.number().int().min(1).max(100).optional(),
});
/** An HSDS 3 object as exported (content/hsds/types.ts); the worker test validates them against the specification's schemas. */
const HsdsObject = z.record(z.string(), z.unknown());
/** A paginated list as HSDS's API specification pages one (`/services`). */
export const HsdsServicePage = z.object({
  total_items: z.number().int(),
  total_pages: z.number().int(),
  page_number: z.number().int(),
  size: z.number().int(),
  first_page: z.boolean(),
  last_page: z.boolean(),
  empty: z.boolean(),
  contents: z.array(HsdsObject),
});
export const HsdsServiceParams = z.object({ id: z.uuid() });
export const HsdsTaxonomies = z.object({ contents: z.array(HsdsObject) });
export const HsdsDownload = z.object({
  services: z.array(HsdsObject),
  taxonomies: z.array(HsdsObject),
  taxonomy_terms: z.array(HsdsObject),
});
export const HsdsTableParams = z.object({ table: z.enum(Object.keys(HSDS_TABLES) as [string, ...string[]]) });

// ------------------------------------------------------------------ the national picture
const Distribution = z.object({ levels: z.array(z.number().int().nullable()), total: z.number().int().nullable() });
export const AssetsPicture = z.object({
  standardsVersion: z.string(),
  assets: z.number().int(),
  standards: z.array(
    z.object({
      standardId: z.string(),
      code: z.string(),
      title: z.object({ cy: z.string(), en: z.string() }),
      wales: Distribution,
      regions: z.record(z.string(), Distribution),
      assetTypes: z.record(z.string(), Distribution),
    }),
  ),
  suppressed: z.object({ primary: z.number().int(), secondary: z.number().int() }),
});

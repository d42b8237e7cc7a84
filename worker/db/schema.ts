// D1 schema of the hub (drizzle-orm). Times are milliseconds since the epoch (integer);
// ids are random UUIDs (text) except the audit log's sequence. Change this file, then
// run `npx drizzle-kit generate` to write the next migration into migrations/.
// Hand-written SQL (the audit log's triggers) lives in custom migrations made with
// `npx drizzle-kit generate --custom --name <name>`.
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { REVIEWER_KINDS } from '../../content/assets/taxonomy.ts';
import { NATIONAL_ROLES, ORG_TYPES } from '../../content/platform.ts';
import type { PublishedTable } from '../../content/stats/published.ts';

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  /** Lower-cased, trimmed. */
  email: text('email').notNull().unique(),
  name: text('name'),
  lang: text('lang', { enum: ['cy', 'en'] })
    .notNull()
    .default('cy'),
  /** null = practitioner only; 'admin' includes everything 'analyst' may do. */
  nationalRole: text('national_role', { enum: NATIONAL_ROLES }),
  createdAt: integer('created_at').notNull(),
  lastSignInAt: integer('last_sign_in_at'),
});

export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    /** SHA-256 (hex) of the cookie value; the value itself is never stored. */
    tokenHash: text('token_hash').notNull().unique(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: integer('created_at').notNull(),
    lastSeenAt: integer('last_seen_at').notNull(),
    /** Absolute expiry; the idle expiry is lastSeenAt + SESSION_IDLE_MS. */
    expiresAt: integer('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const loginTokens = sqliteTable('login_tokens', {
  id: text('id').primaryKey(),
  tokenHash: text('token_hash').notNull().unique(),
  email: text('email').notNull(),
  lang: text('lang', { enum: ['cy', 'en'] }).notNull(),
  createdAt: integer('created_at').notNull(),
  expiresAt: integer('expires_at').notNull(),
  usedAt: integer('used_at'),
});

export const organisations = sqliteTable(
  'organisations',
  {
    id: text('id').primaryKey(),
    nameCy: text('name_cy').notNull(),
    nameEn: text('name_en').notNull(),
    type: text('type', { enum: ORG_TYPES }).notNull(),
    healthBoard: text('health_board').notNull(),
    localAuthority: text('local_authority'),
    region: text('region').notNull(),
    /** JSON array of cluster ids from content/geography. */
    clusters: text('clusters', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    archivedAt: integer('archived_at'),
  },
  // Active organisations in the order of their English or Welsh names: the national lists page
  // through them (returns/national.ts). The Welsh one is migration 0017's.
  (t) => [
    index('organisations_active_name_idx').on(t.nameEn, t.id).where(sql`archived_at IS NULL`),
    index('organisations_active_name_cy_idx').on(t.nameCy, t.id).where(sql`archived_at IS NULL`),
  ],
);

export const memberships = sqliteTable(
  'memberships',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    orgId: text('org_id')
      .notNull()
      .references(() => organisations.id),
    role: text('role', { enum: ['submitter'] })
      .notNull()
      .default('submitter'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.orgId] }), index('memberships_org_idx').on(t.orgId)],
);

export const invitations = sqliteTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    /** Set for an organisation invitation (role 'submitter'); null for a national role. */
    orgId: text('org_id').references(() => organisations.id),
    role: text('role', { enum: ['submitter', 'analyst', 'admin'] }).notNull(),
    invitedBy: text('invited_by').notNull(),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    acceptedAt: integer('accepted_at'),
    revokedAt: integer('revoked_at'),
  },
  (t) => [index('invitations_email_idx').on(t.email)],
);

export const apiKeys = sqliteTable('api_keys', {
  id: text('id').primaryKey(),
  orgId: text('org_id')
    .notNull()
    .references(() => organisations.id),
  name: text('name').notNull(),
  /** First characters of the key, shown so people can tell keys apart. */
  prefix: text('prefix').notNull(),
  keyHash: text('key_hash').notNull().unique(),
  createdBy: text('created_by').notNull(),
  createdAt: integer('created_at').notNull(),
  lastUsedAt: integer('last_used_at'),
  revokedAt: integer('revoked_at'),
});

/** Append-only: triggers in migrations/ refuse UPDATE and DELETE. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    at: integer('at').notNull(),
    actorUserId: text('actor_user_id'),
    actorApiKeyId: text('actor_api_key_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: text('before'),
    after: text('after'),
    requestId: text('request_id').notNull(),
  },
  (t) => [index('audit_entity_idx').on(t.entityType, t.entityId)],
);

/** Development/test mail: what would have been sent. */
export const outbox = sqliteTable('outbox', {
  id: text('id').primaryKey(),
  to: text('to').notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  createdAt: integer('created_at').notNull(),
});

/** Fixed-window counters: key = bucket + subject + window start. */
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  resetAt: integer('reset_at').notNull(),
});

// ---------------------------------------------------------------- competency self-assessment
export const ASSESSMENT_STATUSES = ['draft', 'complete'] as const;

/** A practitioner's saved self-assessment. `data` is the whole record of content/assessment/model.ts. */
export const assessments = sqliteTable(
  'assessments',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    frameworkVersion: text('framework_version').notNull(),
    /** JSON of the Assessment (answers, plan, notes). */
    data: text('data').notNull(),
    /** Optimistic concurrency: each save must name the rev it started from. */
    rev: integer('rev').notNull().default(1),
    status: text('status', { enum: ASSESSMENT_STATUSES }).notNull().default('draft'),
    answered: integer('answered').notNull().default(0),
    total: integer('total').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    completedAt: integer('completed_at'),
    /** Set once the anonymised ratings were added to the national picture (only once per assessment). */
    contributedAt: integer('contributed_at'),
  },
  (t) => [index('assessments_user_idx').on(t.userId)],
);

/** A read-only link for a supervisor. Only the SHA-256 of the token is stored. */
export const assessmentShares = sqliteTable(
  'assessment_shares',
  {
    id: text('id').primaryKey(),
    assessmentId: text('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    supervisorName: text('supervisor_name'),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    revokedAt: integer('revoked_at'),
  },
  (t) => [index('assessment_shares_assessment_idx').on(t.assessmentId)],
);

/** The supervisor's own view of each competency, kept beside (never merged with) the practitioner's. */
export const supervisorViews = sqliteTable('supervisor_views', {
  shareId: text('share_id')
    .primaryKey()
    .references(() => assessmentShares.id, { onDelete: 'cascade' }),
  assessmentId: text('assessment_id')
    .notNull()
    .references(() => assessments.id, { onDelete: 'cascade' }),
  /** JSON: { [competencyId]: { level: 0..maxRank, comment?: string } } */
  ratings: text('ratings').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/**
 * The national skills picture: consented, anonymised ratings kept only as COUNTS per
 * (quarter, framework version, competency, held level, health board, setting). There is no
 * row per person, so nothing links a rating to a person, an assessment, another rating of the
 * same person, or a time finer than the quarter. '' = health board / setting not given.
 */
export const skillsContributions = sqliteTable(
  'skills_contributions',
  {
    quarter: text('quarter').notNull(),
    frameworkVersion: text('framework_version').notNull(),
    competencyId: text('competency_id').notNull(),
    held: integer('held').notNull(),
    healthBoard: text('health_board').notNull().default(''),
    setting: text('setting').notNull().default(''),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.quarter, t.frameworkVersion, t.competencyId, t.held, t.healthBoard, t.setting] })],
);
/** The same counts over every quarter, kept by triggers on skills_contributions (migration 0013). */
export const skillsTotals = sqliteTable(
  'skills_totals',
  {
    frameworkVersion: text('framework_version').notNull(),
    competencyId: text('competency_id').notNull(),
    held: integer('held').notNull(),
    healthBoard: text('health_board').notNull().default(''),
    setting: text('setting').notNull().default(''),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.frameworkVersion, t.competencyId, t.held, t.healthBoard, t.setting] })],
);
/** One counter, moved by those triggers on every change of the counts. */
export const skillsState = sqliteTable('skills_state', {
  id: integer('id').primaryKey(),
  version: integer('version').notNull(),
});
/** A counter moved by triggers on every change the national picture of community assets depends on (migration 0015). */
export const assetPictureState = sqliteTable('asset_picture_state', {
  id: integer('id').primaryKey(),
  version: integer('version').notNull(),
});
/** A counter moved by triggers on every change the public transparency data depends on (migration 0014). */
export const transparencyState = sqliteTable('transparency_state', {
  id: integer('id').primaryKey(),
  version: integer('version').notNull(),
});
// ---------------------------------------------------------------- quarterly core dataset returns
/** Reporting periods (financial-year quarters, ids like "2025-26-q1"). Dates are ms at 00:00 UTC of the calendar date. */
export const periods = sqliteTable('periods', {
  id: text('id').primaryKey(),
  opensAt: integer('opens_at').notNull(),
  /** The whole of this calendar date (in Wales) is in time. */
  dueAt: integer('due_at').notNull(),
  lockedAt: integer('locked_at'),
  lockedBy: text('locked_by'),
  createdAt: integer('created_at').notNull(),
  /**
   * Goes up by one whenever what the period's open data is built from changes (an accepted
   * version, an organisation's area or archiving, locking): triggers of migration 0007. A
   * publication records the data_rev it was built from, so a stale one is never written.
   */
  dataRev: integer('data_rev').notNull().default(0),
});

export type ReturnValues = Record<string, number | null>;
export const STORED_RETURN_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ReturnExplanations = Record<string, string>;

/** One organisation's return for one period: the working draft (versions hold what was submitted). */
export const returns = sqliteTable(
  'returns',
  {
    id: text('id').primaryKey(),
    orgId: text('org_id')
      .notNull()
      .references(() => organisations.id),
    periodId: text('period_id')
      .notNull()
      .references(() => periods.id),
    datasetVersion: text('dataset_version').notNull(),
    draftValues: text('draft_values', { mode: 'json' }).$type<ReturnValues>().notNull(),
    draftExplanations: text('draft_explanations', { mode: 'json' }).$type<ReturnExplanations>().notNull(),
    /** Optimistic concurrency: a trigger only lets it go up by exactly one. */
    draftRev: integer('draft_rev').notNull(),
    draftUpdatedAt: integer('draft_updated_at').notNull(),
    /** User id, or "api-key:<id>". */
    draftUpdatedBy: text('draft_updated_by'),
    /** How the draft was last written: the web form, a CSV upload or the API. */
    draftSource: text('draft_source', { enum: ['web', 'csv', 'api'] })
      .notNull()
      .default('web'),
    createdAt: integer('created_at').notNull(),
    // Derived from the versions and reviews, and stored by migration 0007's triggers in the same
    // statement that inserts a version or a review (so in the same batch as every submit and
    // review); no request rebuilds them from the history. 'not-started' is the absence of a row.
    status: text('status', { enum: STORED_RETURN_STATUSES }).notNull().default('draft'),
    latestVersion: integer('latest_version'),
    latestVersionId: text('latest_version_id'),
    /** When version 1 came in (the late flag). */
    firstSubmittedAt: integer('first_submitted_at'),
    latestAcceptedVersionId: text('latest_accepted_version_id'),
    /** When the latest accepted version was accepted. */
    acceptedAt: integer('accepted_at'),
    /** The latest accepted version replaced an earlier accepted one (a revision in open data). */
    acceptedRevision: integer('accepted_revision', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    uniqueIndex('returns_org_period_uq').on(t.orgId, t.periodId),
    index('returns_period_idx').on(t.periodId),
    // The previous accepted quarter of an organisation: one seek (queries.ts, previousAcceptedSql).
    index('returns_org_accepted_idx').on(t.orgId, t.periodId).where(sql`latest_accepted_version_id IS NOT NULL`),
    // Timeliness counts first submissions by period: one covering index entry per submitted return
    // (returns/timeliness.ts, submissionBuckets).
    index('returns_first_submitted_idx').on(t.periodId, t.orgId, t.firstSubmittedAt).where(sql`first_submitted_at IS NOT NULL`),
    // One quarter's completeness grid reads these entries, never the row and its draft (migration 0011).
    index('returns_period_grid_idx').on(t.periodId, t.orgId, t.status, t.firstSubmittedAt, t.latestVersionId),
  ],
);

/**
 * Submitted versions: immutable (triggers refuse UPDATE and DELETE), except that erasing an
 * account may blank the declaration name it typed (migration 0005).
 */
export const returnVersions = sqliteTable(
  'return_versions',
  {
    id: text('id').primaryKey(),
    returnId: text('return_id')
      .notNull()
      .references(() => returns.id),
    version: integer('version').notNull(),
    reference: text('reference').notNull().unique(),
    values: text('values', { mode: 'json' }).$type<ReturnValues>().notNull(),
    explanations: text('explanations', { mode: 'json' }).$type<ReturnExplanations>().notNull(),
    datasetVersion: text('dataset_version').notNull(),
    submittedByUserId: text('submitted_by_user_id'),
    apiKeyId: text('api_key_id'),
    via: text('via', { enum: ['web', 'csv', 'api'] }).notNull(),
    declarationName: text('declaration_name').notNull(),
    amendmentReason: text('amendment_reason'),
    idempotencyKey: text('idempotency_key').notNull(),
    createdAt: integer('created_at').notNull(),
    /**
     * The draft revision this version was submitted from: submitting consumes it (unique per
     * return), and a trigger refuses one that is no longer the draft's. Null on versions made
     * before it was recorded (migration 0005).
     */
    draftRev: integer('draft_rev'),
  },
  (t) => [
    uniqueIndex('return_versions_version_uq').on(t.returnId, t.version),
    uniqueIndex('return_versions_idem_uq').on(t.returnId, t.idempotencyKey),
    uniqueIndex('return_versions_draft_rev_uq').on(t.returnId, t.draftRev),
    // A version's summary without its values, for the completeness grid (migration 0011).
    index('return_versions_summary_idx').on(t.id, t.version, t.reference, t.createdAt),
  ],
);

/** One review per version (accepted or returned for amendment): immutable. */
export const returnReviews = sqliteTable('return_reviews', {
  id: text('id').primaryKey(),
  versionId: text('version_id')
    .notNull()
    .unique()
    .references(() => returnVersions.id),
  decision: text('decision', { enum: ['accepted', 'returned'] }).notNull(),
  comment: text('comment'),
  reviewerId: text('reviewer_id').notNull(),
  createdAt: integer('created_at').notNull(),
});

/**
 * Comments and follow-up flags on the values of a return (issue 15): append-only (triggers refuse
 * UPDATE and DELETE, migration 0010), each tied to the return, the field, the version it was
 * made on and its author. A flag is open until a later 'unflag' on the same field
 * (content/returns/notes.ts). Erasing the author's account may only redact their name and
 * address from the text (`redacted` goes from false to true, nothing else changes).
 */
export const returnNotes = sqliteTable(
  'return_notes',
  {
    id: text('id').primaryKey(),
    returnId: text('return_id')
      .notNull()
      .references(() => returns.id),
    /** A field key of the return's dataset definition. */
    field: text('field').notNull(),
    /** The latest submitted version when the note was made; null before the first submission. */
    version: integer('version'),
    /** The draft revision it was made at. */
    draftRev: integer('draft_rev').notNull(),
    kind: text('kind', { enum: ['comment', 'flag', 'unflag'] }).notNull(),
    body: text('body').notNull(),
    authorId: text('author_id').notNull(),
    /** Whether the author wrote as a member of the organisation or as the national team. */
    authorSide: text('author_side', { enum: ['organisation', 'national'] }).notNull(),
    redacted: integer('redacted', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('return_notes_return_idx').on(t.returnId, t.createdAt), index('return_notes_author_idx').on(t.authorId)],
);

/** Reminder emails already sent (one per organisation, period and kind). */
export const remindersSent = sqliteTable(
  'reminders_sent',
  {
    orgId: text('org_id').notNull(),
    periodId: text('period_id').notNull(),
    kind: text('kind', { enum: ['before', 'due', 'after'] }).notNull(),
    sentAt: integer('sent_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.periodId, t.kind] })],
);

/** When a period's figures were first published (on first lock); later accepted changes are revisions (r). */
export const openDataReleases = sqliteTable('open_data_releases', {
  periodId: text('period_id').primaryKey(),
  firstPublishedAt: integer('first_published_at').notNull(),
});

// ---------------------------------------------------------------- national sums (migration 0007)
// The counts of the latest accepted version of every return, summed per period and per the
// finest area an organisation has (region, health board, local authority; '' = none) and
// whether it is active (not archived). Kept by triggers when a return's accepted version
// changes or an organisation moves or is archived, so national totals, series and open data
// read a few hundred rows whatever the number of organisations or quarters.
const areaKey = {
  periodId: text('period_id').notNull(),
  region: text('region').notNull(),
  healthBoard: text('health_board').notNull(),
  localAuthority: text('local_authority').notNull(),
  /** 1 = the organisation is active; archived organisations count in open data only. */
  active: integer('active', { mode: 'boolean' }).notNull(),
};

/** Sum of one field over the accepted returns of one area; n = how many returns gave the field a whole number. */
export const acceptedSums = sqliteTable(
  'accepted_sums',
  {
    ...areaKey,
    field: text('field').notNull(),
    value: integer('value').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.periodId, t.region, t.healthBoard, t.localAuthority, t.active, t.field] }),
    // One field over every quarter, covering (migration 0011).
    index('accepted_sums_series_idx').on(t.field, t.active, t.periodId, t.region, t.healthBoard, t.localAuthority, t.value, t.n),
  ],
);

/** How many accepted returns each area has in a period (the "organisations" of a total). */
export const acceptedCounts = sqliteTable('accepted_counts', { ...areaKey, returns: integer('returns').notNull() }, (t) => [
  primaryKey({ columns: [t.periodId, t.region, t.healthBoard, t.localAuthority, t.active] }),
]);

// ---------------------------------------------------------------- published open data (migration 0007)
/**
 * Every publication of a period's open data (append-only: its revision history). Written when
 * a period is locked or unlocked and when a review changes accepted figures, with the suppressed
 * table as published. `revision` orders all publications (it is the ETag of the public API).
 */
export const openDataPublications = sqliteTable(
  'open_data_publications',
  {
    revision: integer('revision').primaryKey({ autoIncrement: true }),
    /** A random key, so the statements of the same batch can refer to this row. */
    key: text('key').notNull().unique(),
    periodId: text('period_id').notNull(),
    publishedAt: integer('published_at').notNull(),
    reason: text('reason', { enum: ['lock', 'unlock', 'review', 'refresh'] }).notNull(),
    /** The period's data_rev the table was built from. */
    dataRev: integer('data_rev').notNull(),
    /** The table as published (content/stats/published.ts): its rows and revisions. */
    table: text('table', { mode: 'json' }).$type<PublishedTable>().notNull(),
  },
  (t) => [index('open_data_publications_period_idx').on(t.periodId, t.dataRev)],
);

/** The current publication of each period, one row per cell: what the public API pages through. */
export const openDataCells = sqliteTable(
  'open_data_cells',
  {
    periodId: text('period_id').notNull(),
    fieldRank: integer('field_rank').notNull(),
    areaRank: integer('area_rank').notNull(),
    field: text('field').notNull(),
    area: text('area').notNull(),
    value: integer('value'),
    /** StatsWales shorthand codes, comma-separated ('' for none). */
    codes: text('codes').notNull(),
    revision: integer('revision').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.periodId, t.fieldRank, t.areaRank] }),
    index('open_data_cells_field_idx').on(t.field, t.periodId, t.fieldRank, t.areaRank),
  ],
);

/** The revisions listed by the current publication of each period. */
export const openDataRevisions = sqliteTable(
  'open_data_revisions',
  {
    periodId: text('period_id').notNull(),
    fieldRank: integer('field_rank').notNull(),
    areaRank: integer('area_rank').notNull(),
    seq: integer('seq').notNull(),
    field: text('field').notNull(),
    area: text('area').notNull(),
    revisedAt: text('revised_at').notNull(),
    note: text('note'),
    revision: integer('revision').notNull(),
  },
  (t) => [primaryKey({ columns: [t.periodId, t.fieldRank, t.areaRank, t.seq] })],
);

// ---------------------------------------------------------------- community assets (issue 16)
// Community groups, charities, social enterprises and services that assess themselves against
// the national standards for community assets (content/assets/). Who may act on an asset is
// its membership, as with organisations; the authorisation rules are in worker/README.md.

/** A community asset. Region and health board are derived from the home local authority and stored, as for organisations. */
export const assets = sqliteTable(
  'assets',
  {
    id: text('id').primaryKey(),
    nameCy: text('name_cy').notNull(),
    nameEn: text('name_en').notNull(),
    /** An asset type id from content/assets/taxonomy.ts. */
    type: text('type').notNull(),
    /** Where the asset is based (a local authority id from content/geography). */
    localAuthority: text('local_authority').notNull(),
    healthBoard: text('health_board').notNull(),
    region: text('region').notNull(),
    /** The area it serves, as shown on the register. */
    areaServed: text('area_served', { mode: 'json' })
      .$type<{ localAuthorities: string[]; healthBoards: string[] }>()
      .notNull()
      .default(sql`'{"localAuthorities":[],"healthBoards":[]}'`),
    /** JSON array of activity type ids from content/assets/taxonomy.ts. */
    activityTypes: text('activity_types', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    /** Optimistic concurrency for profile edits: each save names the rev it started from. */
    rev: integer('rev').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    /** Archived assets are read-only and off the register. */
    archivedAt: integer('archived_at'),
  },
  (t) => [index('assets_region_idx').on(t.region)],
);

/** Who may act for an asset (every member may edit, submit, invite peer reviewers and give or withdraw consent). */
export const assetMembers = sqliteTable(
  'asset_members',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    assetId: text('asset_id')
      .notNull()
      .references(() => assets.id),
    addedBy: text('added_by').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.assetId] }), index('asset_members_asset_idx').on(t.assetId)],
);

/** An emailed invitation to become a member of an asset; accepted on sign-in, like organisation invitations. */
export const assetInvitations = sqliteTable(
  'asset_invitations',
  {
    id: text('id').primaryKey(),
    assetId: text('asset_id')
      .notNull()
      .references(() => assets.id),
    email: text('email').notNull(),
    invitedBy: text('invited_by').notNull(),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    acceptedAt: integer('accepted_at'),
    revokedAt: integer('revoked_at'),
  },
  (t) => [index('asset_invitations_email_idx').on(t.email), index('asset_invitations_asset_idx').on(t.assetId)],
);

export const ASSET_ASSESSMENT_STATUSES = ['draft', 'submitted'] as const;

/**
 * An asset's self-assessment: `data` is the whole record of content/assets/assessment.ts.
 * At most one draft per asset; a submitted assessment is immutable (triggers refuse UPDATE
 * and DELETE), and a draft's rev only goes up by one per save.
 */
export const assetAssessments = sqliteTable(
  'asset_assessments',
  {
    id: text('id').primaryKey(),
    assetId: text('asset_id')
      .notNull()
      .references(() => assets.id),
    standardsVersion: text('standards_version').notNull(),
    /** The language the evidence and actions are written in. */
    lang: text('lang', { enum: ['cy', 'en'] }).notNull(),
    data: text('data').notNull(),
    rev: integer('rev').notNull().default(1),
    status: text('status', { enum: ASSET_ASSESSMENT_STATUSES }).notNull().default('draft'),
    answered: integer('answered').notNull().default(0),
    total: integer('total').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedBy: text('updated_by').notNull(),
    updatedAt: integer('updated_at').notNull(),
    submittedBy: text('submitted_by'),
    submittedAt: integer('submitted_at'),
  },
  (t) => [
    uniqueIndex('asset_assessments_one_draft_uq').on(t.assetId).where(sql`status = 'draft'`),
    index('asset_assessments_asset_idx').on(t.assetId, t.submittedAt),
    check('asset_assessments_submitted_ck', sql`(status = 'submitted') = (submitted_at IS NOT NULL AND submitted_by IS NOT NULL)`),
    check('asset_assessments_complete_ck', sql`status = 'draft' OR answered = total`),
  ],
);

/** A link for a peer reviewer to one submitted assessment. Only the SHA-256 of the token is stored. */
export const assetPeerInvitations = sqliteTable(
  'asset_peer_invitations',
  {
    id: text('id').primaryKey(),
    assetId: text('asset_id')
      .notNull()
      .references(() => assets.id),
    assessmentId: text('assessment_id')
      .notNull()
      .references(() => assetAssessments.id),
    tokenHash: text('token_hash').notNull().unique(),
    reviewerKind: text('reviewer_kind', { enum: REVIEWER_KINDS }).notNull(),
    reviewerName: text('reviewer_name'),
    createdBy: text('created_by').notNull(),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    revokedAt: integer('revoked_at'),
  },
  (t) => [index('asset_peer_invitations_assessment_idx').on(t.assessmentId)],
);

/**
 * The peer reviewer's own judgement, kept beside (never merged with) the self-assessment:
 * ratings and summary of content/assets/assessment.ts `peerReviewSchema`. Editable until
 * submitted, then immutable.
 */
export const assetPeerReviews = sqliteTable(
  'asset_peer_reviews',
  {
    invitationId: text('invitation_id')
      .primaryKey()
      .references(() => assetPeerInvitations.id),
    assessmentId: text('assessment_id')
      .notNull()
      .references(() => assetAssessments.id),
    /** JSON: { [standardId]: { level: 0..3, comment?: string } } */
    ratings: text('ratings').notNull(),
    summary: text('summary'),
    rev: integer('rev').notNull().default(1),
    updatedAt: integer('updated_at').notNull(),
    submittedAt: integer('submitted_at'),
  },
  (t) => [index('asset_peer_reviews_assessment_idx').on(t.assessmentId), check('asset_peer_reviews_ratings_ck', sql`json_valid(ratings)`)],
);

/**
 * An asset's place on the public register: the submitted assessment it publishes, and consent.
 * Published while `withdrawnAt` is null; withdrawing keeps the row (and consenting again
 * reuses it) so the times stay on record, and every change is in the audit log.
 */
export const assetRegister = sqliteTable(
  'asset_register',
  {
    assetId: text('asset_id')
      .primaryKey()
      .references(() => assets.id),
    assessmentId: text('assessment_id')
      .notNull()
      .references(() => assetAssessments.id),
    consentGivenAt: integer('consent_given_at').notNull(),
    consentGivenBy: text('consent_given_by').notNull(),
    withdrawnAt: integer('withdrawn_at'),
    withdrawnBy: text('withdrawn_by'),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    index('asset_register_withdrawn_idx').on(t.withdrawnAt),
    check('asset_register_withdrawn_ck', sql`(withdrawn_at IS NULL) = (withdrawn_by IS NULL)`),
  ],
);

/**
 * The published register, derived: one row per asset whose consent stands, holding its
 * register entry (content/assets/register.ts) and the words a search matches (names and
 * activity types in both languages, with every Welsh mutated and radical form). Written in
 * the same batch as each consent change (and by trigger on withdrawal or archiving), so the
 * public register, its CSV, the HSDS API and downloads read one small table and never
 * rebuild entries per request.
 */
export const assetRegisterEntries = sqliteTable('asset_register_entries', {
  assetId: text('asset_id')
    .primaryKey()
    .references(() => assets.id),
  /** JSON: a RegisterEntry. */
  entry: text('entry').notNull(),
  /** Space-separated lower-case words, with a space at each end (so `LIKE '% word%'` matches a word start). */
  search: text('search').notNull(),
  /** The entry's HSDS service id (content/hsds/ids.ts), so /services/{id} is one indexed read. */
  hsdsServiceId: text('hsds_service_id').notNull().unique('asset_register_entries_hsds_uq'),
  updatedAt: integer('updated_at').notNull(),
});

/** One row: a counter moved by every change of asset_register_entries (triggers), the ETag of the register downloads. */
export const assetRegisterState = sqliteTable('asset_register_state', {
  id: integer('id').primaryKey(),
  version: integer('version').notNull(),
});

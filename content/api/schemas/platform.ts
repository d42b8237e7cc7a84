// Request and response schemas of the platform: sign-in, the account, organisations,
// the national team's administration, the local outbox and the machine identity.
import { z } from 'zod';
import { geography } from '../../index.ts';
import { NATIONAL_ROLES, ORG_TYPES } from '../../platform.ts';
import { IsoTime, LangCode, Millis, PlainText, Uuid } from './common.ts';

export const NationalRole = z.enum(NATIONAL_ROLES);
export const Email = z.string().trim().toLowerCase().max(254).pipe(z.email());

// ------------------------------------------------------------------ sign-in
export const SignInRequestBody = z.strictObject({ email: Email, lang: LangCode.optional() });
export const VerifyBody = z.strictObject({
  token: z
    .string()
    .min(20)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/),
});
export const Me = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  lang: LangCode,
  nationalRole: NationalRole.nullable(),
  orgIds: z.array(z.string()),
});
/** Who is signed in, and the token to send as X-CSRF-Token with every write. */
export const Session = z.object({ user: Me, csrfToken: z.string() });
export const WhoAmI = z.union([Session, z.object({ user: z.null(), csrfToken: z.null() })]);

// ------------------------------------------------------------------ the signed-in person's account
export const AccountPatchBody = z.strictObject({
  name: PlainText(120, 0).nullable().optional(),
  lang: LangCode.optional(),
});
export const Account = z.object({
  user: Me.omit({ orgIds: true }),
  organisations: z.array(z.object({ id: z.string(), nameCy: z.string(), nameEn: z.string() })),
});
export const AccountUpdated = z.object({ user: Me });

// ------------------------------------------------------------------ organisations
export const Organisation = z.object({
  id: z.string(),
  nameCy: z.string(),
  nameEn: z.string(),
  type: z.enum(ORG_TYPES),
  healthBoard: z.string(),
  localAuthority: z.string().nullable(),
  region: z.string(),
  clusters: z.array(z.string()),
  createdAt: Millis,
  updatedAt: Millis,
  archivedAt: Millis.nullable(),
});
export const OneOrganisation = z.object({ organisation: Organisation });
export const Member = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  role: z.literal('submitter'),
  since: Millis,
});
export const Members = z.object({ members: z.array(Member) });
export const OrgParams = z.object({ orgId: z.string() });

const OrgFields = z.strictObject({
  nameCy: PlainText(200),
  nameEn: PlainText(200),
  type: z.enum(ORG_TYPES),
  healthBoard: z.string().max(40),
  localAuthority: z.string().max(60).nullable().optional(),
  region: z.string().max(60).optional(),
  clusters: z.array(z.string().max(80)).max(50).optional(),
});
/** Geography must agree with content/geography: local authority, region and clusters lie in the health board. */
function checkGeography(
  v: { healthBoard: string; localAuthority?: string | null; region?: string; clusters?: string[] },
  ctx: z.RefinementCtx,
) {
  const hb = geography.healthBoards.find((h) => h.id === v.healthBoard);
  if (!hb) {
    ctx.addIssue({ code: 'custom', path: ['healthBoard'], message: 'health board', params: { i18n: 'error.field.healthBoard' } });
    return;
  }
  if (v.localAuthority && !geography.localAuthorities.some((l) => l.id === v.localAuthority && l.healthBoard === hb.id))
    ctx.addIssue({ code: 'custom', path: ['localAuthority'], message: 'local authority', params: { i18n: 'error.field.localAuthority' } });
  if (v.region !== undefined && v.region !== hb.region)
    ctx.addIssue({ code: 'custom', path: ['region'], message: 'region', params: { i18n: 'error.field.region' } });
  for (const [i, cl] of (v.clusters ?? []).entries())
    if (!geography.clusters.some((g) => g.id === cl && g.healthBoard === hb.id))
      ctx.addIssue({ code: 'custom', path: ['clusters', i], message: 'cluster', params: { i18n: 'error.field.cluster' } });
}
export const OrgCreateBody = OrgFields.superRefine(checkGeography);
/** Geography is checked on the merged result by the Worker, so a new health board must bring a matching local authority. */
export const OrgPatchBody = OrgFields.partial();

// ------------------------------------------------------------------ people, roles and invitations
export const UserRow = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  lang: LangCode,
  nationalRole: NationalRole.nullable(),
  lastSignInAt: Millis.nullable(),
});
export const RoleChangeBody = z.strictObject({ nationalRole: NationalRole.nullable() });
export const RoleChanged = z.object({ user: z.object({ id: z.string(), email: z.string(), nationalRole: NationalRole.nullable() }) });
export const InviteBody = z
  .strictObject({
    email: Email,
    role: z.enum(['submitter', 'analyst', 'admin']),
    orgId: Uuid.optional(),
    lang: LangCode.optional(),
  })
  .refine((v) => (v.role === 'submitter') === (v.orgId !== undefined), { path: ['orgId'], params: { i18n: 'error.field.required' } });
export const Invitation = z.object({
  id: z.string(),
  email: z.string(),
  orgId: z.string().nullable(),
  role: z.enum(['submitter', 'analyst', 'admin']),
  invitedBy: z.string(),
  createdAt: Millis,
  expiresAt: Millis,
  acceptedAt: Millis.nullable(),
  revokedAt: Millis.nullable(),
});

// ------------------------------------------------------------------ organisation API keys (shown once)
export const ApiKeyCreateBody = z.strictObject({ name: PlainText(100) });
export const ApiKeyListed = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: Millis,
  lastUsedAt: Millis.nullable(),
  revokedAt: Millis.nullable(),
});
export const ApiKeyRow = ApiKeyListed.extend({ orgId: z.string(), createdBy: z.string() });

// ------------------------------------------------------------------ audit log (read only)
export const AuditQuery = z.strictObject({
  entityType: z
    .string()
    .regex(/^[a-z][a-z_-]{0,39}$/)
    .optional(),
  entityId: z.string().min(1).max(200).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  lang: z.string().optional(),
});
export const AuditEntry = z.object({
  seq: z.number().int(),
  at: Millis,
  actorUserId: z.string().nullable(),
  actorApiKeyId: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  /** JSON text of the entity before and after the change. */
  before: z.string().nullable(),
  after: z.string().nullable(),
  requestId: z.string(),
  /** Who acted, readably: a person (their email), a person since erased, an API key (its name) or the system. */
  actorKind: z.enum(['person', 'erased', 'api-key', 'system']),
  actorName: z.string().nullable(),
  /** What the entry is about, in the asker's language (null when the record has no name of its own). */
  subjectName: z.string().nullable(),
  /** The entry is about a person who has since erased their account. */
  subjectErased: z.boolean(),
});
export const AuditPage = z.object({ entries: z.array(AuditEntry), nextBefore: z.number().int().nullable() });

// ------------------------------------------------------------------ development outbox, machine identity
export const OutboxMessage = z.object({ id: z.string(), to: z.string(), subject: z.string(), text: z.string(), createdAt: Millis });
export const MachineIdentity = z.object({ apiKeyId: z.string(), prefix: z.string(), orgId: z.string() });

/** Everything the hub holds about the signed-in person (one JSON download). */
export const AccountExport = z.object({
  exportedAt: IsoTime,
  user: z.object({
    id: z.string(),
    email: z.string(),
    name: z.string().nullable(),
    lang: LangCode,
    nationalRole: NationalRole.nullable(),
    createdAt: IsoTime,
  }),
  memberships: z.array(z.object({ orgId: z.string(), role: z.literal('submitter'), createdAt: IsoTime })),
});

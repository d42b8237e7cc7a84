// Readable names for the audit log: who acted and what the entry is about, in the asker's
// language, so the national team never reads raw ids. A person who has since erased their
// account has no row any more; the page says so instead of showing an id.
import { inArray, or } from 'drizzle-orm';
import type { DrizzleD1Database } from 'drizzle-orm/d1';
import type { Lang } from '../../../content/schema.ts';
import { parsePeriodId, periodShortLabel } from '../../../content/stats/periods.ts';
import type * as schema from '../../db/schema.ts';
import { apiKeys, invitations, organisations, returns, users } from '../../db/schema.ts';

type Db = DrizzleD1Database<typeof schema>;
/** "Ch1 2025-26" / "2025-26 Q1", or null for an id that is not a period's. */
const period = (id: string, lang: Lang) => (parsePeriodId(id) ? periodShortLabel(id, lang) : null);

type Entry = { actorUserId: string | null; actorApiKeyId: string | null; entityType: string; entityId: string };
export type ActorKind = 'person' | 'erased' | 'api-key' | 'system';
/** What the page shows beside an entry: a name, or a kind that the page words itself. */
export type AuditNames = {
  actorKind: ActorKind;
  actorName: string | null;
  subjectName: string | null;
  /** The entry is about a person whose account is gone. */
  subjectErased: boolean;
};

const unique = (xs: (string | null | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))];
const memberParts = (id: string) => {
  const [orgId = '', userId = ''] = id.split(':');
  return { orgId, userId };
};

/**
 * Everything the entries name, one query per table, all in flight together (one round trip):
 * organisations named through a key or a return are found by subquery, not a second trip.
 */
async function lookups(db: Db, entries: readonly Entry[]) {
  const of = (type: string) => entries.filter((e) => e.entityType === type).map((e) => e.entityId);
  const keyIds = unique([...entries.map((e) => e.actorApiKeyId), ...of('api_key')]);
  const retIds = unique(of('return'));
  const invIds = unique(of('invitation'));
  const members = of('membership').map(memberParts);
  const userIds = unique([...entries.map((e) => e.actorUserId), ...of('user'), ...members.map((m) => m.userId)]);
  const orgIds = unique([...of('organisation'), ...members.map((m) => m.orgId)]);
  const orgsWhere = or(
    inArray(organisations.id, orgIds),
    inArray(organisations.id, db.select({ id: apiKeys.orgId }).from(apiKeys).where(inArray(apiKeys.id, keyIds))),
    inArray(organisations.id, db.select({ id: returns.orgId }).from(returns).where(inArray(returns.id, retIds))),
  );
  const [keyRows, retRows, invRows, userRows, orgRows] = await Promise.all([
    keyIds.length ? db.select().from(apiKeys).where(inArray(apiKeys.id, keyIds)) : [],
    retIds.length
      ? db.select({ id: returns.id, orgId: returns.orgId, periodId: returns.periodId }).from(returns).where(inArray(returns.id, retIds))
      : [],
    invIds.length
      ? db.select({ id: invitations.id, email: invitations.email }).from(invitations).where(inArray(invitations.id, invIds))
      : [],
    userIds.length ? db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.id, userIds)) : [],
    orgIds.length || keyIds.length || retIds.length ? db.select().from(organisations).where(orgsWhere) : [],
  ]);
  return {
    users: new Map(userRows.map((u) => [u.id, u.email])),
    orgs: new Map(orgRows.map((o) => [o.id, o])),
    keys: new Map(keyRows.map((k) => [k.id, k])),
    returns: new Map(retRows.map((r) => [r.id, r])),
    invitations: new Map(invRows.map((i) => [i.id, i.email])),
  };
}
type Lookups = Awaited<ReturnType<typeof lookups>>;

function subject(e: Entry, l: Lookups, lang: Lang): { name: string | null; erased: boolean } {
  const org = (id: string) => {
    const o = l.orgs.get(id);
    return o ? (lang === 'cy' ? o.nameCy : o.nameEn) : null;
  };
  const join = (...parts: (string | null)[]) => parts.filter(Boolean).join(' – ') || null;
  switch (e.entityType) {
    case 'organisation':
      return { name: org(e.entityId), erased: false };
    case 'user': {
      const email = l.users.get(e.entityId) ?? null;
      return { name: email, erased: email === null };
    }
    case 'membership': {
      const m = memberParts(e.entityId);
      const email = l.users.get(m.userId) ?? null;
      return { name: join(email, org(m.orgId)), erased: email === null };
    }
    case 'invitation':
      return { name: l.invitations.get(e.entityId) ?? null, erased: false };
    case 'api_key': {
      const k = l.keys.get(e.entityId);
      return { name: k ? join(`${k.name} (${k.prefix}…)`, org(k.orgId)) : null, erased: false };
    }
    case 'return': {
      const r = l.returns.get(e.entityId);
      return { name: r ? join(org(r.orgId), period(r.periodId, lang)) : null, erased: false };
    }
    case 'period':
      return { name: period(e.entityId, lang), erased: false };
    default:
      // Sessions, sign-in links, self-assessments: personal records with no name of their own.
      return { name: null, erased: false };
  }
}

function actor(e: Entry, l: Lookups): { kind: ActorKind; name: string | null } {
  if (e.actorUserId) {
    const email = l.users.get(e.actorUserId);
    return email ? { kind: 'person', name: email } : { kind: 'erased', name: null };
  }
  if (e.actorApiKeyId) return { kind: 'api-key', name: l.keys.get(e.actorApiKeyId)?.name ?? null };
  return { kind: 'system', name: null };
}

/** Each entry with its readable names. */
export async function withAuditNames<E extends Entry>(db: Db, entries: readonly E[], lang: Lang): Promise<(E & AuditNames)[]> {
  const l = await lookups(db, entries);
  return entries.map((e) => {
    const a = actor(e, l);
    const s = subject(e, l, lang);
    return { ...e, actorKind: a.kind, actorName: a.name, subjectName: s.name, subjectErased: s.erased };
  });
}

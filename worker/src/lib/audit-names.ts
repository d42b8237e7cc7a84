// Readable names for the audit log: who acted and what the entry is about, in the asker's
// language, so the national team never reads raw ids. A person who has since erased their
// account has no row any more; the page says so instead of showing an id.
import { desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { BatchResponse } from 'drizzle-orm/batch';
import type { Lang } from '../../../content/schema.ts';
import { parsePeriodId, periodShortLabel } from '../../../content/stats/periods.ts';
import { apiKeys, auditLog, invitations, organisations, returns, users } from '../../db/schema.ts';
import type { Db } from './actor.ts';

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

const memberParts = (id: string) => {
  const [orgId = '', userId = ''] = id.split(':');
  return { orgId, userId };
};

/**
 * A page of the audit log (newest first, `take` rows) and everything its entries name, one
 * query per table, all in one batch (one round trip): each lookup finds its ids in the page by
 * subquery, and organisations named through a key or a return by a further subquery.
 */
export function auditPageQueries(db: Db, where: SQL | undefined, take: number) {
  const pageRows = () => db.select().from(auditLog).where(where).orderBy(desc(auditLog.seq)).limit(take);
  const page = pageRows().as('page');
  const ids = (type: string) => db.select({ id: page.entityId }).from(page).where(eq(page.entityType, type));
  // Membership ids are "<orgId>:<userId>".
  const colon = sql`instr(${page.entityId}, ':')`;
  const memberOrg = db
    .select({ id: sql<string>`substr(${page.entityId}, 1, ${colon} - 1)`.as('member_org') })
    .from(page)
    .where(eq(page.entityType, 'membership'));
  const memberUser = db
    .select({ id: sql<string>`substr(${page.entityId}, ${colon} + 1)`.as('member_user') })
    .from(page)
    .where(eq(page.entityType, 'membership'));
  const keyWhere = or(inArray(apiKeys.id, db.select({ id: page.actorApiKeyId }).from(page)), inArray(apiKeys.id, ids('api_key')));
  const retWhere = inArray(returns.id, ids('return'));
  return [
    pageRows(),
    db.select().from(apiKeys).where(keyWhere),
    db.select({ id: returns.id, orgId: returns.orgId, periodId: returns.periodId }).from(returns).where(retWhere),
    db
      .select({ id: invitations.id, email: invitations.email })
      .from(invitations)
      .where(inArray(invitations.id, ids('invitation'))),
    db
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(
        or(
          inArray(users.id, db.select({ id: page.actorUserId }).from(page)),
          inArray(users.id, ids('user')),
          inArray(users.id, memberUser),
        ),
      ),
    db
      .select()
      .from(organisations)
      .where(
        or(
          inArray(organisations.id, ids('organisation')),
          inArray(organisations.id, memberOrg),
          inArray(organisations.id, db.select({ id: apiKeys.orgId }).from(apiKeys).where(keyWhere)),
          inArray(organisations.id, db.select({ id: returns.orgId }).from(returns).where(retWhere)),
        ),
      ),
  ] as const;
}

function lookups([, keyRows, retRows, invRows, userRows, orgRows]: BatchResponse<ReturnType<typeof auditPageQueries>>) {
  return {
    users: new Map(userRows.map((u) => [u.id, u.email])),
    orgs: new Map(orgRows.map((o) => [o.id, o])),
    keys: new Map(keyRows.map((k) => [k.id, k])),
    returns: new Map(retRows.map((r) => [r.id, r])),
    invitations: new Map(invRows.map((i) => [i.id, i.email])),
  };
}
type Lookups = ReturnType<typeof lookups>;

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

/** The first `count` entries of the page `auditPageQueries` read, each with its readable names. */
export function withAuditNames(read: BatchResponse<ReturnType<typeof auditPageQueries>>, count: number, lang: Lang) {
  const l = lookups(read);
  return read[0].slice(0, count).map((e) => {
    const a = actor(e, l);
    const s = subject(e, l, lang);
    return { ...e, actorKind: a.kind, actorName: a.name, subjectName: s.name, subjectErased: s.erased };
  });
}

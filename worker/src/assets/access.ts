// Who may act on an asset (worker/README.md, "Community assets"): its members read and write;
// national analysts and admins read any asset; admins also manage members, archive and
// restore. One batch reads the asset, whether the caller is a member, and whatever the route
// reads next from its path (`assetGuard`'s reads): one round trip after the caller's. Access is
// decided from the batch's first result before anything else in it is used, so a refused
// request learns nothing from the rest; the guard still runs before the body is read.
import { and, eq, sql } from 'drizzle-orm';
import type { BatchItem, BatchResponse } from 'drizzle-orm/batch';
import type { Context, MiddlewareHandler } from 'hono';
import { assetMembers, assets } from '../../db/schema.ts';
import type { AppEnv } from '../env.ts';
import type { Db } from '../lib/actor.ts';
import { hasRole } from '../lib/auth.ts';
import { ApiError } from '../lib/http.ts';

export type AssetRow = typeof assets.$inferSelect;
/**
 * - `read`: members, national analysts and admins;
 * - `write`: members, and never on an archived asset;
 * - `manage`: members and national admins (members list changes), never on an archived asset;
 * - `admin`: national admins only (archive, restore), archived or not.
 */
export type AssetMode = 'read' | 'write' | 'manage' | 'admin';

type Reads = readonly BatchItem<'sqlite'>[];
/** What the route reads beside the guard: built from the path and query only (the body is not read yet). */
export type AssetReads<T extends Reads> = (db: Db, c: Context<AppEnv>, assetId: string) => readonly [...T];
export type Guarded<T extends Reads> = { asset: AssetRow; member: boolean; reads: BatchResponse<T> };

function allowed(mode: AssetMode, member: boolean, role: Parameters<typeof hasRole>[0]): boolean {
  if (mode === 'read') return member || hasRole(role, 'analyst');
  if (mode === 'write') return member;
  if (mode === 'manage') return member || hasRole(role, 'admin');
  return hasRole(role, 'admin');
}

/**
 * The guard of an asset route and what it read: `middleware` for `guard(route, …)`, `of(c)`
 * in the handler. `reads` run in the guard's batch; their results are handed over only when
 * access is granted.
 */
export function assetGuard<T extends Reads>(mode: AssetMode, reads: AssetReads<T>, param = 'assetId') {
  const loaded = new WeakMap<Request, Guarded<T>>();
  const middleware: MiddlewareHandler<AppEnv> = async (c, next) => {
    const user = c.get('user');
    if (!user) throw new ApiError(c.get('apiKey') ? 403 : 401, c.get('apiKey') ? 'forbidden' : 'unauthenticated');
    const id = c.req.param(param) ?? '';
    const db = c.get('db');
    const guardQuery = db
      .select({
        asset: assets,
        member: sql<number>`EXISTS (SELECT 1 FROM ${assetMembers} WHERE ${and(eq(assetMembers.assetId, assets.id), eq(assetMembers.userId, user.id))})`,
      })
      .from(assets)
      .where(eq(assets.id, id))
      .limit(1);
    const [[row], ...rest] = (await db.batch([guardQuery, ...reads(db, c, id)])) as [Awaited<typeof guardQuery>, ...BatchResponse<T>];
    const member = Boolean(row?.member);
    if (!row) throw new ApiError(404, 'not-found');
    if (!allowed(mode, member, user.nationalRole)) throw new ApiError(403, 'forbidden');
    if ((mode === 'write' || mode === 'manage') && row.asset.archivedAt !== null) throw new ApiError(409, 'asset-archived');
    loaded.set(c.req.raw, { asset: row.asset, member, reads: rest as unknown as BatchResponse<T> });
    return next();
  };
  const of = (c: Context<AppEnv>): Guarded<T> => {
    const a = loaded.get(c.req.raw);
    if (!a) throw new Error('assetGuard: the route is not guarded by this guard');
    return a;
  };
  return { middleware, of };
}

/** A guard that reads nothing beside the asset (routes that only write, or read the row alone). */
export const requireAsset = (mode: AssetMode, param = 'assetId') => assetGuard(mode, () => [], param);

// Who may act on an asset (worker/README.md, "Community assets"): its members read and write;
// national analysts and admins read any asset; admins also manage members, archive and
// restore. One query reads the asset and whether the caller is a member; the row is kept for
// the handler, so a guarded request does not read it twice.
import { and, eq, sql } from 'drizzle-orm';
import type { Context, MiddlewareHandler } from 'hono';
import { assetMembers, assets } from '../../db/schema.ts';
import type { AppEnv } from '../env.ts';
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

const loaded = new WeakMap<Request, { asset: AssetRow; member: boolean }>();

export function requireAsset(mode: AssetMode, param = 'assetId'): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = c.get('user');
    if (!user) throw new ApiError(c.get('apiKey') ? 403 : 401, c.get('apiKey') ? 'forbidden' : 'unauthenticated');
    const id = c.req.param(param) ?? '';
    const db = c.get('db');
    const [row] = await db
      .select({
        asset: assets,
        member: sql<number>`EXISTS (SELECT 1 FROM ${assetMembers} WHERE ${and(eq(assetMembers.assetId, assets.id), eq(assetMembers.userId, user.id))})`,
      })
      .from(assets)
      .where(eq(assets.id, id))
      .limit(1);
    const member = Boolean(row?.member);
    const national = (role: 'analyst' | 'admin') => hasRole(user.nationalRole, role);
    const allowed =
      mode === 'read'
        ? member || national('analyst')
        : mode === 'write'
          ? member
          : mode === 'manage'
            ? member || national('admin')
            : national('admin');
    if (!row) throw new ApiError(404, 'not-found');
    if (!allowed) throw new ApiError(403, 'forbidden');
    if ((mode === 'write' || mode === 'manage') && row.asset.archivedAt !== null) throw new ApiError(409, 'asset-archived');
    loaded.set(c.req.raw, { asset: row.asset, member });
    return next();
  };
}

/** The asset `requireAsset` loaded for this request. */
export function assetOf(c: Context<AppEnv>): { asset: AssetRow; member: boolean } {
  const a = loaded.get(c.req.raw);
  if (!a) throw new Error('assetOf: the route is not guarded by requireAsset');
  return a;
}

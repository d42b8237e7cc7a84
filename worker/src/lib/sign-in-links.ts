// Sign-in links: only the newest link of an address works (issue 13). Issuing a link retires
// every earlier unused one, and signing in retires the rest, in the same batch as the change.
import { and, eq, isNull } from 'drizzle-orm';
import { loginTokens } from '../../db/schema.ts';
import type { AppEnv } from '../env.ts';

export function retireUnusedLinks(db: AppEnv['Variables']['db'], email: string) {
  return db.delete(loginTokens).where(and(eq(loginTokens.email, email), isNull(loginTokens.usedAt)));
}

// The ways what an isolate holds (the caller's session, the return) goes stale, that every write
// decided on a held copy must answer exactly as its route does, changing nothing: shared by the
// draft save's and the submission's tests (returns-save-ahead, returns-submit-ahead).
import { env } from 'cloudflare:workers';
import { LIMITS } from '../../worker/src/lib/ratelimit.ts';
import { type Caller, client, type Session } from './helpers.ts';

export interface StaleCase {
  name: string;
  change: (x: { orgId: string; session: Session; caller: Caller }) => Promise<unknown>;
  /** The revision the write sends, when not the held one. */
  rev?: number;
  /** The CSRF token the write sends, when not the session's. */
  csrf?: string;
  status: number;
  code: string;
}

export function staleCases(periodId: string): StaleCase[] {
  return [
    {
      name: 'the session was signed out',
      change: ({ caller }) => client(caller).auth['sign-out'].$post(),
      status: 401,
      code: 'unauthenticated',
    },
    {
      name: 'the person left the organisation',
      change: ({ orgId, session }) =>
        env.DB.prepare('DELETE FROM memberships WHERE user_id = ?1 AND org_id = ?2').bind(session.userId, orgId).run(),
      status: 403,
      code: 'forbidden',
    },
    { name: 'the request carries a wrong CSRF token', change: async () => {}, csrf: 'wrong', status: 403, code: 'csrf' },
    {
      name: 'someone else saved the draft meanwhile',
      change: ({ orgId }) =>
        env.DB.prepare("UPDATE returns SET draft_rev = draft_rev + 1, draft_values = '{}' WHERE org_id = ?1 AND period_id = ?2")
          .bind(orgId, periodId)
          .run(),
      status: 409,
      code: 'draft-conflict',
    },
    { name: 'the write sends an old revision', change: async () => {}, rev: 0, status: 409, code: 'draft-conflict' },
    {
      name: 'the organisation was archived',
      change: ({ orgId }) => env.DB.prepare('UPDATE organisations SET archived_at = ?1 WHERE id = ?2').bind(Date.now(), orgId).run(),
      status: 409,
      code: 'org-archived',
    },
    {
      name: 'the person is over the write limit',
      change: ({ session }) =>
        env.DB.prepare('UPDATE rate_limits SET count = ?1 WHERE key LIKE ?2').bind(LIMITS.write.max, `write:${session.userId}:%`).run(),
      status: 429,
      code: 'rate-limited',
    },
  ];
}

// Saving a self-assessment: the page autosaves as people answer, so this is the hub's most
// frequent write. Nothing is read first: the audit row and the update are ONE batch, each
// written only if the assessment is still the caller's, at the revision the save started from
// and on the framework version of the body; the update returns the summary, and the batch ends
// with the row as it then is, so a save that changed nothing says why (404, 400, 409) without
// another round trip, in the order a read before the write would have found it.
// Decided ahead of the caller's lookup (a session this isolate holds), the same batch, led by
// the proof that the session still holds, is the request's one round trip.
import type { Context } from 'hono';
import { assessments } from '../../db/schema.ts';
import type { AppEnv } from '../env.ts';
import { AUDIT_INSERT } from '../lib/audit.ts';
import { type HeldCaller, type HeldCheck, refuseUnlessHeld, staleSnapshot } from '../lib/held-checks.ts';
import { ApiError } from '../lib/http.ts';
import { type RawRow, rowReader } from '../lib/rows.ts';
import { ownAssessment, summary, validDraft } from './service.ts';

export interface SaveBody {
  rev: number;
  assessment: unknown;
}

/** The assessment as the save expects to find it: ?1 id, ?2 owner, ?3 revision, ?4 framework version. */
const AS_EXPECTED = 'id = ?1 AND user_id = ?2 AND rev = ?3 AND framework_version = ?4';

const AUDIT_SQL = `${AUDIT_INSERT}
  SELECT ?5, user_id, NULL, 'assessment.update', 'assessment', id, json_object('rev', rev, 'answered', answered), ?6, ?7
  FROM assessments WHERE ${AS_EXPECTED}`;

const AS_IS_SQL = 'SELECT user_id, rev, framework_version FROM assessments WHERE id = ?1';

const UPDATE_SQL = `UPDATE assessments SET data = ?5, rev = ?3 + 1, answered = ?6, updated_at = ?7 WHERE ${AS_EXPECTED}
  RETURNING id, user_id, framework_version, status, rev, answered, total, created_at, updated_at, completed_at, contributed_at`;

type AsIs = { user_id: string; rev: number; framework_version: string };
const readRow = rowReader(assessments);

/** The save of a valid body: its statements, and the answer from what the update returns. */
function saveOf(c: Context<AppEnv>, id: string, body: SaveBody, draft: ReturnType<typeof validDraft>) {
  const d1 = c.get('db').$client;
  const now = Date.now();
  const expected = [id, c.get('user')!.id, body.rev, draft.framework.version];
  const assessment = { ...draft.assessment, id };
  return {
    expected: { failsWhen: `NOT EXISTS (SELECT 1 FROM assessments WHERE ${AS_EXPECTED})`, binds: expected } satisfies HeldCheck,
    statements: [
      d1.prepare(AUDIT_SQL).bind(...expected, now, JSON.stringify({ rev: body.rev + 1, answered: draft.answered }), c.get('requestId')),
      d1.prepare(UPDATE_SQL).bind(...expected, JSON.stringify(assessment), draft.answered, now),
      d1.prepare(AS_IS_SQL).bind(id),
    ],
    /** The answer from the batch's results: the saved summary, or the route's refusal. */
    answer: (results: D1Result[]) => {
      const [raw] = results.at(-2)!.results as RawRow[];
      if (!raw) refusal(c, body, draft, results.at(-1)!.results[0] as AsIs | undefined);
      // The update returns every column but the answers (sent, not read back).
      const row = { ...readRow(raw), data: '' };
      return { ...summary(row), assessment };
    },
  };
}

/** Why a save changed nothing, from the row as it now is. */
function refusal(c: Context<AppEnv>, body: SaveBody, draft: ReturnType<typeof validDraft>, row: AsIs | undefined): never {
  // Never 403: another person's ids are not confirmed to exist.
  if (!row || row.user_id !== c.get('user')!.id) throw new ApiError(404, 'not-found');
  if (draft.framework.version !== row.framework_version)
    throw new ApiError(400, 'validation', {}, [{ field: 'assessment.frameworkVersion', key: 'error.assess.version' }]);
  if (row.rev !== body.rev) throw new ApiError(409, 'conflict');
  throw new Error('an assessment as expected was not saved');
}

/** Checks the body against its own framework version; an invalid body of someone else's assessment is still a 404. */
async function validOrRefused(c: Context<AppEnv>, id: string, body: SaveBody) {
  try {
    return validDraft(body.assessment);
  } catch (err) {
    if (err instanceof ApiError) await ownAssessment(c.get('db'), c.get('user')!.id, id);
    throw err;
  }
}

/** The route's save: one batch after the caller's lookup (two round trips). */
export async function saveAssessment(c: Context<AppEnv>, id: string, body: SaveBody) {
  const s = saveOf(c, id, body, await validOrRefused(c, id, body));
  return s.answer(await c.get('db').$client.batch(s.statements));
}

/**
 * The same save decided on the session this isolate holds (lib/decided-ahead.ts), in ONE round
 * trip: the caller's write count and one statement refusing the batch unless the session and the
 * assessment are as expected lead it. Null (nothing changed) when the body is invalid or the batch
 * was refused: the route then answers, from fresh reads.
 */
export async function saveAssessmentAhead(c: Context<AppEnv>, id: string, body: SaveBody, verify: HeldCaller) {
  const s = saveOf(c, id, body, validDraft(body.assessment));
  const d1 = c.get('db').$client;
  try {
    return s.answer(await d1.batch([...verify.statements, refuseUnlessHeld(d1, [...verify.checks, s.expected]), ...s.statements]));
  } catch (err) {
    if (staleSnapshot(err)) return null;
    throw err;
  }
}

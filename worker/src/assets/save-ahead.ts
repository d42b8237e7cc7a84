// An asset's self-assessment autosaves as its members write. On a session this isolate holds
// (lib/decided-ahead.ts) a save is one round trip: the caller's write count and one statement
// that refuses the batch unless the session holds and the assessment is still a draft of this
// asset, at the revision and standards version the save expects, on an asset that is not
// archived and of which the caller is a member; then the audit row and the update, which returns
// the summary. Anything else goes on to the route (routes/assets.ts), which answers from its
// guard's reads as it always has.
import type { Context } from 'hono';
import { assetAssessments } from '../../db/schema.ts';
import type { AppEnv } from '../env.ts';
import { AUDIT_INSERT } from '../lib/audit.ts';
import { type HeldCaller, refuseUnlessHeld, staleSnapshot } from '../lib/held-checks.ts';
import { type RawRow, rowReader } from '../lib/rows.ts';
import type { AssetAssessmentRow } from './views.ts';

/** ?1 the assessment, ?2 its asset, ?3 the revision, ?4 the standards version. */
const AS_EXPECTED = `aa.id = ?1 AND aa.asset_id = ?2 AND aa.rev = ?3 AND aa.standards_version = ?4 AND aa.status = 'draft'`;

/** ?5 the caller. */
const HOLDS = `NOT EXISTS (SELECT 1 FROM asset_assessments aa JOIN assets a ON a.id = aa.asset_id
  WHERE ${AS_EXPECTED} AND a.archived_at IS NULL
    AND EXISTS (SELECT 1 FROM asset_members m WHERE m.asset_id = a.id AND m.user_id = ?5))`;

const AUDIT_SQL = `${AUDIT_INSERT}
  SELECT ?6, ?5, NULL, 'asset_assessment.update', 'asset_assessment', aa.id, json_object('rev', aa.rev, 'answered', aa.answered), ?7, ?8
  FROM asset_assessments aa WHERE ${AS_EXPECTED}`;

const UPDATE_SQL = `UPDATE asset_assessments AS aa SET data = ?6, lang = ?7, rev = ?3 + 1, answered = ?8, updated_by = ?5, updated_at = ?9
  WHERE ${AS_EXPECTED}
  RETURNING id, asset_id, standards_version, lang, status, rev, answered, total, created_by, created_at, updated_by, updated_at, submitted_by, submitted_at`;

const readRow = rowReader(assetAssessments);

export interface AssetSave {
  assetId: string;
  id: string;
  rev: number;
  standardsVersion: string;
  lang: AssetAssessmentRow['lang'];
  /** The assessment as stored (with its id). */
  data: object;
  answered: number;
}

/** The saved row (its data left out), or null when the batch was refused: the route then answers. */
export async function saveAssetAssessmentAhead(c: Context<AppEnv>, s: AssetSave, verify: HeldCaller): Promise<AssetAssessmentRow | null> {
  const d1 = c.get('db').$client;
  const userId = c.get('user')!.id;
  const expected = [s.id, s.assetId, s.rev, s.standardsVersion, userId];
  const now = Date.now();
  try {
    const results = await d1.batch([
      ...verify.statements,
      refuseUnlessHeld(d1, [...verify.checks, { failsWhen: HOLDS, binds: expected }]),
      d1.prepare(AUDIT_SQL).bind(...expected, now, JSON.stringify({ rev: s.rev + 1, answered: s.answered }), c.get('requestId')),
      d1.prepare(UPDATE_SQL).bind(...expected, JSON.stringify(s.data), s.lang, s.answered, now),
    ]);
    const [raw] = results.at(-1)!.results as RawRow[];
    if (!raw) throw new Error('an asset assessment as expected was not saved');
    // The update returns every column but the answers (sent, not read back).
    return { ...readRow(raw), data: '' };
  } catch (err) {
    if (staleSnapshot(err)) return null;
    throw err;
  }
}

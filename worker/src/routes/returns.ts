// Quarterly core dataset returns of an organisation (/api/orgs/{orgId}/returns…) and the
// reporting periods (/api/periods…). Routes: content/api/routes/returns.ts; logic in
// ../returns/ (queries, views, commands); pure rules in content/returns/status.ts.
import { and, eq, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { z } from 'zod';
import { routes } from '../../../content/api/routes/index.ts';
import { draftSchema, MAX_CSV_BYTES, SubmitHeaders } from '../../../content/api/schemas/returns.ts';
import { parseReturnCsv, templateCsv } from '../../../content/dataset/csv.ts';
import { t } from '../../../content/i18n.ts';
import { currentDataset } from '../../../content/index.ts';
import { cleanExplanations, coerceValues, dayMs, defOf, issuesOf, unexplained, type Values } from '../../../content/returns/status.ts';
import type { DatasetDefinition } from '../../../content/schema.ts';
import { defaultDue, defaultOpening } from '../../../content/stats/periods.ts';
import { openDataReleases, periods, returns } from '../../db/schema.ts';
import type { AppEnv } from '../env.ts';
import { actorOf } from '../lib/actor.ts';
import { auditEntry } from '../lib/audit.ts';
import { requireOrgAccess, requireRole } from '../lib/auth.ts';
import { guard, routeModule } from '../lib/contract.ts';
import { decidedAhead, passes, readAsRoute } from '../lib/decided-ahead.ts';
import { ApiError, parseWith } from '../lib/http.ts';
import { changedNothing } from '../lib/rows.ts';
import { type DraftInput, saveDraft, saveDraftFromSnapshot, submitFromSnapshot, submitReturn } from '../returns/commands.ts';
import { addNote } from '../returns/notes.ts';
import { type BasisResults, basisQueries, publicationStatements, publishLock, publishPeriod } from '../returns/publish.ts';
import { forgetPublishedRevision } from '../returns/published-revision.ts';
import { draftFacts, periodQuery } from '../returns/queries.ts';
import { diffVersions, orgReturns, periodDto, returnDetail, versionDetail } from '../returns/views.ts';

type C = Context<AppEnv>;

/** Typed values → numbers; a value that is not a number is a 400 on `values.<key>`. */
function numbers(input: Record<string, unknown>): Values {
  const { values, notNumbers } = coerceValues(input);
  if (notNumbers.length)
    throw new ApiError(
      400,
      'validation',
      {},
      notNumbers.map((k) => ({ field: `values.${k}`, key: 'error.returns.field.not-number' as const })),
    );
  return values;
}

/**
 * A validated draft body as the command's input, given the definition the return is checked
 * against: the contract checked it against the current dataset definition, and a return made
 * against an older one is checked against its own too.
 */
export function draftInput(body: { rev: number; values: Record<string, unknown>; explanations?: Record<string, string | undefined> }) {
  // Read once here (a value that is not a number is refused before any query); a return on an
  // older definition is checked against its own too, the only case that reads the body again.
  const current: DraftInput = { rev: body.rev, values: numbers(body.values), explanations: cleanExplanations(body.explanations) };
  return (def: DatasetDefinition): DraftInput => {
    if (def === currentDataset) return current;
    const checked = parseWith(draftSchema(def), body);
    return { rev: checked.rev, values: numbers(checked.values), explanations: cleanExplanations(checked.explanations) };
  };
}

const r = routeModule();

r.openapi(guard(routes.orgReturns, requireOrgAccess('orgId', 'read')), async (c) =>
  c.json(await orgReturns(c.get('db'), c.req.valid('param').orgId, Date.now()), 200),
);

r.openapi(guard(routes.returnRead, requireOrgAccess('orgId', 'read')), async (c) => {
  const { orgId, periodId } = c.req.valid('param');
  return c.json(await returnDetail(c.get('db'), orgId, periodId, Date.now()), 200);
});

const draftSaveRoute = guard(routes.draftSave, requireOrgAccess('orgId', 'write'));
r.openapi(draftSaveRoute, async (c) => {
  const { orgId, periodId } = c.req.valid('param');
  const input = draftInput(c.req.valid('json'));
  return c.json(await saveDraft(actorOf(c), orgId, periodId, input, c.get('apiKey') ? 'api' : 'web'), 200);
});

/** A submission's idempotency key, as the submit routes' header schema reads it. */
export const idempotencyKeyOf = (c: C) =>
  parseWith(SubmitHeaders, { 'Idempotency-Key': c.req.header('Idempotency-Key') })['Idempotency-Key'];

/** The return form autosaves as people type: most saves are decided ahead. */
export const draftSaveAhead = decidedAhead(
  'PUT',
  async (c, verify) => {
    await passes(c, draftSaveRoute.middleware);
    const { param, json } = await readAsRoute(c, routes.draftSave);
    return saveDraftFromSnapshot(actorOf(c), param.orgId, param.periodId, draftInput(json), c.get('apiKey') ? 'api' : 'web', verify);
  },
  200,
);

// Members of the organisation and the national team (analysts review returns; admins include them);
// an API key is refused: a note needs a person as its author.
r.openapi(guard(routes.noteAdd, requireOrgAccess('orgId', 'write', { nationalWrite: 'analyst' })), async (c) => {
  const { orgId, periodId } = c.req.valid('param');
  const user = c.get('user');
  if (!user) throw new ApiError(403, 'forbidden');
  const author = { ...actorOf(c), userId: user.id, orgIds: user.orgIds, shown: user.name ?? user.email };
  return c.json(await addNote(author, orgId, periodId, c.req.valid('json')), 201);
});

r.openapi(guard(routes.returnValidate, requireOrgAccess('orgId', 'write')), async (c) => {
  const { orgId, periodId } = c.req.valid('param');
  const f = await draftFacts(c.get('db'), orgId, periodId);
  if (!f.period) throw new ApiError(404, 'period-not-found');
  const def = defOf(f.ret?.datasetVersion ?? currentDataset.version);
  const body = c.req.valid('json');
  const checked = def === currentDataset ? body : parseWith(draftSchema(def).omit({ rev: true }), body);
  const issues = issuesOf(def, numbers(checked.values), { periodId, history: f.history }, true);
  const explanations = cleanExplanations(checked.explanations);
  return c.json({ ...issues, unexplained: unexplained(issues.warnings, explanations).map((w) => w.field) }, 200);
});

r.openapi(guard(routes.returnTemplate, requireOrgAccess('orgId', 'read')), async (c) => {
  const { orgId, periodId } = c.req.valid('param');
  const lang = c.req.valid('query').lang ?? c.get('lang');
  const [[period], [ret]] = await c.get('db').batch([
    periodQuery(c.get('db'), periodId),
    c
      .get('db')
      .select()
      .from(returns)
      .where(and(eq(returns.orgId, orgId), eq(returns.periodId, periodId)))
      .limit(1),
  ]);
  if (!period) throw new ApiError(404, 'period-not-found');
  const def = defOf(ret?.datasetVersion ?? currentDataset.version);
  const csv = templateCsv(def, lang, ret?.draftValues ?? {}, ret?.draftExplanations ?? {});
  return c.body(csv, 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${lang === 'cy' ? 'ffurflen' : 'return'}-${periodId}.csv"`,
  });
});

r.openapi(guard(routes.returnCsv, requireOrgAccess('orgId', 'write')), async (c) => {
  const { orgId, periodId } = c.req.valid('param');
  const lang = c.get('lang');
  const ct = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (ct !== 'text/csv' && ct !== 'text/plain') throw new ApiError(415, 'unsupported-media-type', { type: 'text/csv' });
  if (Number(c.req.header('Content-Length') ?? '0') > MAX_CSV_BYTES) throw new ApiError(413, 'payload-too-large', { max: MAX_CSV_BYTES });
  const rev = parseWith(z.object({ 'x-draft-rev': z.string().regex(/^\d{1,9}$/) }), { 'x-draft-rev': c.req.header('X-Draft-Rev') });
  const buf = await c.req.raw.arrayBuffer();
  if (buf.byteLength > MAX_CSV_BYTES) throw new ApiError(413, 'payload-too-large', { max: MAX_CSV_BYTES });
  // The file is read against the return's own definition, once the period and organisation are known to take it.
  const fromCsv = (def: DatasetDefinition): DraftInput => {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
    } catch {
      throw new ApiError(422, 'csv-invalid').with({ problems: [{ row: 1, column: '', message: t(lang, 'error.returns.csv-encoding') }] });
    }
    const parsed = parseReturnCsv(def, text);
    if (parsed.problems.length) {
      throw new ApiError(422, 'csv-invalid').with({
        problems: parsed.problems.map((p) => ({ row: p.row, column: p.column, message: p.message[lang] })),
      });
    }
    return { rev: Number(rev['x-draft-rev']), values: numbers(parsed.values), explanations: cleanExplanations(parsed.explanations) };
  };
  return c.json(await saveDraft(actorOf(c), orgId, periodId, fromCsv, 'csv'), 200);
});

const submitRoute = guard(routes.returnSubmit, requireOrgAccess('orgId', 'write'));
r.openapi(submitRoute, async (c) => {
  const { orgId, periodId } = c.req.valid('param');
  const key = c.req.valid('header')['Idempotency-Key'];
  return c.json(await submitReturn(actorOf(c), orgId, periodId, c.req.valid('json'), key), 201);
});

/** A submission straight after the form's last save: decided ahead too. */
export const submitAhead = decidedAhead(
  'POST',
  async (c, verify) => {
    await passes(c, submitRoute.middleware);
    const { param, json } = await readAsRoute(c, routes.returnSubmit);
    return submitFromSnapshot(actorOf(c), param.orgId, param.periodId, json, idempotencyKeyOf(c), verify);
  },
  201,
);

r.openapi(guard(routes.returnVersion, requireOrgAccess('orgId', 'read')), async (c) => {
  const { orgId, periodId, version } = c.req.valid('param');
  return c.json(await versionDetail(c.get('db'), orgId, periodId, version), 200);
});

r.openapi(guard(routes.returnDiff, requireOrgAccess('orgId', 'read')), async (c) => {
  const { orgId, periodId } = c.req.valid('param');
  const q = c.req.valid('query');
  return c.json(await diffVersions(c.get('db'), orgId, periodId, q.from, q.to), 200);
});

// ------------------------------------------------------------------ /api/periods
r.openapi(guard(routes.periodsList), async (c) => {
  const rows = await c.get('db').select().from(periods);
  rows.sort((a, b) => (a.id < b.id ? 1 : -1));
  return c.json({ periods: rows.map(periodDto) }, 200);
});

r.openapi(guard(routes.periodCreate, requireRole('admin')), async (c) => {
  const body = c.req.valid('json');
  const db = c.get('db');
  const [existing] = await db.select().from(periods).where(eq(periods.id, body.id)).limit(1);
  if (existing) throw new ApiError(409, 'period-exists').with({ period: periodDto(existing) });
  let due = body.dueAt;
  if (!due) {
    try {
      due = defaultDue(body.id);
    } catch {
      // Bank holidays are only known for a range of years: outside it the deadline must be given.
      throw new ApiError(400, 'validation', {}, [{ field: 'dueAt', key: 'error.field.required' }]);
    }
  }
  const row = {
    id: body.id,
    opensAt: dayMs(body.opensAt ?? defaultOpening(body.id)),
    dueAt: dayMs(due),
    lockedAt: null,
    lockedBy: null,
    createdAt: Date.now(),
    dataRev: 0,
  };
  try {
    await db.batch([
      db.insert(periods).values(row),
      auditEntry(c, { action: 'period.create', entityType: 'period', entityId: row.id, after: periodDto(row) }),
    ]);
  } catch (err) {
    if (String(err).includes('UNIQUE')) throw new ApiError(409, 'period-exists');
    throw err;
  }
  return c.json(periodDto(row), 201);
});

/**
 * Locks or unlocks a period. Either way its open data is published again in the same batch
 * (locking drops the provisional code p, and the first lock is the first publication, from
 * which later changes are revisions r).
 */
async function setLock(c: C, id: string, lock: boolean) {
  const db = c.get('db');
  const [[p], ...basis] = await db.batch([periodQuery(db, id), ...basisQueries(db, id)]);
  if (!p) throw new ApiError(404, 'period-not-found');
  if ((p.lockedAt !== null) === lock) return periodDto(p);
  const now = Date.now();
  const after = { ...p, lockedAt: lock ? now : null, lockedBy: lock ? c.get('user')!.id : null };
  const publication = publishLock(basis as BasisResults, { periodId: p.id, now }, lock);
  const [, , , inserted] = await db.batch([
    db.update(periods).set({ lockedAt: after.lockedAt, lockedBy: after.lockedBy }).where(eq(periods.id, p.id)),
    auditEntry(c, {
      action: lock ? 'period.lock' : 'period.unlock',
      entityType: 'period',
      entityId: p.id,
      before: { locked: !lock },
      after: { locked: lock },
    }),
    // The first lock is the period's first publication (for revision codes).
    lock ? db.insert(openDataReleases).values({ periodId: p.id, firstPublishedAt: now }).onConflictDoNothing() : db.run(sql`SELECT 1`),
    ...publicationStatements(db, publication),
  ]);
  forgetPublishedRevision();
  // A review changed the figures between the read and the write: publish from fresh figures (rare).
  if (changedNothing(inserted)) await publishPeriod(db, p.id, lock ? 'lock' : 'unlock', now);
  return periodDto(after);
}
r.openapi(guard(routes.periodLock, requireRole('admin')), async (c) => c.json(await setLock(c, c.req.valid('param').id, true), 200));
r.openapi(guard(routes.periodUnlock, requireRole('admin')), async (c) => c.json(await setLock(c, c.req.valid('param').id, false), 200));

export default r;

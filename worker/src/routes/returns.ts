// Quarterly core dataset returns of an organisation (mounted at /api/orgs), and the reporting
// periods (`periodsApp`, mounted at /api/periods). Shapes: worker/README.md, "Returns API".

import { eq } from 'drizzle-orm';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { parseReturnCsv, templateCsv } from '../../../content/dataset/csv.ts';
import { t } from '../../../content/i18n.ts';
import { currentDataset } from '../../../content/index.ts';
import { openDataReleases, periods } from '../../db/schema.ts';
import type { AppEnv } from '../env.ts';
import { auditEntry } from '../lib/audit.ts';
import { requireOrgAccess, requireRole } from '../lib/auth.ts';
import { ApiError, noBody, parseJson, parseWith } from '../lib/http.ts';
import { assertNotArchived } from '../lib/organisations.ts';
import { ReturnsError } from '../returns/errors.ts';
import {
  cleanExplanations,
  coerceValues,
  dayMs,
  defOf,
  diffVersions,
  draftSchema,
  getOrg,
  getPeriod,
  issuesOf,
  loadReturn,
  MAX_CSV_BYTES,
  MAX_DRAFT_BYTES,
  orgReturns,
  PeriodIdSchema,
  periodDto,
  previousAccepted,
  returnDetail,
  saveDraft,
  submitReturn,
  submitSchema,
  validateSchema,
  versionDetail,
} from '../returns/service.ts';
import { defaultDue, defaultOpening } from '../stats/periods.ts';

type C = Context<AppEnv>;

// ------------------------------------------------------------------ handlers shared with the machine API
/** Definition a return for this org and period is (or will be) checked against. */
async function defFor(c: C, orgId: string, periodId: string) {
  const l = await loadReturn(c.get('db'), orgId, periodId);
  return defOf(l.ret?.datasetVersion ?? currentDataset.version);
}

export async function putDraft(c: C, orgId: string, periodId: string, source: 'web' | 'api') {
  await getPeriod(c.get('db'), periodId);
  const def = await defFor(c, orgId, periodId);
  const body = await parseJson(c, draftSchema(def), { maxBytes: MAX_DRAFT_BYTES });
  const values = coerceValues(body.values);
  return c.json(await saveDraft(c, orgId, periodId, { rev: body.rev, values, explanations: cleanExplanations(body.explanations) }, source));
}

export async function postSubmit(c: C, orgId: string, periodId: string) {
  const body = await parseJson(c, submitSchema);
  return c.json(await submitReturn(c, orgId, periodId, body, c.req.header('Idempotency-Key')), 201);
}

const Lang = z.object({ lang: z.enum(['cy', 'en']).optional() });
const VersionParam = z.coerce.number().int().min(1).max(100_000);

// ------------------------------------------------------------------ /api/orgs/:orgId/returns…
const r = new Hono<AppEnv>();

r.get('/:orgId/returns', requireOrgAccess('orgId', 'read'), async (c) => c.json(await orgReturns(c, c.req.param('orgId'))));

r.get('/:orgId/returns/:periodId', requireOrgAccess('orgId', 'read'), async (c) =>
  c.json(await returnDetail(c, c.req.param('orgId'), c.req.param('periodId'))),
);

r.put('/:orgId/returns/:periodId/draft', requireOrgAccess('orgId', 'write'), (c) =>
  putDraft(c, c.req.param('orgId'), c.req.param('periodId'), c.get('apiKey') ? 'api' : 'web'),
);

r.post('/:orgId/returns/:periodId/validate', requireOrgAccess('orgId', 'write'), async (c) => {
  const { orgId, periodId } = c.req.param();
  await getPeriod(c.get('db'), periodId);
  const def = await defFor(c, orgId, periodId);
  const body = await parseJson(c, validateSchema(def), { maxBytes: MAX_DRAFT_BYTES });
  const previous = await previousAccepted(c.get('db'), orgId, periodId);
  const values = coerceValues(body.values);
  const issues = issuesOf(def, values, previous?.values, true);
  const explanations = cleanExplanations(body.explanations);
  return c.json({ ...issues, unexplained: issues.warnings.filter((w) => !explanations[w.field]).map((w) => w.field) });
});

r.get('/:orgId/returns/:periodId/template.csv', requireOrgAccess('orgId', 'read'), async (c) => {
  const { orgId, periodId } = c.req.param();
  const lang = parseWith(Lang, c.req.query()).lang ?? c.get('lang');
  await getPeriod(c.get('db'), periodId);
  const l = await loadReturn(c.get('db'), orgId, periodId);
  const def = defOf(l.ret?.datasetVersion ?? currentDataset.version);
  const csv = templateCsv(def, lang, l.ret?.draftValues ?? {}, l.ret?.draftExplanations ?? {});
  return c.body(csv, 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${lang === 'cy' ? 'ffurflen' : 'return'}-${periodId}.csv"`,
  });
});

r.post('/:orgId/returns/:periodId/csv', requireOrgAccess('orgId', 'write'), async (c) => {
  const { orgId, periodId } = c.req.param();
  const lang = c.get('lang');
  const ct = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (ct !== 'text/csv' && ct !== 'text/plain') throw new ApiError(415, 'unsupported-media-type', { type: 'text/csv' });
  if (Number(c.req.header('Content-Length') ?? '0') > MAX_CSV_BYTES) throw new ApiError(413, 'payload-too-large', { max: MAX_CSV_BYTES });
  const rev = parseWith(z.object({ 'x-draft-rev': z.string().regex(/^\d{1,9}$/) }), { 'x-draft-rev': c.req.header('X-Draft-Rev') });
  const buf = await c.req.raw.arrayBuffer();
  if (buf.byteLength > MAX_CSV_BYTES) throw new ApiError(413, 'payload-too-large', { max: MAX_CSV_BYTES });
  const period = await getPeriod(c.get('db'), periodId);
  if (period.lockedAt !== null) throw new ReturnsError(423, 'period-locked');
  assertNotArchived(await getOrg(c.get('db'), orgId));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    throw new ReturnsError(422, 'csv-invalid', { problems: [{ row: 1, column: '', message: t(lang, 'error.returns.csv-encoding') }] });
  }
  const def = await defFor(c, orgId, periodId);
  const parsed = parseReturnCsv(def, text);
  if (parsed.problems.length) {
    throw new ReturnsError(422, 'csv-invalid', {
      problems: parsed.problems.map((p) => ({ row: p.row, column: p.column, message: p.message[lang] })),
    });
  }
  const values = coerceValues(parsed.values);
  return c.json(
    await saveDraft(
      c,
      orgId,
      periodId,
      { rev: Number(rev['x-draft-rev']), values, explanations: cleanExplanations(parsed.explanations) },
      'csv',
    ),
  );
});

r.post('/:orgId/returns/:periodId/submit', requireOrgAccess('orgId', 'write'), (c) =>
  postSubmit(c, c.req.param('orgId'), c.req.param('periodId')),
);

r.get('/:orgId/returns/:periodId/versions/:version', requireOrgAccess('orgId', 'read'), async (c) => {
  const { orgId, periodId, version } = c.req.param();
  return c.json(await versionDetail(c, orgId, periodId, parseWith(VersionParam, version)));
});

r.get('/:orgId/returns/:periodId/diff', requireOrgAccess('orgId', 'read'), async (c) => {
  const { orgId, periodId } = c.req.param();
  const q = parseWith(z.object({ from: VersionParam, to: VersionParam }), c.req.query());
  return c.json(await diffVersions(c, orgId, periodId, q.from, q.to));
});

export default r;

// ------------------------------------------------------------------ /api/periods
export const periodsApp = new Hono<AppEnv>();

periodsApp.get('/', async (c) => {
  const rows = await c.get('db').select().from(periods);
  rows.sort((a, b) => (a.id < b.id ? 1 : -1));
  return c.json({ periods: rows.map(periodDto) });
});

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(dayMs(s)) && new Date(dayMs(s)).toISOString().slice(0, 10) === s, {
    params: { i18n: 'error.field.format' },
  });
const CreatePeriod = z
  .strictObject({ id: PeriodIdSchema, opensAt: IsoDate.optional(), dueAt: IsoDate.optional() })
  .superRefine((b, ctx) => {
    if (b.opensAt && b.dueAt && b.dueAt < b.opensAt)
      ctx.addIssue({ code: 'custom', path: ['dueAt'], params: { i18n: 'error.field.invalid' } });
  });

periodsApp.post('/', requireRole('admin'), async (c) => {
  const body = await parseJson(c, CreatePeriod);
  const db = c.get('db');
  const [existing] = await db.select().from(periods).where(eq(periods.id, body.id)).limit(1);
  if (existing) throw new ReturnsError(409, 'period-exists', { period: periodDto(existing) });
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
  };
  try {
    await db.batch([
      db.insert(periods).values(row),
      auditEntry(c, { action: 'period.create', entityType: 'period', entityId: row.id, after: periodDto(row) }),
    ]);
  } catch (err) {
    if (String(err).includes('UNIQUE')) throw new ReturnsError(409, 'period-exists');
    throw err;
  }
  return c.json(periodDto(row), 201);
});

async function setLock(c: C, lock: boolean) {
  const db = c.get('db');
  const p = await getPeriod(db, c.req.param('id') ?? '');
  if ((p.lockedAt !== null) === lock) return c.json(periodDto(p));
  const now = Date.now();
  const after = { ...p, lockedAt: lock ? now : null, lockedBy: lock ? c.get('user')!.id : null };
  const batch = [
    db.update(periods).set({ lockedAt: after.lockedAt, lockedBy: after.lockedBy }).where(eq(periods.id, p.id)),
    auditEntry(c, {
      action: lock ? 'period.lock' : 'period.unlock',
      entityType: 'period',
      entityId: p.id,
      before: { locked: !lock },
      after: { locked: lock },
    }),
  ] as const;
  // Locking publishes the period's open data; the first lock is its first publication (for revision codes).
  if (lock) await db.batch([...batch, db.insert(openDataReleases).values({ periodId: p.id, firstPublishedAt: now }).onConflictDoNothing()]);
  else await db.batch(batch);
  return c.json(periodDto(after));
}
periodsApp.post('/:id/lock', requireRole('admin'), noBody, (c) => setLock(c, true));
periodsApp.post('/:id/unlock', requireRole('admin'), noBody, (c) => setLock(c, false));

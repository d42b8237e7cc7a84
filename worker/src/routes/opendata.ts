// Open data (public, no sign-in): national totals by quarter and region from accepted returns,
// with small-number suppression and StatsWales shorthand codes. Mounted at /api/open-data.
import { Hono } from 'hono';
import { z } from 'zod';
import { describeRevisions, measureName, toCsv } from '../../../content/stats/opendata.ts';
import { periodLabel } from '../../../content/stats/periods.ts';
import { codeKey } from '../../../content/stats/shorthand.ts';
import type { AppEnv } from '../env.ts';
import { parseWith } from '../lib/http.ts';
import { openDataFromDb } from '../returns/opendata.ts';

const o = new Hono<AppEnv>();
const Q = z.object({ lang: z.enum(['cy', 'en']).optional() });

o.get('/totals.json', async (c) => {
  const lang = parseWith(Q, c.req.query()).lang ?? c.get('lang');
  const { rows, revisions } = await openDataFromDb(c.get('db'));
  return c.json({
    lang,
    rows: rows.map((r) => ({ ...r, periodLabel: periodLabel(r.periodId, lang), measureName: measureName(r.field, lang) })),
    revisions: revisions.map((r, i) => ({ ...r, text: describeRevisions([r], lang)[0] ?? '', index: i })),
    codes: codeKey(lang),
  });
});

o.get('/totals.csv', async (c) => {
  const lang = parseWith(Q, c.req.query()).lang ?? c.get('lang');
  const { rows } = await openDataFromDb(c.get('db'));
  return c.body(toCsv(rows, lang), 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${lang === 'cy' ? 'presgripsiynu-cymdeithasol-cyfansymiau' : 'social-prescribing-totals'}.csv"`,
  });
});

export default o;

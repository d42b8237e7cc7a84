// Open data (public, no sign-in): national totals by quarter and region from accepted returns,
// with small-number suppression and StatsWales shorthand codes. Routes: /api/open-data/….
import { routes } from '../../../content/api/routes/index.ts';
import { describeRevisions, measureName, toCsv } from '../../../content/stats/opendata.ts';
import { periodLabel } from '../../../content/stats/periods.ts';
import { codeKey } from '../../../content/stats/shorthand.ts';
import { guard, routeModule } from '../lib/contract.ts';
import { openDataFromDb } from '../returns/opendata.ts';

const o = routeModule();

o.openapi(guard(routes.openDataJson), async (c) => {
  const lang = c.req.valid('query').lang ?? c.get('lang');
  const { rows, revisions } = await openDataFromDb(c.get('db'));
  return c.json(
    {
      lang,
      rows: rows.map((r) => ({ ...r, periodLabel: periodLabel(r.periodId, lang), measureName: measureName(r.field, lang) })),
      revisions: revisions.map((r, i) => ({ ...r, text: describeRevisions([r], lang)[0] ?? '', index: i })),
      codes: codeKey(lang),
    },
    200,
  );
});

o.openapi(guard(routes.openDataCsv), async (c) => {
  const lang = c.req.valid('query').lang ?? c.get('lang');
  const { rows } = await openDataFromDb(c.get('db'));
  return c.body(toCsv(rows, lang), 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${lang === 'cy' ? 'presgripsiynu-cymdeithasol-cyfansymiau' : 'social-prescribing-totals'}.csv"`,
  });
});

export default o;

// Public transparency: for one quarter (the latest due, or the one chosen), which organisations
// returned on time, late or not at all (status only: the API sends no figure), CSV downloads of
// that quarter in both languages, and the on-time rate of every due quarter. Nobody signs in.
import type { z } from 'zod';
import type { Transparency } from '../../../../content/api/schemas/timeliness.ts';
import { byOwnName } from '../../../../content/collation.ts';
import { api, send } from '../lib/api.ts';
import { formatDate } from '../lib/dates.ts';
import { el, focus, must, onSubmit, replace, show } from '../lib/dom.ts';
import { table, tag } from '../lib/govuk.ts';
import { pageStrings } from '../lib/strings.ts';
import { param, runPage } from '../national/common.ts';
import { OUTCOME_COLOUR, percent as percentIn } from '../national/outcome.ts';
import { keys } from './transparency-keys.ts';

const { t, lang } = pageStrings(keys);
type Result = z.infer<typeof Transparency>;

const percent = (rate: number | null) => percentIn(rate, lang);
const count = (n: number) => new Intl.NumberFormat(lang === 'cy' ? 'cy-GB' : 'en-GB').format(n);

async function load(period?: string): Promise<Result> {
  const r = await send(api['open-data']['transparency.json'].$get({ query: { lang, ...(period ? { period } : {}) } }));
  if (!r.ok) throw new Error(`transparency ${r.status}`);
  return r.body;
}

function quarter(r: Result): void {
  const p = r.period;
  show(must('[data-none]'), p === null);
  show(must('[data-quarter]'), p !== null);
  if (!p) return;
  must('[data-quarter-title]').textContent = t('rui.time.quarterTitle', { period: p.label[lang], date: formatDate(p.dueAt, lang) });
  const region = new Map(r.regions.map((x) => [x.id, x.name[lang]]));
  replace(
    must('[data-orgs]'),
    table({
      head: [t('rui.org'), t('rui.time.col.region'), t('rui.time.col.outcome')],
      rows: byOwnName(r.orgs, lang).map((o) => [
        o.name[lang],
        region.get(o.region) ?? o.region,
        tag(t(`timeliness.outcome.${o.outcome}`), OUTCOME_COLOUR[o.outcome]),
      ]),
      rowHeaders: true,
    }),
  );
  const csv = (l: 'cy' | 'en') => {
    const href = `/api/open-data/transparency.csv?lang=${l}&period=${encodeURIComponent(p.id)}`;
    const text = t(l === 'cy' ? 'rui.trans.csvCy' : 'rui.trans.csvEn', { period: p.label[lang] });
    return el('li', {}, el('a', { class: 'govuk-link', href, download: true, hreflang: l }, text));
  };
  replace(must('[data-downloads]'), csv('cy'), csv('en'));
}

function rates(r: Result): void {
  replace(
    must('[data-rates]'),
    table({
      head: [
        t('rui.time.quarter'),
        t('rui.time.col.due'),
        t('timeliness.outcome.on-time'),
        t('timeliness.outcome.late'),
        t('timeliness.outcome.missing'),
        t('rui.time.col.rate'),
      ],
      rows: [...r.quarters]
        .reverse()
        .map((q) => [
          q.label[lang],
          formatDate(q.dueAt, lang),
          count(q.tally.onTime),
          count(q.tally.late),
          count(q.tally.missing),
          percent(q.tally.rate),
        ]),
      rowHeaders: true,
      numeric: [2, 3, 4, 5],
    }),
  );
}

void runPage(async () => {
  const first = await load(param('period') || undefined);
  const select = must<HTMLSelectElement>('#tr-period');
  replace(
    select,
    ...[...first.quarters]
      .reverse()
      .map((q) => el('option', { value: q.periodId, selected: q.periodId === first.period?.id }, q.label[lang])),
  );
  quarter(first);
  rates(first);
  onSubmit(must<HTMLFormElement>('form[data-filter]'), async () => {
    quarter(await load(select.value));
    history.replaceState(null, '', `?period=${encodeURIComponent(select.value)}`);
    focus(must('[data-quarter-title]'));
  });
});

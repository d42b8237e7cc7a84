// National team: timeliness. Who has not started a quarter due within a week (to chase them),
// then one quarter by region and by organisation (on time, late, not returned, not due yet),
// and the on-time rate of every due quarter for Wales and each region. One request per view.
import type { z } from 'zod';
import type { Timeliness } from '../../../../content/api/schemas/timeliness.ts';
import { byName, byOwnName } from '../../../../content/collation.ts';
import { ukDay } from '../../../../content/datetime.ts';
import type { Outcome } from '../../../../content/returns/timeliness.ts';
import { api, send } from '../lib/api.ts';
import { formatDate, formatDateTime } from '../lib/dates.ts';
import { el, focus, must, onSubmit, replace } from '../lib/dom.ts';
import { table, tag } from '../lib/govuk.ts';
import { pageStrings } from '../lib/strings.ts';
import { param, startNationalPage } from './common.ts';
import { timelinessKeys } from './keys.ts';
import { OUTCOME_COLOUR, percent as percentIn } from './outcome.ts';

const { t, lang } = pageStrings(timelinessKeys);
type Result = z.infer<typeof Timeliness>;
type Tally = Result['regions'][number]['tally'];

const outcomeTag = (o: Outcome) => tag(t(`timeliness.outcome.${o}`), OUTCOME_COLOUR[o]);
const percent = (rate: number | null) => percentIn(rate, lang);
const count = (n: number) => new Intl.NumberFormat(lang === 'cy' ? 'cy-GB' : 'en-GB').format(n);

function chase(r: Result): void {
  must('[data-chase-count]').textContent =
    r.notStarted.count === 0 ? t('rui.time.chaseNone') : t('rui.time.chaseCount', { count: r.notStarted.count });
  replace(
    must('[data-chase]'),
    ...r.notStarted.periods.flatMap((p) => [
      el('h3', { class: 'govuk-heading-m' }, t('rui.time.chasePeriod', { period: p.label[lang], date: formatDate(p.dueAt, lang) })),
      el('ul', { class: 'govuk-list govuk-list--bullet' }, ...p.orgs.map((o) => el('li', {}, o.name[lang]))),
    ]),
  );
}

const tallyCells = (x: Tally) => [count(x.onTime), count(x.late), count(x.missing), count(x.notDue), percent(x.rate)];
const tallyHead = () => [
  t('timeliness.outcome.on-time'),
  t('timeliness.outcome.late'),
  t('timeliness.outcome.missing'),
  t('timeliness.outcome.not-due'),
  t('rui.time.col.rate'),
];

/** Wales first, then the regions in the reader's alphabet. */
const regionsInOrder = (r: Result) => [
  ...r.regions.filter((x) => x.id === 'wales'),
  ...byOwnName(
    r.regions.filter((x) => x.id !== 'wales'),
    lang,
  ),
];

function quarter(r: Result): void {
  must('[data-quarter-title]').textContent = t('rui.time.quarterTitle', {
    period: r.period.label[lang],
    date: formatDate(r.period.dueAt, lang),
  });
  replace(
    must('[data-regions]'),
    table({
      head: [t('rui.time.col.region'), ...tallyHead()],
      rows: regionsInOrder(r).map((x) => [x.name[lang], ...tallyCells(x.tally)]),
      rowHeaders: true,
      numeric: [1, 2, 3, 4, 5],
    }),
  );
  const regionName = new Map(r.regions.map((x) => [x.id, x.name[lang]]));
  replace(
    must('[data-orgs]'),
    table({
      head: [t('rui.org'), t('rui.time.col.region'), t('rui.time.col.outcome'), t('rui.time.col.firstSubmitted')],
      rows: byName(r.orgs, (o) => o.org.name[lang], lang).map((o) => [
        o.org.name[lang],
        regionName.get(o.org.region) ?? o.org.region,
        outcomeTag(o.outcome),
        o.firstSubmittedAt === undefined ? '–' : formatDateTime(o.firstSubmittedAt, lang),
      ]),
      rowHeaders: true,
    }),
  );
}

function series(r: Result): void {
  const regions = regionsInOrder(r).filter((x) => x.id !== 'wales');
  replace(
    must('[data-series]'),
    table({
      head: [t('rui.time.quarter'), t('stats.wales'), ...regions.map((x) => x.name[lang])],
      rows: [...r.series]
        .reverse()
        .map((s) => [
          s.label[lang],
          percent(s.wales.rate),
          ...regions.map((x) => percent(s.regions.find((y) => y.id === x.id)?.tally.rate ?? null)),
        ]),
      rowHeaders: true,
      numeric: [1, ...regions.map((_, i) => i + 2)],
    }),
  );
}

async function load(period: string): Promise<Result> {
  const r = await send(api.national.timeliness.$get({ query: { period } }));
  if (!r.ok) throw new Error(`timeliness ${r.status}`);
  return r.body;
}

void startNationalPage(async () => {
  const all = await send(api.periods.$get());
  if (!all.ok) throw new Error(`periods ${all.status}`);
  const list = [...all.body.periods].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const today = ukDay(new Date());
  const due = list.filter((p) => p.dueAt < today);
  const chosen = list.find((p) => p.id === param('period')) ?? due.at(-1) ?? list.at(-1);
  const select = must<HTMLSelectElement>('#tl-period');
  replace(select, ...[...list].reverse().map((p) => el('option', { value: p.id, selected: p.id === chosen?.id }, p.label[lang])));
  if (!chosen) return;
  const show = (r: Result) => {
    chase(r);
    quarter(r);
    series(r);
  };
  show(await load(chosen.id));
  onSubmit(must<HTMLFormElement>('form[data-filter]'), async () => {
    show(await load(select.value));
    history.replaceState(null, '', `?period=${encodeURIComponent(select.value)}`);
    focus(must('[data-quarter-title]'));
  });
});

// One saved assessment: its dates, the domain summary, the practitioner's levels beside each
// supervisor's view, and sharing, completing and deleting it (share.ts, saved-actions.ts).
import { sideBySide } from '../../../../content/assessment/compare.ts';
import { domainSummary, type FrameworkCore } from '../../../../content/assessment/model.ts';
import { api, send } from '../lib/api.ts';
import { el } from '../lib/dom.ts';
import { link, table } from '../lib/govuk.ts';
import { pageStrings } from '../lib/strings.ts';
import { type AccountPage, accountPage, signedInOr, tableRegion } from './account-page.ts';
import { levelLabel, meanFormatter } from './format.ts';
import { savedKeys } from './keys/saved.ts';
import { completeSection, deleteSection, type SavedT, STATUS } from './saved-actions.ts';
import { type Detail, shareSection } from './share.ts';
import { when } from './when.ts';

const { t, lang } = pageStrings(savedKeys);
const st: SavedT = t;

function summaryTable(f: FrameworkCore, rec: Detail): HTMLElement {
  const fmt = meanFormatter(lang, t('assess.results.noData'));
  const tbl = table({
    caption: t('assess.results.tableCaption'),
    head: (['domain', 'answered', 'meanHeld', 'meanNeeded'] as const).map((k) => t(`assess.results.${k}`)),
    rows: domainSummary(f, rec.assessment).map((s) => [
      `${s.code} ${s.title[lang]}`,
      t('assess.results.answeredOf', { answered: s.answered, total: s.total }),
      fmt(s.meanHeld),
      fmt(s.meanNeeded),
    ]),
    rowHeaders: true,
  });
  return tableRegion(t, t('assess.results.tableCaption'), tbl);
}

function sideBySideSection(f: FrameworkCore, rec: Detail): HTMLElement {
  const views = rec.supervisorViews;
  const viewCell = (v: (typeof views)[number], id: string) => {
    const s = v.ratings[id];
    if (!s) return t('assess.saved.noView');
    const text = levelLabel(f, s.level, lang, t);
    return s.comment
      ? el('span', {}, text, el('br'), el('span', { class: 'govuk-hint' }, `${t('assess.saved.comment')}: ${s.comment}`))
      : text;
  };
  const tbl = table({
    caption: t('assess.saved.sideCaption'),
    head: [
      t('assess.results.competency'),
      t('assess.saved.yours'),
      ...views.map((v) =>
        v.supervisorName ? t('assess.saved.supervisorNamed', { name: v.supervisorName }) : t('assess.saved.supervisor'),
      ),
    ],
    rows: sideBySide(f, rec.assessment, null).map((r) => [
      `${r.code} ${r.title[lang]}`,
      r.practitioner === null ? t('assess.check.notAnswered') : levelLabel(f, r.practitioner, lang, t),
      ...views.map((v) => viewCell(v, r.competencyId)),
    ]),
    rowHeaders: true,
  });
  tbl.id = 'side-by-side';
  return el(
    'section',
    { 'aria-labelledby': 'h-side' },
    el('h2', { class: 'govuk-heading-l', id: 'h-side' }, t('assess.saved.supervisor')),
    tableRegion(t, t('assess.saved.sideCaption'), tbl),
  );
}

/** The link to compare with the assessment saved just before this one, if any. */
async function comparePrevious(p: AccountPage, rec: Detail): Promise<HTMLElement | null> {
  const r = await send(api.assessments.$get());
  if (!r.ok) return null;
  const previous = r.body.assessments
    .filter((x) => (x.createdAt ?? '') < (rec.createdAt ?? ''))
    .sort((x, y) => ((x.createdAt ?? '') < (y.createdAt ?? '') ? 1 : -1))[0];
  if (!previous) return null;
  const href = `${p.paths.compare}?a=${encodeURIComponent(previous.id)}&b=${encodeURIComponent(rec.id)}`;
  return el(
    'p',
    { class: 'govuk-body' },
    el('a', { class: 'govuk-link', href, id: 'compare-previous' }, t('assess.saved.comparePrevious')),
  );
}

async function savedPage(p: AccountPage): Promise<void> {
  if (!(await signedInOr(p, t, t('assess.signInNeeded')))) return;
  const id = new URLSearchParams(location.search).get('id') ?? '';
  const r = await send(api.assessments[':id'].$get({ param: { id } }));
  p.done();
  if (!r.ok) {
    p.body.append(
      el('p', { class: 'govuk-body' }, t('assess.saved.notFound')),
      el('p', { class: 'govuk-body' }, link(t('assess.history.title'), p.paths.history)),
    );
    return;
  }
  const rec = r.body;
  const f = p.fw(rec.frameworkVersion);
  const meta = t('assess.saved.meta', {
    started: when(rec.createdAt, lang),
    version: rec.frameworkVersion,
    progress: t('assess.progress', { count: rec.answered, total: rec.total }),
  });
  p.body.append(
    el('p', { class: 'govuk-body' }, meta, ' ', el('strong', { id: 'saved-status' }, t(STATUS[rec.status]))),
    el('p', { class: 'govuk-body' }, link(t('assess.history.title'), p.paths.history)),
  );
  const previous = await comparePrevious(p, rec);
  if (previous) p.body.append(previous);
  p.body.append(summaryTable(f, rec), sideBySideSection(f, rec), shareSection(p, rec, st, lang));
  if (rec.status !== 'complete') p.body.append(completeSection(p, rec, st, lang));
  p.body.append(deleteSection(p, rec, st));
}

void savedPage(accountPage());

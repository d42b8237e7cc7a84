// Comparing two saved assessments, earlier first: what moved, by domain and by competency,
// with the later one's supervisors' views. Each is named by its date and time, since two
// can be saved on one day.
import { type Comparison, compareAssessments, type Move } from '../../../../content/assessment/compare.ts';
import type { FrameworkCore } from '../../../../content/assessment/model.ts';
import type { SuccessBody } from '../lib/api.ts';
import { api, send } from '../lib/api.ts';
import { el } from '../lib/dom.ts';
import { link, table } from '../lib/govuk.ts';
import { pageStrings } from '../lib/strings.ts';
import { type AccountPage, accountPage, signedInOr, tableRegion } from './account-page.ts';
import { levelLabel, meanFormatter } from './format.ts';
import { compareKeys } from './keys/compare.ts';
import { when } from './when.ts';

type Detail = SuccessBody<Awaited<ReturnType<(typeof api.assessments)[':id']['$get']>>>;

const { t, lang } = pageStrings(compareKeys);
const MOVE = { up: 'assess.move.up', down: 'assess.move.down', same: 'assess.move.same', unrated: 'assess.move.unrated' } as const;
const moveCell = (m: Move) => (m === 'up' ? el('strong', {}, t(MOVE[m])) : t(MOVE[m]));
const fmt = meanFormatter(lang, t('assess.results.noData'));

function domainsTable(c: Comparison): HTMLElement {
  const held = t('assess.compare.heldMove');
  const tbl = table({
    caption: t('assess.compare.domainsCaption'),
    head: [
      t('assess.results.domain'),
      `${held}: ${t('assess.compare.before')}`,
      `${held}: ${t('assess.compare.after')}`,
      held,
      t('assess.compare.neededMove'),
    ],
    rows: c.domains.map((d) => [
      `${d.code} ${d.title[lang]}`,
      fmt(d.before?.meanHeld),
      fmt(d.after.meanHeld),
      moveCell(d.held),
      moveCell(d.needed),
    ]),
    rowHeaders: true,
  });
  tbl.id = 'compare-domains';
  return tableRegion(t, t('assess.compare.domainsCaption'), tbl);
}

function competenciesTable(c: Comparison, fa: FrameworkCore, fb: FrameworkCore, later: Detail): HTMLElement {
  const views = later.supervisorViews;
  const lv = (f: FrameworkCore, r: number | undefined) => (r === undefined ? t('assess.check.notAnswered') : levelLabel(f, r, lang, t));
  const viewOf = (ratings: (typeof views)[number]['ratings'], id: string) => {
    const rating = ratings[id];
    return rating ? levelLabel(fb, rating.level, lang, t) : t('assess.saved.noView');
  };
  const tbl = table({
    caption: t('assess.compare.competenciesCaption'),
    head: [
      t('assess.results.competency'),
      t('assess.compare.before'),
      t('assess.compare.after'),
      t('assess.compare.heldMove'),
      t('assess.compare.neededMove'),
      ...views.map((v) =>
        v.supervisorName ? t('assess.saved.supervisorNamed', { name: v.supervisorName }) : t('assess.compare.supervisor'),
      ),
    ],
    rows: c.competencies.map((r) => [
      `${r.code} ${r.title[lang]}`,
      r.before ? lv(fa, r.before.held) : '–',
      lv(fb, r.after.held),
      moveCell(r.held),
      moveCell(r.needed),
      ...views.map((v) => viewOf(v.ratings, r.competencyId)),
    ]),
    rowHeaders: true,
  });
  tbl.id = 'compare-competencies';
  return tableRegion(t, t('assess.compare.competenciesCaption'), tbl);
}

async function comparePage(p: AccountPage): Promise<void> {
  if (!(await signedInOr(p, t, t('assess.signInNeeded')))) return;
  const q = new URLSearchParams(location.search);
  const [ia, ib] = [q.get('a'), q.get('b')];
  if (!ia || !ib || ia === ib) {
    p.done();
    p.body.append(
      el('p', { class: 'govuk-body' }, t('assess.compare.choose')),
      el('p', { class: 'govuk-body' }, link(t('assess.history.title'), p.paths.history)),
    );
    return;
  }
  const [ra, rb] = await Promise.all([ia, ib].map((id) => send(api.assessments[':id'].$get({ param: { id } }))));
  p.done();
  if (!ra?.ok) return p.fail(ra ? ra.error : { error: { code: 'internal', message: '', requestId: '' } });
  if (!rb?.ok) return p.fail(rb ? rb.error : { error: { code: 'internal', message: '', requestId: '' } });
  const [x, y] = (ra.body.createdAt ?? '') <= (rb.body.createdAt ?? '') ? [ra.body, rb.body] : [rb.body, ra.body];
  const [fa, fb] = [p.fw(x.frameworkVersion), p.fw(y.frameworkVersion)];
  const c = compareAssessments({ framework: fa, assessment: x.assessment }, { framework: fb, assessment: y.assessment });
  p.body.append(
    el(
      'p',
      { class: 'govuk-body', id: 'compare-lead' },
      t('assess.compare.lead', { a: when(x.createdAt, lang), b: when(y.createdAt, lang) }),
    ),
  );
  if (!c.sameVersion)
    p.body.append(el('div', { class: 'govuk-inset-text' }, t('assess.compare.versions', { a: fa.version, b: fb.version })));
  p.body.append(
    el('p', { class: 'govuk-body', id: 'compare-summary' }, t('assess.compare.summary', c.counts)),
    domainsTable(c),
    competenciesTable(c, fa, fb, y),
  );
}

void comparePage(accountPage());

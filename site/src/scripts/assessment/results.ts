// The results page: the domain summary (bars and a table), gaps, strengths and areas to
// develop from the browser draft, the development plan (development-plan.ts), saving to the
// account and the downloads.
import {
  assessmentCsv,
  type CompetencyResult,
  developmentAreas,
  domainSummary,
  gaps,
  maxRank,
  progress,
  strengths,
  toJson,
} from '../../../../content/assessment/model.ts';
import { api, send, session } from '../lib/api.ts';
import { el, find, focusHeading, hide, must, show } from '../lib/dom.ts';
import { pageStrings } from '../lib/strings.ts';
import { developmentPlan } from './development-plan.ts';
import { levelLabel, localToday, meanFormatter } from './format.ts';
import { openDraft } from './framework-draft.ts';
import type { ResultsKey } from './keys/results.ts';
import { wizardData } from './page-data.ts';
import { showProgress } from './progress.ts';
import { createSync, type Sync } from './sync.ts';

const { t, lang } = pageStrings<ResultsKey>();
const { f } = wizardData();
const draft = openDraft(f);
const sync = createSync(f, draft, t);
const level = (rank: number | null | undefined) => levelLabel(f, rank, lang, t);
const cell = (text: string) => el('td', { class: 'govuk-table__cell' }, text);
const rowHead = (text: string) => el('th', { scope: 'row', class: 'govuk-table__header' }, text);

/** One bar of the chart; the table beside it has the same figures for screen readers. */
function bar(kind: 'held' | 'needed', value: number | null, text: string): HTMLElement {
  const fill = el('span', { class: `app-bar app-bar--${kind}` });
  fill.style.width = `${value === null ? 0 : Math.max(1, (value / maxRank(f)) * 100)}%`;
  return el(
    'div',
    { class: 'app-chart__row' },
    el('span', { class: 'app-bar__track' }, fill),
    el('span', { class: 'app-chart__value' }, text),
  );
}

function summary(): void {
  const fmt = meanFormatter(lang, t('assess.results.noData'));
  const chart = must('#chart');
  const body = must('#summary-table tbody');
  for (const s of domainSummary(f, draft.current())) {
    const label = `${s.code} ${s.title[lang]}`;
    chart.append(
      el(
        'li',
        { class: 'app-chart__item' },
        el('span', { class: 'app-chart__label' }, label),
        bar('held', s.meanHeld, t('assess.results.chartHeld', { value: fmt(s.meanHeld) })),
        bar('needed', s.meanNeeded, t('assess.results.chartNeeded', { value: fmt(s.meanNeeded) })),
      ),
    );
    body.append(
      el(
        'tr',
        { class: 'govuk-table__row' },
        rowHead(label),
        cell(t('assess.results.answeredOf', { answered: s.answered, total: s.total })),
        cell(fmt(s.meanHeld)),
        cell(fmt(s.meanNeeded)),
      ),
    );
  }
}

function gapsAndLists(): void {
  const d = draft.current();
  const g = gaps(f, d);
  show(must('#gaps-none'), g.length === 0);
  const table = must('#gaps-table');
  show(table, g.length > 0);
  const body = must('tbody', table);
  for (const r of g) {
    body.append(
      el(
        'tr',
        { class: 'govuk-table__row' },
        rowHead(`${r.code} ${r.title[lang]}`),
        cell(level(r.held)),
        cell(level(r.needed)),
        cell(String(r.gap)),
      ),
    );
  }
  const list = (id: string, rs: CompetencyResult[]) => {
    const ul = must(`#${id}`);
    for (const r of rs) ul.append(el('li', {}, `${r.code} ${r.title[lang]} – ${level(r.held)}`));
    show(ul, rs.length > 0);
    show(must(`#${id}-none`), rs.length === 0);
  };
  list('strengths', strengths(f, d));
  list('develop', developmentAreas(f, d));
}

/** "Save to my account": the draft becomes an account copy, kept in step from then on (sync.ts). */
async function accountSection(s: Sync): Promise<void> {
  const signedIn = (await session()) !== null;
  const linked = must('#account-linked');
  const open = must<HTMLAnchorElement>('#account-open');
  const base = open.getAttribute('href')?.split('?')[0] ?? '';
  const l = s.linked();
  show(must('#account-signed-out'), !signedIn);
  show(must('#account-signed-in'), signedIn && !l);
  if (l) {
    show(linked);
    open.href = `${base}?id=${encodeURIComponent(l.id)}`;
  }
  find('#account-save-button')?.addEventListener('click', async () => {
    const a = draft.get();
    if (!a) return;
    const r = await send(api.assessments.$post({ json: { assessment: a } }));
    if (!r.ok) return s.status(t('assess.account.failed'));
    s.setLink({ id: r.body.id, rev: r.body.rev });
    hide(must('#account-signed-in'));
    show(linked);
    open.href = `${base}?id=${encodeURIComponent(r.body.id)}`;
    s.status(t('assess.account.saved'));
    open.focus();
  });
}

function download(text: string, type: string, ext: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { href: url, download: `${t('assess.download.file')}-${localToday()}.${ext}`, class: 'govuk-visually-hidden' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

showProgress(f, draft.current(), t);
const answered = progress(f, draft.current()).answered;
show(must('#results-empty'), answered === 0);
show(must('#results-body'), answered > 0);
summary();
gapsAndLists();
developmentPlan({ f, draft, t, lang });
void accountSection(sync);
must('#download-csv').addEventListener('click', () =>
  download(
    assessmentCsv(f, draft.current(), lang, (k) => t(k)),
    'text/csv;charset=utf-8',
    'csv',
  ),
);
must('#download-json').addEventListener('click', () => download(toJson(draft.current()), 'application/json', 'json'));
must('#print').addEventListener('click', () => window.print());
focusHeading();

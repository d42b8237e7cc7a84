// The one client script of the self-assessment pages. It keeps the draft in
// localStorage (one key per framework version, shared by both languages), fills the
// static forms from it, saves on every change and renders the results and plan.
// Page data comes from data- attributes on #assessment: the CSP forbids inline script.
import {
  type Assessment,
  allCompetencies,
  type CompetencyResult,
  developmentAreas,
  domainSummary,
  draftKey,
  emptyAssessment,
  type FrameworkCore,
  gaps,
  isRealIsoDate,
  levelName,
  maxRank,
  newId,
  type PlanError,
  type PlanItem,
  parseDraft,
  progress,
  strengths,
  toCsv,
  toJson,
  validatePlan,
} from '../../../../content/assessment/model.ts';
import type { AssessmentPaths } from '../../../../content/assessment/paths.ts';
import { suggestedPlan } from '../../../../content/assessment/plan.ts';
import { t } from '../../../../content/i18n.ts';
import type { Lang } from '../../../../content/schema.ts';
import type { StringKey } from '../../../../content/ui/strings.ts';
import { createSync } from './sync.ts';

const root = document.getElementById('assessment');
if (root) init(root);

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  el.append(...children);
  return el;
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function init(root: HTMLElement) {
  const lang = root.dataset.lang as Lang;
  const f = JSON.parse(root.dataset.framework!) as FrameworkCore;
  const paths = JSON.parse(root.dataset.paths!) as AssessmentPaths;
  const tt = (key: string, vars: Record<string, string | number> = {}): string => t(lang, key as StringKey, vars);
  const num = new Intl.NumberFormat(lang === 'cy' ? 'cy-GB' : 'en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const key = draftKey(f.version);
  const planKey = `${key}:plan-started`;

  let a: Assessment | null = null;
  try {
    a = parseDraft(f, localStorage.getItem(key));
  } catch {
    a = null;
  }
  const ensure = (): Assessment => (a ??= emptyAssessment(f));
  const sync = createSync({ f, key, get: () => a, set: (x) => localStorage.setItem(key, JSON.stringify(x)), say: (k) => tt(k) });
  const save = () => {
    if (!a) return;
    a.updatedAt = new Date().toISOString();
    try {
      localStorage.setItem(key, JSON.stringify(a));
    } catch {
      /* storage full or blocked: the page still works for this visit */
    }
    sync.changed();
  };
  const current = () => a ?? emptyAssessment(f);
  const progressText = () => {
    const p = progress(f, current());
    return tt('assess.progress', { count: p.answered, total: p.total });
  };
  const showProgress = () => {
    const el = document.getElementById('assess-progress');
    if (el) el.textContent = progressText();
  };
  const focusHeading = () => document.querySelector<HTMLElement>('main h1')?.focus();
  const competencies = allCompetencies(f);

  const page = root.dataset.page;
  if (page === 'start') startPage();
  else if (page === 'step') stepPage();
  else if (page === 'check') checkPage();
  else if (page === 'results') resultsPage();

  // ------------------------------------------------------------------ start
  function startPage() {
    const p = progress(f, current());
    if (!a || (p.answered === 0 && a.plan.length === 0 && Object.keys(a.answers).length === 0)) return;
    const firstOpen = f.domains.findIndex((d) => d.competencies.some((c) => a!.answers[c.id]?.held === undefined));
    const cont = document.getElementById('continue-link') as HTMLAnchorElement;
    cont.href = firstOpen === -1 ? paths.check : paths.steps[firstOpen]!;
    cont.hidden = false;
    document.getElementById('start-link')!.hidden = true;
    document.getElementById('draft-found')!.hidden = false;
    document.getElementById('draft-progress')!.textContent = progressText();
    document.getElementById('restart')!.hidden = false;
    document.getElementById('restart-button')!.addEventListener('click', () => {
      localStorage.removeItem(key);
      localStorage.removeItem(`${key}:account`);
      localStorage.removeItem(planKey);
      localStorage.removeItem(`${key}:plan-typed-dates`);
      location.assign(paths.steps[0]!);
    });
  }

  // ------------------------------------------------------------------ step
  function stepPage() {
    const form = document.getElementById('step-form') as HTMLFormElement;
    for (const fs of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-competency-answers]')) {
      const id = fs.id.slice(2);
      const ans = a?.answers[id];
      if (!ans) continue;
      if (ans.held !== undefined) {
        const r = fs.querySelector<HTMLInputElement>(`input[type=radio][value="${ans.held}"]`);
        if (r) r.checked = true;
      }
      const sel = fs.querySelector<HTMLSelectElement>('select');
      if (sel) sel.value = ans.needed === undefined ? '' : String(ans.needed);
      const ta = fs.querySelector<HTMLTextAreaElement>('textarea');
      if (ta) ta.value = ans.notes ?? '';
    }
    const onChange = (e: Event) => {
      const el = e.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
      const m = /^(held|needed|notes)-(.+)$/.exec(el.name);
      if (!m) return;
      const [, field, id] = m as unknown as [string, 'held' | 'needed' | 'notes', string];
      const d = ensure();
      const ans = { ...(d.answers[id] ?? {}) };
      if (field === 'notes') {
        if (el.value) ans.notes = el.value.slice(0, 2000);
        else delete ans.notes;
      } else if (el.value === '') delete ans[field];
      else ans[field] = Number(el.value);
      if (ans.held === undefined && ans.needed === undefined && ans.notes === undefined) delete d.answers[id];
      else d.answers[id] = ans;
      save();
      if (field !== 'notes') showProgress();
    };
    form.addEventListener('change', onChange);
    form.addEventListener('input', onChange);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      save();
      const fromCheck = new URLSearchParams(location.search).get('from') === 'check';
      location.assign(fromCheck ? paths.check : form.getAttribute('action')!);
    });
    showProgress();
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (target instanceof HTMLFieldSetElement) {
      // Change link from the check page: focus the answer itself, once the browser has
      // finished its own scroll to the fragment (which would otherwise reset focus).
      const radio =
        target.querySelector<HTMLInputElement>('input[type=radio]:checked') ?? target.querySelector<HTMLInputElement>('input[type=radio]');
      const focusAnswer = () =>
        setTimeout(() => {
          radio?.focus();
          target.scrollIntoView();
        }, 0);
      if (document.readyState === 'complete') focusAnswer();
      else window.addEventListener('load', focusAnswer, { once: true });
    } else focusHeading();
  }

  // ------------------------------------------------------------------ check
  function checkPage() {
    const d = current();
    for (const row of document.querySelectorAll<HTMLElement>('[data-competency]')) {
      const ans = d.answers[row.dataset.competency!];
      row.querySelector('[data-summary="held"]')!.textContent =
        ans?.held === undefined ? tt('assess.check.notAnswered') : `${tt('assess.check.held')}: ${levelName(f, ans.held, lang)}`;
      row.querySelector('[data-summary="needed"]')!.textContent =
        ans?.needed === undefined ? '' : `${tt('assess.check.needed')}: ${levelName(f, ans.needed, lang)}`;
      row.querySelector('[data-summary="notes"]')!.textContent = ans?.notes ? `${tt('assess.check.notes')}: ${ans.notes}` : '';
    }
    showProgress();
    focusHeading();
  }

  // ------------------------------------------------------------------ results
  function resultsPage() {
    const d = current();
    showProgress();
    const answered = progress(f, d).answered;
    document.getElementById('results-empty')!.hidden = answered > 0;
    document.getElementById('results-body')!.hidden = answered === 0;
    const fmt = (x: number | null) => (x === null ? tt('assess.results.noData') : num.format(x));
    const top = maxRank(f);

    const chart = document.getElementById('chart')!;
    const tbody = document.querySelector('#summary-table tbody')!;
    for (const s of domainSummary(f, d)) {
      const label = `${s.code} ${s.title[lang]}`;
      const bar = (cls: string, value: number | null, text: string) => {
        const b = h('span', { class: `assess-bar ${cls}` });
        b.style.width = `${value === null ? 0 : Math.max(1, (value / top) * 100)}%`;
        return h(
          'div',
          { class: 'assess-chart-row' },
          h('span', { class: 'assess-bar-track' }, b),
          h('span', { class: 'assess-chart-value' }, text),
        );
      };
      chart.append(
        h(
          'li',
          {},
          h('span', { class: 'assess-chart-label' }, label),
          bar('assess-bar-held', s.meanHeld, tt('assess.results.chartHeld', { value: fmt(s.meanHeld) })),
          bar('assess-bar-needed', s.meanNeeded, tt('assess.results.chartNeeded', { value: fmt(s.meanNeeded) })),
        ),
      );
      tbody.append(
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, label),
          h('td', {}, tt('assess.results.answeredOf', { answered: s.answered, total: s.total })),
          h('td', {}, fmt(s.meanHeld)),
          h('td', {}, fmt(s.meanNeeded)),
        ),
      );
    }

    const g = gaps(f, d);
    document.getElementById('gaps-none')!.hidden = g.length > 0;
    const gt = document.getElementById('gaps-table')!;
    gt.hidden = g.length === 0;
    for (const r of g) {
      gt.querySelector('tbody')!.append(
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, `${r.code} ${r.title[lang]}`),
          h('td', {}, levelName(f, r.held, lang)),
          h('td', {}, levelName(f, r.needed, lang)),
          h('td', {}, String(r.gap)),
        ),
      );
    }
    const list = (id: string, rs: CompetencyResult[]) => {
      const ul = document.getElementById(id)!;
      for (const r of rs) ul.append(h('li', {}, `${r.code} ${r.title[lang]} – ${levelName(f, r.held, lang)}`));
      ul.hidden = rs.length === 0;
      document.getElementById(`${id}-none`)!.hidden = rs.length > 0;
    };
    list('strengths', strengths(f, d));
    list('develop', developmentAreas(f, d));

    planEditor();
    void sync.setupResults();

    const download = (text: string, type: string, ext: string) => {
      const url = URL.createObjectURL(new Blob([text], { type }));
      const link = h('a', { href: url, download: `${tt('assess.download.file')}-${localToday()}.${ext}`, class: 'assess-visually-hidden' });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    };
    document
      .getElementById('download-csv')!
      .addEventListener('click', () => download(toCsv(f, current(), lang), 'text/csv;charset=utf-8', 'csv'));
    document.getElementById('download-json')!.addEventListener('click', () => download(toJson(current()), 'application/json', 'json'));
    document.getElementById('print')!.addEventListener('click', () => window.print());
    focusHeading();
  }

  // ------------------------------------------------------------------ development plan editor
  function planEditor() {
    type Row = { id: string; action: string; day: string; month: string; year: string; competencyIds: string[]; done: boolean };
    const form = document.getElementById('plan-form') as HTMLFormElement;
    const items = document.getElementById('plan-items')!;
    const status = document.getElementById('plan-status')!;
    const title = document.title;

    const split = (p: PlanItem): Row => {
      const [year = '', month = '', day = ''] = p.targetDate ? p.targetDate.split('-') : [];
      return {
        id: p.id,
        action: p.action,
        day: day.replace(/^0/, ''),
        month: month.replace(/^0/, ''),
        year,
        competencyIds: p.competencyIds,
        done: !!p.done,
      };
    };
    /** The date as typed: '' if blank, YYYY-MM-DD if it is made of numbers, otherwise something validatePlan rejects. */
    const typedDate = (r: Row) => {
      if (!r.day.trim() && !r.month.trim() && !r.year.trim()) return '';
      const [d, m, y] = [r.day.trim(), r.month.trim(), r.year.trim()];
      if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return 'invalid';
      return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    };
    const toItem = (r: Row, strict: boolean): PlanItem => {
      const td = typedDate(r);
      return {
        id: r.id,
        action: r.action.slice(0, 500),
        competencyIds: r.competencyIds,
        targetDate: strict ? td : isRealIsoDate(td) ? td : '',
        ...(r.done ? { done: true } : {}),
      };
    };
    const val = (id: string) => (document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null)?.value ?? '';
    const readRows = (): Row[] =>
      [...items.querySelectorAll<HTMLElement>('.assess-plan-item')].map((el) => {
        const id = el.dataset.id!;
        return {
          id,
          action: val(`plan-${id}-action`),
          day: val(`plan-${id}-day`),
          month: val(`plan-${id}-month`),
          year: val(`plan-${id}-year`),
          competencyIds: [...el.querySelectorAll<HTMLInputElement>('input[data-competency]:checked')].map((c) => c.dataset.competency!),
          done: (document.getElementById(`plan-${id}-done`) as HTMLInputElement).checked,
        };
      });
    // A date still being typed is not yet an ISO date, so the record keeps '' for it; the
    // typed parts are kept beside the draft so that a reload shows exactly what was typed.
    const typedKey = `${key}:plan-typed-dates`;
    const persist = () => {
      const rows = readRows();
      ensure().plan = rows.map((r) => toItem(r, false));
      save();
      markStarted();
      const typed = Object.fromEntries(
        rows.filter((r) => !isRealIsoDate(typedDate(r)) && typedDate(r) !== '').map((r) => [r.id, [r.day, r.month, r.year]]),
      );
      try {
        localStorage.setItem(typedKey, JSON.stringify(typed));
      } catch {
        /* ignore */
      }
    };
    const typedDates = (): Record<string, string[]> => {
      try {
        const v = JSON.parse(localStorage.getItem(typedKey) ?? '{}') as unknown;
        return typeof v === 'object' && v !== null ? (v as Record<string, string[]>) : {};
      } catch {
        return {};
      }
    };

    const errorMessage = (id: string) => h('p', { class: 'assess-error-message', id, hidden: true });
    const render = (rows: Row[]) => {
      items.replaceChildren(
        ...rows.map((r, i) => {
          const n = i + 1;
          const base = `plan-${r.id}`;
          const dateInput = (part: 'day' | 'month' | 'year', value: string) =>
            h(
              'div',
              { class: 'assess-date-item' },
              h('label', { for: `${base}-${part}` }, tt(`assess.plan.${part}`)),
              Object.assign(
                h('input', {
                  id: `${base}-${part}`,
                  class: `assess-input assess-input-${part === 'year' ? 4 : 2}`,
                  inputmode: 'numeric',
                  autocomplete: 'off',
                  type: 'text',
                  'aria-describedby': `${base}-date-hint`,
                }),
                { value },
              ),
            );
          const linked = r.competencyIds.map((id) => competencies.find((c) => c.id === id)?.code ?? id).join(', ');
          return h(
            'fieldset',
            { class: 'assess-plan-item', 'data-id': r.id },
            h('legend', {}, tt('assess.plan.item', { n })),
            h(
              'div',
              { class: 'assess-field', 'data-field': 'action' },
              h('label', { for: `${base}-action` }, tt('assess.plan.action')),
              errorMessage(`${base}-action-error`),
              Object.assign(h('textarea', { id: `${base}-action`, rows: '2', maxlength: '500', class: 'assess-textarea' }), {
                value: r.action,
              }),
            ),
            h(
              'div',
              { class: 'assess-field', 'data-field': 'targetDate' },
              h(
                'fieldset',
                { class: 'assess-date', role: 'group', 'aria-describedby': `${base}-date-hint` },
                h('legend', {}, tt('assess.plan.date')),
                h('p', { class: 'assess-hint', id: `${base}-date-hint` }, tt('assess.plan.dateHint')),
                errorMessage(`${base}-targetDate-error`),
                h('div', { class: 'assess-date-inputs' }, dateInput('day', r.day), dateInput('month', r.month), dateInput('year', r.year)),
              ),
            ),
            h(
              'details',
              { class: 'assess-linked' },
              h('summary', {}, `${tt('assess.plan.competencies')}${linked ? `: ${linked}` : ''}`),
              h(
                'fieldset',
                { class: 'assess-checkboxes' },
                h('legend', { class: 'assess-visually-hidden' }, tt('assess.plan.competencies')),
                ...competencies.map((c) =>
                  h(
                    'div',
                    { class: 'assess-checkbox' },
                    h('input', {
                      type: 'checkbox',
                      id: `${base}-c-${c.id}`,
                      'data-competency': c.id,
                      checked: r.competencyIds.includes(c.id),
                    }),
                    h('label', { for: `${base}-c-${c.id}` }, `${c.code} ${c.title[lang]}`),
                  ),
                ),
              ),
            ),
            h('p', { class: 'assess-print-only' }, linked ? `${tt('assess.plan.competencies')}: ${linked}` : ''),
            h(
              'div',
              { class: 'assess-checkbox' },
              h('input', { type: 'checkbox', id: `${base}-done`, checked: r.done }),
              h('label', { for: `${base}-done` }, tt('assess.plan.done')),
            ),
            h(
              'button',
              { type: 'button', class: 'assess-button assess-button-secondary assess-button-small no-print', 'data-remove': r.id },
              tt('assess.plan.remove', { n }),
            ),
          );
        }),
      );
      document.getElementById('plan-empty')!.hidden = rows.length > 0;
    };

    const clearErrors = () => {
      document.getElementById('error-summary')!.hidden = true;
      for (const el of items.querySelectorAll<HTMLElement>('.assess-error-message')) {
        el.hidden = true;
        el.textContent = '';
      }
      for (const el of items.querySelectorAll('.assess-field-error')) el.classList.remove('assess-field-error');
      for (const el of items.querySelectorAll('[aria-invalid]')) {
        el.removeAttribute('aria-invalid');
        const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && !x.endsWith('-error'));
        if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
        else el.removeAttribute('aria-describedby');
      }
      document.title = title;
    };
    const showErrors = (errs: PlanError[], rows: Row[]) => {
      const list = document.getElementById('error-summary-list')!;
      list.replaceChildren();
      for (const e of errs) {
        const n = rows.findIndex((r) => r.id === e.itemId) + 1;
        const msg = tt(`assess.error.${e.code}`, { n });
        const base = `plan-${e.itemId}`;
        const inputs = e.field === 'action' ? [`${base}-action`] : [`${base}-day`, `${base}-month`, `${base}-year`];
        const msgEl = document.getElementById(`${base}-${e.field}-error`)!;
        msgEl.replaceChildren(h('span', { class: 'assess-visually-hidden' }, `${tt('assess.error.prefix')}: `), msg);
        msgEl.hidden = false;
        msgEl.closest('.assess-field')?.classList.add('assess-field-error');
        for (const id of inputs) {
          const el = document.getElementById(id)!;
          el.setAttribute('aria-invalid', 'true');
          el.setAttribute('aria-describedby', `${el.getAttribute('aria-describedby') ?? ''} ${msgEl.id}`.trim());
        }
        list.append(h('li', {}, h('a', { href: `#${inputs[0]}` }, msg)));
      }
      const summary = document.getElementById('error-summary')!;
      summary.hidden = false;
      document.title = `${tt('assess.error.prefix')}: ${title}`;
      summary.focus();
    };

    document.getElementById('error-summary-list')!.addEventListener('click', (e) => {
      const link = (e.target as HTMLElement).closest('a');
      if (!link) return;
      const target = document.getElementById(link.getAttribute('href')!.slice(1));
      if (!target) return;
      e.preventDefault();
      target.focus();
      target.scrollIntoView({ block: 'center' });
    });

    // First visit to the plan: suggest steps from each area's level descriptors, dated by priority.
    let started = false;
    try {
      started = localStorage.getItem(planKey) === '1';
    } catch {
      /* ignore */
    }
    const d = current();
    if (!started && d.plan.length === 0 && progress(f, d).answered > 0) {
      ensure().plan = suggestedPlan(f, d, lang, localToday());
      save();
    }
    const markStarted = () => {
      try {
        localStorage.setItem(planKey, '1');
      } catch {
        /* ignore */
      }
    };
    if (current().plan.length > 0) markStarted();
    const typed = typedDates();
    render(
      current().plan.map((p) => {
        const r = split(p);
        const parts = p.targetDate === '' ? typed[p.id] : undefined;
        if (Array.isArray(parts) && parts.length === 3) {
          const [day, month, year] = parts.map((x) => String(x).slice(0, 4));
          Object.assign(r, { day: day ?? '', month: month ?? '', year: year ?? '' });
        }
        return r;
      }),
    );

    form.addEventListener('input', persist);
    form.addEventListener('change', (e) => {
      persist();
      const box = e.target as HTMLElement;
      if (box.matches('input[data-competency]')) {
        const item = box.closest<HTMLElement>('.assess-plan-item')!;
        const codes = [...item.querySelectorAll<HTMLInputElement>('input[data-competency]:checked')].map(
          (c) => competencies.find((x) => x.id === c.dataset.competency)?.code ?? '',
        );
        item.querySelector('summary')!.textContent = `${tt('assess.plan.competencies')}${codes.length ? `: ${codes.join(', ')}` : ''}`;
        item.querySelector('.assess-print-only')!.textContent = codes.length
          ? `${tt('assess.plan.competencies')}: ${codes.join(', ')}`
          : '';
      }
    });
    document.getElementById('plan-add')!.addEventListener('click', () => {
      const rows = readRows();
      const id = newId();
      rows.push({ id, action: '', day: '', month: '', year: '', competencyIds: [], done: false });
      clearErrors();
      render(rows);
      persist();
      status.textContent = tt('assess.plan.added', { n: rows.length });
      document.getElementById(`plan-${id}-action`)?.focus();
    });
    items.addEventListener('click', (e) => {
      const btn = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-remove]');
      if (!btn) return;
      const rows = readRows();
      const i = rows.findIndex((r) => r.id === btn.dataset.remove);
      rows.splice(i, 1);
      clearErrors();
      render(rows);
      persist();
      status.textContent = tt('assess.plan.removed');
      const next = rows[i] ?? rows[i - 1];
      (next ? document.getElementById(`plan-${next.id}-action`) : document.getElementById('plan-add'))?.focus();
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const rows = readRows();
      clearErrors();
      status.textContent = '';
      const errs = validatePlan(
        rows.map((r) => toItem(r, true)),
        localToday(),
      );
      if (errs.length) {
        showErrors(errs, rows);
        return;
      }
      persist();
      status.textContent = tt('assess.plan.saved');
    });
  }
}

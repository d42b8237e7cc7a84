// The one client script of the submitter's quarterly returns pages (the national team's and
// open data pages have their own modules in scripts/national and scripts/opendata).
// Page data comes from data- attributes on #returns-app (the CSP forbids inline script); every
// label is already on the page in its language, and messages come from content/ui/strings.ts.
// Validation runs the same validateReturn as the Worker, and the server's answer is shown too.

import { fieldsOf } from '../../../../content/dataset/fields.ts';
import { formatValue, type Issue, validateReturn } from '../../../../content/dataset/validate.ts';
import { formatDate, formatDateTime, formatTime } from '../../../../content/datetime.ts';
import { t } from '../../../../content/i18n.ts';
import type { DatasetDefinition, Lang } from '../../../../content/schema.ts';
import { periodLabel } from '../../../../content/stats/periods.ts';
import type { StringKey } from '../../../../content/ui/strings.ts';
import { explainId, inputId, type ReturnsPaths } from './paths.ts';

// ------------------------------------------------------------------ shared helpers
type Json = any; // API bodies: read defensively below
interface ApiResult {
  ok: boolean;
  status: number;
  body: Json;
}

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined) el.append(c);
  return el;
}
const $ = <T extends Element = HTMLElement>(sel: string, scope: ParentNode = document) => scope.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(sel: string, scope: ParentNode = document) => [...scope.querySelectorAll<T>(sel)];
const show = (el: Element | null | undefined, on = true) => {
  if (el) (el as HTMLElement).hidden = !on;
};

let csrf: string | null = null;
let lang: Lang = 'cy';

async function api(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResult> {
  const hs: Record<string, string> = { Accept: 'application/json', ...headers };
  let payload: BodyInit | undefined;
  if (typeof body === 'string') payload = body;
  else if (body !== undefined) {
    hs['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (method !== 'GET' && csrf) hs['X-CSRF-Token'] = csrf;
  const sep = url.includes('?') ? '&' : '?';
  try {
    const res = await fetch(`${url}${sep}lang=${lang}`, { method, headers: hs, credentials: 'same-origin', body: payload });
    const text = await res.text();
    let json: Json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    return { ok: res.ok, status: res.status, body: json };
  } catch {
    return { ok: false, status: 0, body: null };
  }
}

const pickText = (x: unknown): string => {
  if (x === null || x === undefined) return '';
  if (typeof x === 'string') return x;
  if (typeof x === 'object' && x && lang in (x as object)) return String((x as Record<string, unknown>)[lang] ?? '');
  return String(x);
};
const orgName = (o: Json): string =>
  !o ? '' : o.name ? pickText(o.name) : ((lang === 'cy' ? (o.nameCy ?? o.name_cy) : (o.nameEn ?? o.name_en)) ?? o.id ?? '');
const periodId = (p: Json): string => (typeof p === 'string' ? p : (p?.id ?? p?.periodId ?? ''));
const periodName = (p: Json): string => {
  if (p && typeof p === 'object' && p.label) return pickText(p.label);
  const id = periodId(p);
  try {
    return periodLabel(id, lang);
  } catch {
    return id;
  }
};
const toDate = (v: unknown): Date | null => {
  if (v === null || v === undefined || v === '') return null;
  const d = typeof v === 'number' ? new Date(v) : new Date(String(v));
  return Number.isNaN(d.getTime()) ? null : d;
};
const dateText = (v: unknown): string => {
  const d = toDate(v);
  return d ? formatDate(d, lang) : '';
};
const timeText = (v: unknown): string => {
  const d = toDate(v);
  return d ? formatDateTime(d, lang) : '';
};
const tt = (key: string, vars: Record<string, string | number> = {}) => t(lang, key as StringKey, vars);
const STATUSES = ['not-started', 'draft', 'submitted', 'returned', 'accepted'];
function statusTag(status: string, late = false): HTMLElement {
  const s = STATUSES.includes(status) ? status : 'draft';
  const span = h('span', {}, h('strong', { class: `rui-tag rui-tag--${s}` }, tt(`period.status.${s}`)));
  if (late) span.append(' ', h('strong', { class: 'rui-tag rui-tag--late' }, tt('period.late')));
  return span;
}
const errorMessage = (r: ApiResult): string => r.body?.error?.message ?? tt('error.internal');
const qs = () => new URLSearchParams(location.search);
const numText = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '–';
  if (typeof v === 'number') return formatValue(v, lang);
  return String(v);
};

// ------------------------------------------------------------------ error summary (GOV.UK pattern)
interface SummaryItem {
  text: string;
  href?: string;
  warning?: boolean;
}
function showSummary(items: SummaryItem[]) {
  const box = $('#error-summary')!;
  const body = $('#error-summary-body')!;
  body.textContent = '';
  const errors = items.filter((i) => !i.warning);
  const warnings = items.filter((i) => i.warning);
  const list = (xs: SummaryItem[], cls: string) =>
    h('ul', { class: cls }, ...xs.map((x) => h('li', {}, x.href ? h('a', { href: x.href }, x.text) : x.text)));
  if (errors.length && warnings.length) {
    body.append(
      h('h3', {}, tt('rui.summary.errors')),
      list(errors, 'rui-error-list'),
      h('h3', {}, tt('rui.summary.warnings')),
      list(warnings, 'rui-warning-list'),
    );
  } else if (warnings.length) {
    body.append(h('p', {}, tt('rui.summary.warnings')), list(warnings, 'rui-warning-list'));
  } else {
    body.append(list(errors, 'rui-error-list'));
  }
  show(box);
  box.focus();
}
function hideSummary() {
  show($('#error-summary'), false);
  $('#error-summary-body')!.textContent = '';
}
// Links in the summary move focus to the field (and scroll it into view) without changing the URL's query.
document.addEventListener('click', (e) => {
  const a = (e.target as Element | null)?.closest?.('#error-summary a') as HTMLAnchorElement | null;
  if (!a) return;
  const id = decodeURIComponent(a.hash.slice(1));
  const el = document.getElementById(id);
  if (!el) return;
  e.preventDefault();
  el.closest('[hidden]') || el.scrollIntoView({ block: 'center' });
  el.focus();
});

function fieldMessage(groupKey: string, controlId: string, text: string | null, kind: 'error' | 'warning' = 'error') {
  const group = $(`[data-group="${CSS.escape(groupKey)}"]`);
  const p = document.getElementById(`${controlId}-error`);
  const control = document.getElementById(controlId);
  if (group) {
    group.classList.toggle('govuk-form-group--error', !!text && kind === 'error');
    group.classList.toggle('app-form-group--warning', !!text && kind === 'warning');
  }
  if (p) {
    p.textContent = text ?? '';
    p.hidden = !text;
  }
  if (control) {
    const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== `${controlId}-error`);
    if (text) ids.push(`${controlId}-error`);
    if (ids.length) control.setAttribute('aria-describedby', ids.join(' '));
    else control.removeAttribute('aria-describedby');
    if (text && kind === 'error') control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
  }
}

async function loadMe(): Promise<Json | null> {
  const r = await api('GET', '/api/auth/me');
  if (!r.ok || !r.body?.user) return null;
  csrf = r.body.csrfToken ?? null;
  return r.body.user;
}

// ------------------------------------------------------------------ page dispatch
async function init(el: HTMLElement) {
  lang = el.dataset.lang as Lang;
  const paths = JSON.parse(el.dataset.paths!) as ReturnsPaths;
  const page = el.dataset.page;
  const loading = $('[data-loading]');
  const body = $('[data-body]');
  const fail = () => {
    show(loading, false);
    show($('[data-failed]'));
  };
  const user = await loadMe();
  show(loading, false);
  if (!user) {
    show($('[data-signin]'));
    return;
  }
  try {
    if (page === 'list') await listPage(user, paths);
    else if (page === 'form') {
      if ((await formPage(paths)) === 'stop') return;
    } else if (page === 'done') donePage(paths);
    else if (page === 'history') await historyPage(paths);
    show(body);
  } catch (e) {
    console.warn(e);
    fail();
  }
}

const orgPeriodQuery = (org: string, period: string) => `?org=${encodeURIComponent(org)}&period=${encodeURIComponent(period)}`;
const returnUrl = (org: string, period: string, rest = '') =>
  `/api/orgs/${encodeURIComponent(org)}/returns/${encodeURIComponent(period)}${rest}`;

// ------------------------------------------------------------------ "Your returns"
async function listPage(user: Json, paths: ReturnsPaths) {
  const orgIds: string[] = user.orgIds ?? [];
  if (!orgIds.length) {
    const note = $('[data-signin]')!;
    note.textContent = tt('rui.noOrg');
    show(note);
    show($('[data-table]'), false);
    return;
  }
  const choice = $<HTMLSelectElement>('#org-choice')!;
  const render = async (orgId: string) => {
    const r = await api('GET', `/api/orgs/${encodeURIComponent(orgId)}/returns`);
    if (!r.ok) throw new Error(`returns ${r.status}`);
    $('[data-org-name]')!.textContent = orgName(r.body.org);
    const tbody = $('[data-rows]')!;
    tbody.textContent = '';
    const rows: Json[] = r.body.periods ?? [];
    show($('[data-empty]'), rows.length === 0);
    show($('[data-table]'), rows.length > 0);
    for (const row of rows) {
      const pid = periodId(row.period);
      const name = periodName(row.period);
      const status: string = row.status ?? 'not-started';
      const locked = !!row.period?.locked;
      const actionKey = locked
        ? 'rui.action.view'
        : status === 'not-started'
          ? 'rui.action.start'
          : status === 'draft' || row.unsubmittedChanges
            ? 'rui.action.continue'
            : status === 'returned'
              ? 'rui.action.amend'
              : 'rui.action.view';
      const q = orgPeriodQuery(orgId, pid);
      const actions = h(
        'td',
        {},
        h(
          'a',
          { href: paths.form + q },
          tt(actionKey),
          h('span', { class: 'rui-visually-hidden' }, tt('rui.action.forPeriod', { period: name })),
        ),
      );
      if (row.latestVersion) {
        actions.append(
          ' · ',
          h(
            'a',
            { href: paths.history + q },
            tt('rui.action.history'),
            h('span', { class: 'rui-visually-hidden' }, tt('rui.action.forPeriod', { period: name })),
          ),
        );
      }
      const st = h('td', {}, statusTag(status, !!row.late));
      if (locked) st.append(' ', h('span', {}, `(${tt('rui.list.locked')})`));
      if (row.reference) st.append(h('br'), h('span', { class: 'rui-hint' }, row.reference));
      if (row.unsubmittedChanges && status !== 'draft') st.append(h('br'), h('span', { class: 'rui-hint' }, tt('rui.list.unsubmitted')));
      tbody.append(
        h(
          'tr',
          { 'data-period': pid },
          h('th', { scope: 'row' }, name),
          h('td', {}, dateText(row.period?.opensAt)),
          h('td', {}, dateText(row.period?.dueAt)),
          st,
          actions,
        ),
      );
    }
  };
  if (orgIds.length > 1) {
    const names = await Promise.all(
      orgIds.map(async (id) => {
        const r = await api('GET', `/api/orgs/${encodeURIComponent(id)}`);
        return orgName(r.body?.organisation) || id;
      }),
    );
    orgIds.forEach((id, i) => choice.append(h('option', { value: id }, names[i]!)));
    show($('[data-org-choice]'));
    choice.addEventListener('change', () => void render(choice.value));
  }
  await render(orgIds[0]!);
}

// ------------------------------------------------------------------ the return form
function datasetOf(): DatasetDefinition {
  return JSON.parse(document.getElementById('returns-app')!.dataset.dataset!) as DatasetDefinition;
}

async function formPage(paths: ReturnsPaths): Promise<'stop' | void> {
  const q = qs();
  const org = q.get('org') ?? '';
  const period = q.get('period') ?? '';
  if (!org || !period) {
    const n = $('[data-signin]')!;
    n.textContent = tt('rui.form.missing');
    show(n);
    return 'stop';
  }
  const def = datasetOf();
  const fields = fieldsOf(def);
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const explainable = new Set($$('[data-explain-for]').map((d) => d.dataset.explainFor!));
  const form = $<HTMLFormElement>('form[data-return]')!;
  const inputs = new Map(fields.map((f) => [f.key, document.getElementById(inputId(f.key)) as HTMLInputElement]));
  const explainBox = (k: string) => document.getElementById(explainId(k)) as HTMLTextAreaElement | null;

  const [r, list] = await Promise.all([api('GET', returnUrl(org, period)), api('GET', `/api/orgs/${encodeURIComponent(org)}/returns`)]);
  if (!r.ok) throw new Error(`return ${r.status}`);
  let data: Json = r.body;
  const orgLabel = orgName(list.body?.org);
  $('[data-caption]')!.textContent = tt('rui.form.caption', { org: orgLabel, period: periodName(data.period ?? period) });
  document.title = `${periodName(data.period ?? period)} – ${document.title}`;
  $<HTMLAnchorElement>('[data-history-link]')!.href = paths.history + orgPeriodQuery(org, period);
  for (const a of $$<HTMLAnchorElement>('[data-template]'))
    a.href = `${returnUrl(org, period, '/template.csv')}?lang=${a.dataset.template}`;

  let rev: number = data.draft?.rev ?? 0;
  const previous: Record<string, number | null> | undefined = data.previous?.values ?? undefined;
  const locked = !!data.period?.locked;
  const versions: Json[] = data.versions ?? [];
  const latest = versions[versions.length - 1];
  const accepted = data.status === 'accepted' || versions.some((v) => v.review?.decision === 'accepted');

  // Returned: the analyst's comment at the top. Accepted/submitted: a note.
  const latestReview = latest?.review;
  if (latestReview?.decision === 'returned') {
    $('[data-returned-by]')!.textContent = tt('rui.form.returnedBy', {
      version: latest.version,
      date: dateText(latestReview.createdAt ?? latestReview.reviewedAt),
    });
    $('[data-returned-comment]')!.textContent = latestReview.comment ?? '';
    show($('[data-returned]'));
  } else if (data.status === 'accepted' && latest) {
    const n = $('[data-state-note]')!;
    n.textContent = tt('rui.form.acceptedNote', { version: latest.version });
    show(n);
  } else if (data.status === 'submitted' && latest) {
    const n = $('[data-state-note]')!;
    n.textContent = tt('rui.form.submittedNote', { version: latest.version, reference: latest.reference ?? '' });
    show(n);
  }
  if (data.unsubmittedChanges && latest) {
    const n = $('[data-state-note]')!;
    n.textContent = `${n.hidden ? '' : `${n.textContent} `}${tt('rui.form.unsubmitted', { version: latest.version })}`;
    show(n);
  }
  if (accepted) show($('[data-amend]'));
  if (locked) {
    show($('[data-locked]'));
    for (const i of $$<HTMLInputElement | HTMLTextAreaElement | HTMLButtonElement>(
      '[data-edit] input, [data-edit] textarea, [data-edit] button',
    ))
      i.disabled = true;
  }

  // Fill the form from the draft (or the latest version when there is no draft).
  const fill = (values: Record<string, unknown> = {}, explanations: Record<string, string> = {}) => {
    for (const [k, input] of inputs) {
      const v = values[k];
      input.value = v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : String(v);
    }
    for (const k of explainable) {
      const x = explainBox(k);
      if (x) x.value = explanations[k] ?? '';
    }
  };
  const draftValues = data.draft?.values && Object.keys(data.draft.values).length ? data.draft.values : null;
  let startValues = draftValues ?? {};
  if (!draftValues && latest) {
    const v = await api('GET', returnUrl(org, period, `/versions/${latest.version}`));
    startValues = v.body?.values ?? v.body?.version?.values ?? {};
    fill(startValues, v.body?.explanations ?? v.body?.version?.explanations ?? {});
  } else fill(startValues, data.draft?.explanations ?? {});

  const collect = () => {
    const values: Record<string, string> = {};
    for (const [k, input] of inputs) {
      const s = input.value.trim();
      if (s !== '') values[k] = s;
    }
    const explanations: Record<string, string> = {};
    for (const k of explainable) {
      const s = explainBox(k)?.value.trim() ?? '';
      if (s) explanations[k] = s;
    }
    return { values, explanations };
  };

  // ---- issues: on the fields and in the summary, all at once
  let lastIssues: { errors: Issue[]; warnings: Issue[] } = { errors: [], warnings: [] };
  const clearIssues = () => {
    for (const f of fields) fieldMessage(f.key, inputId(f.key), null);
    for (const k of explainable) {
      fieldMessage(`x:${k}`, explainId(k), null);
      show($(`[data-explain-for="${CSS.escape(k)}"]`), false);
    }
    hideSummary();
  };
  const targetFor = (issue: Issue): string => {
    // A breakdown error on an item points at the first cell that is filled in, else the item.
    const f = byKey.get(issue.field);
    return f ? inputId(issue.field) : inputId(issue.related[0] ?? issue.field);
  };
  const renderIssues = (errors: Issue[], warnings: Issue[], needExplanation: boolean): SummaryItem[] => {
    clearIssues();
    const items: SummaryItem[] = [];
    const perField = new Map<string, string[]>();
    for (const e of errors) {
      const key = byKey.has(e.field) ? e.field : (e.related[0] ?? e.field);
      perField.set(key, [...(perField.get(key) ?? []), pickText(e.message)]);
      items.push({ text: pickText(e.message), href: `#${targetFor(e)}` });
    }
    for (const [k, msgs] of perField) fieldMessage(k, inputId(k), `${tt('rui.issue.error')} ${msgs.join(' ')}`);
    for (const w of warnings) {
      const box = $(`[data-explain-for="${CSS.escape(w.field)}"]`);
      show(box);
      const has = !!explainBox(w.field)?.value.trim();
      if (!perField.has(w.field)) fieldMessage(w.field, inputId(w.field), `${tt('rui.issue.warning')} ${pickText(w.message)}`, 'warning');
      if (box && !has && needExplanation) {
        const label = byKey.get(w.field)?.label ?? { cy: w.field, en: w.field };
        fieldMessage(`x:${w.field}`, explainId(w.field), tt('rui.explain.missing', { field: pickText(label) }));
      }
      if (!has) items.push({ text: pickText(w.message), href: `#${box ? explainId(w.field) : inputId(w.field)}`, warning: true });
    }
    lastIssues = { errors, warnings };
    return items;
  };
  // Explanation boxes keep their data-group for fieldMessage.
  for (const k of explainable) $(`[data-explain-for="${CSS.escape(k)}"]`)!.setAttribute('data-group', `x:${k}`);
  // Show the explanation boxes already filled in (a reloaded draft).
  for (const k of explainable) if (explainBox(k)?.value) show($(`[data-explain-for="${CSS.escape(k)}"]`));

  const merge = (a: Issue[], b: Issue[] | undefined): Issue[] => {
    const seen = new Set(a.map((i) => `${i.code}|${i.field}`));
    return [...a, ...(b ?? []).filter((i) => i && !seen.has(`${i.code}|${i.field}`))];
  };

  // ---- autosave: debounced PUT …/draft with rev; 409 → both versions shown, nothing lost
  const status = $('[data-save-status]')!;
  let timer: number | undefined;
  let chain: Promise<boolean> = Promise.resolve(true);
  let dirty = false;
  let conflict = false;
  // Saves run one after another (never two PUTs with the same rev from this page).
  const doSave = async (): Promise<boolean> => {
    if (locked || conflict) return false;
    if (!dirty) return true;
    dirty = false;
    const body = { rev, ...collect() };
    status.textContent = tt('rui.form.saving');
    const res = await api('PUT', returnUrl(org, period, '/draft'), body);
    if (res.ok) {
      rev = res.body?.rev ?? rev + 1;
      status.textContent = tt('rui.form.saved', {
        time: formatTime(new Date(), lang),
      });
      return true;
    }
    if (res.status === 409) {
      showConflict(res.body, body.values, body.explanations);
      return false;
    }
    status.textContent = res.status === 423 ? tt('rui.form.locked') : tt('rui.form.saveFailed');
    dirty = true;
    return false;
  };
  const save = (): Promise<boolean> => (chain = chain.then(doSave, doSave));
  const schedule = () => {
    dirty = true;
    attempt = null; // values changed: a new submission attempt
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void save(), 800);
  };
  const flush = async () => {
    window.clearTimeout(timer);
    return save();
  };
  form.addEventListener('input', schedule);
  // Leaving the page or switching tab saves at once rather than waiting for the debounce.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden' && dirty) void flush();
  });

  function showConflict(b: Json, yourValues: Record<string, string>, yourExplanations: Record<string, string>) {
    conflict = true;
    const theirs = b?.draft ?? b?.current ?? b?.error?.draft ?? {};
    const theirValues: Record<string, unknown> = theirs.values ?? {};
    const theirExpl: Record<string, string> = theirs.explanations ?? {};
    const panel = $('[data-conflict]')!;
    const tbody = $('[data-conflict-rows]')!;
    tbody.textContent = '';
    const blank = tt('rui.conflict.blank');
    const cell = (v: unknown) => (v === null || v === undefined || v === '' ? blank : String(v));
    for (const f of fields) {
      const a = cell(theirValues[f.key]);
      const y = cell(yourValues[f.key]);
      if (a !== y) tbody.append(h('tr', {}, h('th', { scope: 'row' }, pickText(f.label)), h('td', {}, a), h('td', {}, y)));
    }
    for (const k of explainable) {
      const a = cell(theirExpl[k]);
      const y = cell(yourExplanations[k]);
      if (a !== y)
        tbody.append(
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, tt('rui.explain.label', { field: pickText(byKey.get(k)!.label) })),
            h('td', {}, a),
            h('td', {}, y),
          ),
        );
    }
    status.textContent = '';
    show(panel);
    panel.focus();
    const done = (keep: 'theirs' | 'yours') => {
      rev = theirs.rev ?? rev;
      conflict = false;
      show(panel, false);
      if (keep === 'theirs') {
        fill(theirValues, theirExpl);
        status.textContent = '';
      } else {
        fill(yourValues, yourExplanations);
        dirty = true;
        void save();
      }
      inputs.values().next().value?.focus();
    };
    $<HTMLButtonElement>('[data-keep="theirs"]')!.onclick = () => done('theirs');
    $<HTMLButtonElement>('[data-keep="yours"]')!.onclick = () => done('yours');
  }

  // ---- CSV upload
  const csvForm = $<HTMLFormElement>('form[data-csv]')!;
  csvForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    hideSummary();
    fieldMessage('csv-file', 'csv-file', null);
    show($('[data-csv-problems]'), false);
    $('[data-csv-done]')!.textContent = '';
    const file = $<HTMLInputElement>('#csv-file')!.files?.[0];
    const problem = !file ? tt('rui.csv.noFile') : file.size > 256 * 1024 ? tt('rui.csv.tooBig') : null;
    if (problem) {
      fieldMessage('csv-file', 'csv-file', problem);
      showSummary([{ text: problem, href: '#csv-file' }]);
      return;
    }
    if (!(await flush()) && conflict) return;
    const res = await api('POST', returnUrl(org, period, '/csv'), await file!.text(), {
      'Content-Type': 'text/csv',
      'X-Draft-Rev': String(rev),
    });
    if (res.ok) {
      rev = res.body?.rev ?? rev + 1;
      const fresh = await api('GET', returnUrl(org, period));
      if (fresh.ok) {
        data = fresh.body;
        rev = data.draft?.rev ?? rev;
        fill(data.draft?.values ?? {}, data.draft?.explanations ?? {});
      }
      $('[data-csv-done]')!.textContent = tt('rui.csv.done');
      const issues = res.body?.issues;
      if (issues && (issues.errors?.length || issues.warnings?.length))
        showSummary(renderIssues(issues.errors ?? [], issues.warnings ?? [], false));
      return;
    }
    if (res.status === 409) {
      showConflict(res.body, collect().values, collect().explanations);
      return;
    }
    const problems: Json[] = res.body?.problems ?? res.body?.error?.problems ?? [];
    if (problems.length) {
      const tbody = $('[data-csv-rows]')!;
      tbody.textContent = '';
      for (const p of problems)
        tbody.append(h('tr', {}, h('td', {}, String(p.row ?? '')), h('td', {}, String(p.column ?? '')), h('td', {}, pickText(p.message))));
      show($('[data-csv-problems]'));
    }
    const msg = problems.length ? tt('rui.csv.problems') : errorMessage(res);
    fieldMessage('csv-file', 'csv-file', msg);
    showSummary([{ text: msg, href: '#csv-file' }]);
  });

  // ---- continue: client validation, the server's answer, explanations → check step
  let attempt: string | null = null;
  const check = $('[data-check]')!;
  const edit = $('[data-edit]')!;
  const validateAll = async (): Promise<SummaryItem[]> => {
    const { values, explanations } = collect();
    const local = validateReturn(def, values, { previous, requireComplete: true });
    let errors = local.errors;
    let warnings = local.warnings;
    const server = await api('POST', returnUrl(org, period, '/validate'), { values, explanations });
    if (server.ok) {
      errors = merge(errors, server.body?.errors);
      warnings = merge(warnings, server.body?.warnings);
    }
    void explanations;
    return renderIssues(errors, warnings, true);
  };
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (locked) return;
    const items = await validateAll();
    if (items.length) {
      showSummary(items);
      return;
    }
    if (!(await flush())) return;
    enterCheck();
  });

  function enterCheck() {
    attempt ??= crypto.randomUUID(); // one Idempotency-Key per attempt, reused on retry
    const { values, explanations } = collect();
    const wrap = $('[data-check-body]')!;
    wrap.textContent = '';
    for (const section of def.sections) {
      const items = def.items.filter((i) => i.section === section.id);
      const rows: HTMLElement[] = [];
      for (const f of fields.filter((x) => items.some((i) => i.id === x.itemId))) {
        if (f.categoryId && values[f.key] === undefined) continue;
        rows.push(
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, pickText(f.label)),
            h('td', { class: 'rui-num' }, values[f.key] ?? '–'),
            h('td', {}, explanations[f.key] ?? ''),
            h(
              'td',
              {},
              h(
                'a',
                { href: `#${inputId(f.key)}`, 'data-change': f.key },
                tt('rui.check.change'),
                h('span', { class: 'rui-visually-hidden' }, ` ${pickText(f.label)}`),
              ),
            ),
          ),
        );
      }
      wrap.append(
        h(
          'table',
          { class: 'rui-table' },
          h('caption', {}, pickText(section.title)),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, tt('rui.check.field')),
              h('th', { scope: 'col', class: 'rui-num' }, tt('rui.check.value')),
              h('th', { scope: 'col' }, tt('rui.check.explanation')),
              h('th', { scope: 'col' }, h('span', { class: 'rui-visually-hidden' }, tt('rui.check.change'))),
            ),
          ),
          h('tbody', {}, ...rows),
        ),
      );
    }
    hideSummary();
    show(edit, false);
    show(form, false);
    show(check);
    $<HTMLElement>('#check-title')!.focus();
  }
  const backToForm = (focusId?: string) => {
    show(check, false);
    show(edit);
    show(form);
    hideSummary();
    const target = focusId ? document.getElementById(focusId) : null;
    (target ?? $<HTMLElement>('main h1'))?.focus();
  };
  $('[data-back]')!.addEventListener('click', () => backToForm());
  check.addEventListener('click', (e) => {
    const a = (e.target as Element).closest('a[data-change]') as HTMLAnchorElement | null;
    if (!a) return;
    e.preventDefault();
    backToForm(inputId(a.dataset.change!));
  });

  // ---- submit with the declaration
  const submitForm = $<HTMLFormElement>('form[data-submit]')!;
  const submitButton = $<HTMLButtonElement>('[data-submit-button]')!;
  submitForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const name = $<HTMLInputElement>('#declName')!.value.trim();
    const confirmed = $<HTMLInputElement>('#declConfirm')!.checked;
    const reason = $<HTMLTextAreaElement>('#amendmentReason')!.value.trim();
    const items: SummaryItem[] = [];
    fieldMessage('amendmentReason', 'amendmentReason', null);
    fieldMessage('declName', 'declName', null);
    fieldMessage('declConfirm', 'declConfirm', null);
    if (accepted && !reason) {
      fieldMessage('amendmentReason', 'amendmentReason', tt('rui.amend.missing'));
      items.push({ text: tt('rui.amend.missing'), href: '#amendmentReason' });
    }
    if (!name) {
      fieldMessage('declName', 'declName', tt('rui.declare.nameMissing'));
      items.push({ text: tt('rui.declare.nameMissing'), href: '#declName' });
    }
    if (!confirmed) {
      fieldMessage('declConfirm', 'declConfirm', tt('rui.declare.confirmMissing'));
      items.push({ text: tt('rui.declare.confirmMissing'), href: '#declConfirm' });
    }
    if (items.length) {
      showSummary(items);
      return;
    }
    submitButton.disabled = true;
    submitButton.textContent = tt('rui.submitting');
    const res = await api(
      'POST',
      returnUrl(org, period, '/submit'),
      { rev, declaration: { name, confirmed: true }, ...(accepted ? { amendmentReason: reason } : {}) },
      { 'Idempotency-Key': attempt ?? (attempt = crypto.randomUUID()) },
    );
    submitButton.disabled = false;
    submitButton.textContent = tt('rui.submit');
    if (res.ok) {
      location.assign(`${paths.done}${orgPeriodQuery(org, period)}&ref=${encodeURIComponent(res.body?.reference ?? '')}`);
      return;
    }
    const code = res.body?.error?.code;
    if (code === 'return-invalid' || code === 'explanation-required') {
      const issues = res.body?.issues ?? res.body?.error?.issues ?? {};
      backToForm();
      const local = await validateAll();
      const extra = renderIssues(merge(lastIssues.errors, issues.errors), merge(lastIssues.warnings, issues.warnings), true);
      showSummary(extra.length ? extra : local.length ? local : [{ text: errorMessage(res) }]);
      return;
    }
    if (res.status === 409 && code === 'draft-conflict') {
      backToForm();
      showConflict(res.body, collect().values, collect().explanations);
      return;
    }
    const fieldsErr: Json[] = res.body?.error?.fields ?? [];
    if (fieldsErr.some((f) => /amend/i.test(String(f.field))) || /amend/i.test(String(code))) {
      show($('[data-amend]'));
      fieldMessage('amendmentReason', 'amendmentReason', errorMessage(res));
      showSummary([{ text: errorMessage(res), href: '#amendmentReason' }]);
      return;
    }
    showSummary([{ text: errorMessage(res) }]);
  });
}

// ------------------------------------------------------------------ confirmation
function donePage(paths: ReturnsPaths) {
  const q = qs();
  const ref = q.get('ref');
  if (ref) $('[data-reference]')!.textContent = ref;
  else {
    show($('[data-panel]'), false);
    show($('[data-missing]'));
  }
  const org = q.get('org');
  const period = q.get('period');
  if (org && period) $<HTMLAnchorElement>('[data-history]')!.href = paths.history + orgPeriodQuery(org, period);
}

// ------------------------------------------------------------------ versions, diff, review
function changesTable(changes: Json[], from: number, to: number): HTMLElement {
  if (!changes.length) return h('p', {}, tt('rui.history.noChanges'));
  return h(
    'table',
    { class: 'rui-table' },
    h('caption', {}, tt('rui.history.changes', { from, to })),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, tt('rui.check.field')),
        h('th', { scope: 'col', class: 'rui-num' }, tt('rui.history.before')),
        h('th', { scope: 'col', class: 'rui-num' }, tt('rui.history.after')),
      ),
    ),
    h(
      'tbody',
      {},
      ...changes.map((c) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, pickText(c.label ?? c.field)),
          h('td', { class: 'rui-num' }, numText(c.from)),
          h('td', { class: 'rui-num' }, numText(c.to)),
        ),
      ),
    ),
  );
}
function reviewText(review: Json): string {
  if (!review) return tt('rui.review.pending');
  return review.decision === 'accepted' ? tt('rui.review.accepted') : tt('rui.review.returned', { comment: review.comment ?? '' });
}

async function historyPage(paths: ReturnsPaths) {
  const q = qs();
  const org = q.get('org') ?? '';
  const period = q.get('period') ?? '';
  const [r, orgRes] = await Promise.all([api('GET', returnUrl(org, period)), api('GET', `/api/orgs/${encodeURIComponent(org)}`)]);
  if (!r.ok) throw new Error(`return ${r.status}`);
  const data = r.body;
  $('[data-caption]')!.textContent = tt('rui.form.caption', {
    org: orgName(orgRes.body?.organisation),
    period: periodName(data.period ?? period),
  });
  const formLink = $<HTMLAnchorElement>('[data-form-link]');
  if (formLink) formLink.href = paths.form + orgPeriodQuery(org, period);
  const versions: Json[] = data.versions ?? [];
  const tbody = $('[data-versions]')!;
  const render = (vs: Json[]) => {
    tbody.textContent = '';
    for (const v of vs) {
      tbody.append(
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, String(v.version)),
          h('td', {}, v.reference ?? ''),
          h('td', {}, timeText(v.createdAt)),
          h(
            'td',
            {},
            tt(`rui.via.${['web', 'csv', 'api'].includes(v.via) ? v.via : 'web'}`),
            v.submittedBy ? ` · ${pickText(v.submittedBy.name ?? v.submittedBy.email ?? v.submittedBy)}` : '',
          ),
          h('td', {}, v.amendmentReason ?? ''),
          h('td', {}, reviewText(v.review)),
        ),
      );
    }
  };
  render(versions);
  const none = $('[data-none]');
  show(none, versions.length === 0);
  show($('[data-versions-wrap]'), versions.length > 0);

  const diff = $('[data-diff]')!;
  const showDiff = async (from: number, to: number) => {
    const d = await api('GET', returnUrl(org, period, `/diff?from=${from}&to=${to}`));
    diff.textContent = '';
    diff.append(d.ok ? changesTable(d.body?.changes ?? [], from, to) : h('p', {}, errorMessage(d)));
  };
  const cmp = $<HTMLFormElement>('form[data-compare]');
  if (cmp) {
    const from = $<HTMLSelectElement>('#cmp-from')!;
    const to = $<HTMLSelectElement>('#cmp-to')!;
    for (const v of versions) {
      from.append(h('option', { value: String(v.version) }, String(v.version)));
      to.append(h('option', { value: String(v.version) }, String(v.version)));
    }
    if (versions.length > 1) {
      from.value = String(versions[versions.length - 2].version);
      to.value = String(versions[versions.length - 1].version);
      void showDiff(Number(from.value), Number(to.value));
    }
    cmp.addEventListener('submit', (e) => {
      e.preventDefault();
      void showDiff(Number(from.value), Number(to.value));
    });
  }
}

// Start last: every helper above is defined by now.
const root = document.getElementById('returns-app');
if (root) void init(root);

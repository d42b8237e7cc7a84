// The client script of the national team's returns pages and open data (the organisation's
// pages have their own modules: scripts/returns/{list,form,done,history}/).
// Page data comes from data- attributes on #returns-app (the CSP forbids inline script); every
// label is already on the page in its language, and messages come from content/ui/strings.ts.

import { type Field, fieldsOf } from '../../../../content/dataset/fields.ts';
import { formatValue } from '../../../../content/dataset/validate.ts';
import { formatDate, formatDateTime } from '../../../../content/datetime.ts';
import { t } from '../../../../content/i18n.ts';
import type { DatasetDefinition, Lang, Text } from '../../../../content/schema.ts';
import { periodLabel } from '../../../../content/stats/periods.ts';
import type { StringKey } from '../../../../content/ui/strings.ts';
import type { ReturnsPaths } from './paths.ts';

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
const svg = (tag: string, attrs: Record<string, string>, ...children: (Node | string)[]) => {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
};
const $ = <T extends Element = HTMLElement>(sel: string, scope: ParentNode = document) => scope.querySelector<T>(sel);
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
  if (page === 'openData') {
    show(loading, false);
    return openDataPage().catch(fail);
  }
  const user = await loadMe();
  show(loading, false);
  const national = ['queue', 'review', 'completeness', 'totals'].includes(page ?? '');
  if (!user || (national && !user.nationalRole)) {
    show($('[data-signin]'));
    return;
  }
  try {
    if (page === 'queue') await queuePage(paths);
    else if (page === 'review') await historyPage(paths, true);
    else if (page === 'completeness') await completenessPage();
    else if (page === 'totals') await totalsPage();
    show(body);
  } catch (e) {
    console.warn(e);
    fail();
  }
}

const orgPeriodQuery = (org: string, period: string) => `?org=${encodeURIComponent(org)}&period=${encodeURIComponent(period)}`;
const returnUrl = (org: string, period: string, rest = '') =>
  `/api/orgs/${encodeURIComponent(org)}/returns/${encodeURIComponent(period)}${rest}`;

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

function datasetOf(): DatasetDefinition {
  return JSON.parse(document.getElementById('returns-app')!.dataset.dataset!) as DatasetDefinition;
}

async function historyPage(paths: ReturnsPaths, national: boolean) {
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
  if (!national) return;

  // ---- review: the latest version's figures and the decision form
  const latest = versions[versions.length - 1];
  if (versions.length > 1) void showDiff(versions[versions.length - 2].version, latest.version);
  if (!latest) {
    const n = $('[data-state-note]')!;
    n.textContent = tt('rui.history.none');
    show(n);
    return;
  }
  const vr = await api('GET', returnUrl(org, period, `/versions/${latest.version}`));
  const values: Record<string, unknown> = vr.body?.values ?? vr.body?.version?.values ?? {};
  const explanations: Record<string, string> = vr.body?.explanations ?? vr.body?.version?.explanations ?? {};
  $('[data-values-title]')!.textContent = tt('rui.reviewPage.values', { version: latest.version });
  const def = datasetOf();
  const wrap = $('[data-values]')!;
  for (const section of def.sections) {
    const fs = fieldsOf(def).filter(
      (f) => def.items.find((i) => i.id === f.itemId)?.section === section.id && (!f.categoryId || values[f.key] !== undefined),
    );
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
          ),
        ),
        h(
          'tbody',
          {},
          ...fs.map((f: Field) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, pickText(f.label)),
              h('td', { class: 'rui-num' }, numText(values[f.key])),
              h('td', {}, explanations[f.key] ?? ''),
            ),
          ),
        ),
      ),
    );
  }
  const decision = $<HTMLFormElement>('form[data-decision]')!;
  if (latest.review) {
    const n = $('[data-state-note]')!;
    n.textContent = tt('rui.reviewPage.already');
    show(n);
    return;
  }
  $('[data-decision-title]')!.textContent = tt('rui.reviewPage.decision', { version: latest.version });
  show(decision);
  decision.addEventListener('submit', async (e) => {
    e.preventDefault();
    const choice = $<HTMLInputElement>('input[name="decision"]:checked')?.value;
    const comment = $<HTMLTextAreaElement>('#comment')!.value.trim();
    fieldMessage('decision', 'decision-accept', null);
    fieldMessage('comment', 'comment', null);
    const items: SummaryItem[] = [];
    if (!choice) {
      fieldMessage('decision', 'decision-accept', tt('rui.reviewPage.decisionMissing'));
      items.push({ text: tt('rui.reviewPage.decisionMissing'), href: '#decision-accept' });
    }
    if (choice === 'return' && !comment) {
      fieldMessage('comment', 'comment', tt('rui.reviewPage.commentMissing'));
      items.push({ text: tt('rui.reviewPage.commentMissing'), href: '#comment' });
    }
    if (items.length) {
      showSummary(items);
      return;
    }
    hideSummary();
    const res = await api('POST', `/api/national/returns/${encodeURIComponent(org)}/${encodeURIComponent(period)}/review`, {
      version: latest.version,
      decision: choice,
      ...(comment ? { comment } : {}),
    });
    if (!res.ok) {
      showSummary([{ text: errorMessage(res) }]);
      return;
    }
    show(decision, false);
    const again = await api('GET', returnUrl(org, period));
    if (again.ok) render(again.body?.versions ?? []);
    $('[data-recorded]')!.textContent = tt('rui.reviewPage.recorded');
    $<HTMLElement>('main h1')!.focus();
  });
}

// ------------------------------------------------------------------ national: queue
async function periodsList(): Promise<Json[]> {
  const r = await api('GET', '/api/periods');
  const ps: Json[] = r.body?.periods ?? (Array.isArray(r.body) ? r.body : []);
  return [...ps].sort((a, b) => (periodId(a) < periodId(b) ? -1 : periodId(a) > periodId(b) ? 1 : 0)); // oldest first
}

async function queuePage(paths: ReturnsPaths) {
  const periods = await periodsList();
  const sel = $<HTMLSelectElement>('#f-period')!;
  for (const p of periods) sel.append(h('option', { value: periodId(p) }, periodName(p)));
  const filter = $<HTMLFormElement>('form[data-filter]')!;
  const q = qs();
  if (q.get('period')) sel.value = q.get('period')!;
  if (q.has('status')) $<HTMLSelectElement>('#f-status')!.value = q.get('status')!;
  const load = async () => {
    const params = new URLSearchParams();
    if (sel.value) params.set('period', sel.value);
    const st = $<HTMLSelectElement>('#f-status')!.value;
    if (st) params.set('status', st);
    const r = await api('GET', `/api/national/returns?${params}`);
    if (!r.ok) throw new Error(`queue ${r.status}`);
    const rows: Json[] = r.body?.returns ?? r.body?.items ?? (Array.isArray(r.body) ? r.body : []);
    const tbody = $('[data-rows]')!;
    tbody.textContent = '';
    show($('[data-empty]'), rows.length === 0);
    show($('[data-table]'), rows.length > 0);
    for (const row of rows) {
      const org = row.org ?? row.organisation ?? {};
      const orgId = row.orgId ?? org.id;
      const pid = row.periodId ?? periodId(row.period);
      const name = orgName(org);
      const pname = periodName(row.period ?? pid);
      tbody.append(
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, name),
          h('td', {}, pname),
          h('td', {}, statusTag(row.status, !!row.late)),
          h('td', {}, row.latestVersion ? String(row.latestVersion.version ?? row.latestVersion) : row.version ? String(row.version) : '–'),
          h(
            'td',
            {},
            h(
              'a',
              { href: paths.review + orgPeriodQuery(orgId, pid), 'aria-label': tt('rui.queue.openFor', { org: name, period: pname }) },
              tt('rui.queue.open'),
            ),
          ),
        ),
      );
    }
  };
  filter.addEventListener('submit', (e) => {
    e.preventDefault();
    void load();
  });
  await load();
}

// ------------------------------------------------------------------ national: completeness
async function completenessPage() {
  const periods = (await periodsList()).slice(-6);
  const results = await Promise.all(periods.map((p) => api('GET', `/api/national/completeness?period=${encodeURIComponent(periodId(p))}`)));
  const head = $('[data-head]')!;
  for (const p of periods) head.append(h('th', { scope: 'col' }, periodName(p)));
  const orgs = new Map<string, { name: string; cells: Map<string, Json> }>();
  results.forEach((r, i) => {
    const pid = periodId(periods[i]);
    const rows: Json[] = r.body?.organisations ?? r.body?.orgs ?? r.body?.rows ?? (Array.isArray(r.body) ? r.body : []);
    for (const row of rows) {
      const org = row.org ?? row.organisation ?? row;
      const id = row.orgId ?? org.id;
      if (!orgs.has(id)) orgs.set(id, { name: orgName(org), cells: new Map() });
      orgs.get(id)!.cells.set(pid, row);
    }
  });
  const tbody = $('[data-rows]')!;
  const sorted = [...orgs.values()].sort((a, b) => a.name.localeCompare(b.name, lang));
  for (const o of sorted) {
    tbody.append(
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, o.name),
        ...periods.map((p) => {
          const c = o.cells.get(periodId(p));
          return h('td', {}, c ? statusTag(c.status, !!c.late) : '–');
        }),
      ),
    );
  }
  const dl = $('[data-downloads]')!;
  for (const p of [...periods].reverse().slice(0, 2)) {
    const pid = encodeURIComponent(periodId(p));
    dl.append(
      h(
        'li',
        {},
        h(
          'a',
          { href: `/api/national/completeness.csv?period=${pid}&only=missing&lang=cy`, download: true, hreflang: 'cy' },
          tt('rui.complete.missingCy', { period: periodName(p) }),
        ),
      ),
      h(
        'li',
        {},
        h(
          'a',
          { href: `/api/national/completeness.csv?period=${pid}&only=missing&lang=en`, download: true, hreflang: 'en' },
          tt('rui.complete.missingEn', { period: periodName(p) }),
        ),
      ),
    );
  }
}

// ------------------------------------------------------------------ charts (SVG bars, the same figures in a table)
function barChart(label: string, rows: { name: string; value: number | null }[]): HTMLElement {
  const max = Math.max(1, ...rows.map((r) => r.value ?? 0));
  const fig = h('div', { class: 'rui-chart', role: 'img', 'aria-label': label });
  for (const r of rows) {
    const w = r.value ? Math.max(0.5, (r.value / max) * 100) : 0;
    const s = svg(
      'svg',
      { width: '100%', height: '20', viewBox: '0 0 100 20', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
      svg('rect', { x: '0', y: '2', width: String(w), height: '16', fill: '#1d4f91' }),
    );
    fig.append(
      h(
        'div',
        { class: 'rui-bar-row', 'aria-hidden': 'true' },
        h('span', { class: 'rui-bar-label' }, r.name),
        h('span', { class: 'rui-bar-track' }, s as unknown as Node, h('span', {}, numText(r.value))),
      ),
    );
  }
  return fig;
}
function figuresTable(caption: string, first: string, rows: { name: string; value: number | null }[]): HTMLElement {
  return h(
    'table',
    { class: 'rui-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, first), h('th', { scope: 'col', class: 'rui-num' }, tt('rui.totals.value')))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, h('th', { scope: 'row' }, r.name), h('td', { class: 'rui-num' }, numText(r.value))))),
  );
}

// ------------------------------------------------------------------ national: totals
async function totalsPage() {
  const periods = await periodsList();
  const pSel = $<HTMLSelectElement>('#t-period')!;
  for (const p of periods) pSel.append(h('option', { value: periodId(p) }, periodName(p)));
  if (periods.length) pSel.value = periodId(periods[periods.length - 1]);
  const wanted = qs().get('period');
  if (wanted && periods.some((p) => periodId(p) === wanted)) pSel.value = wanted;
  const bySel = $<HTMLSelectElement>('#t-by')!;
  const fSel = $<HTMLSelectElement>('#t-field')!;
  const areaName = (a: Json): string => (a ? (a.name ? pickText(a.name) : orgName(a)) || a.id || '' : '');
  const valueOf = (row: Json, field: string): number | null => {
    const v = row.values?.[field] ?? row.totals?.[field] ?? (row.field === field ? row.value : undefined);
    return typeof v === 'number' ? v : null;
  };
  const load = async () => {
    const period = pSel.value;
    const by = bySel.value;
    const field = fSel.value;
    const fieldLabel = fSel.selectedOptions[0]?.textContent ?? field;
    const byLabel = bySel.selectedOptions[0]?.textContent ?? by;
    const pname = pSel.selectedOptions[0]?.textContent ?? period;
    $('[data-by-title]')!.textContent = `${fieldLabel} – ${byLabel}, ${pname}`;
    const [r, s] = await Promise.all([
      api('GET', `/api/national/totals?period=${encodeURIComponent(period)}&by=${by}`),
      api('GET', `/api/national/totals/series?field=${encodeURIComponent(field)}&by=${by}`),
    ]);
    const rows: Json[] = r.body?.groups ?? r.body?.rows ?? [];
    const data = rows.map((row) => ({ name: areaName(row.area ?? row), value: valueOf(row, field) }));
    if (r.body?.wales && rows.length) data.push({ name: tt('stats.wales'), value: valueOf(r.body.wales, field) });
    const chart = $('[data-by-chart]')!;
    const table = $('[data-by-table]')!;
    chart.textContent = '';
    table.textContent = '';
    const any = data.some((d) => d.value !== null);
    show($('[data-empty]'), !any);
    if (any) {
      chart.append(barChart(tt('rui.totals.chart', { field: fieldLabel, by: byLabel.toLocaleLowerCase(), period: pname }), data));
      table.append(figuresTable(`${fieldLabel}, ${pname}`, byLabel, data));
    }
    // Over time: Wales totals per period (sum of the areas when the API gives areas).
    const points: Json[] = s.body?.series ?? s.body?.points ?? s.body?.periods ?? [];
    const seriesData = points.map((pt) => {
      const v =
        typeof pt.wales?.value === 'number'
          ? pt.wales.value
          : typeof pt.value === 'number'
            ? pt.value
            : Array.isArray(pt.areas)
              ? pt.areas.reduce((acc: number, a: Json) => acc + (typeof a.value === 'number' ? a.value : 0), 0)
              : null;
      return { name: pt.label ? pickText(pt.label) : periodName(pt.period ?? pt.periodId), value: v };
    });
    const sc = $('[data-series-chart]')!;
    const st = $('[data-series-table]')!;
    sc.textContent = '';
    st.textContent = '';
    if (seriesData.length) {
      sc.append(barChart(tt('rui.totals.seriesChart', { field: fieldLabel }), seriesData));
      st.append(figuresTable(`${fieldLabel}: ${tt('rui.totals.seriesTitle')}`, tt('rui.period'), seriesData));
    }
    const ex = $('[data-exports]')!;
    ex.textContent = '';
    const p = encodeURIComponent(period);
    ex.append(
      h(
        'li',
        {},
        h(
          'a',
          { href: `/api/national/export.csv?period=${p}&lang=cy`, download: true, hreflang: 'cy' },
          tt('rui.export.allCy', { period: pname }),
        ),
      ),
      h(
        'li',
        {},
        h(
          'a',
          { href: `/api/national/export.csv?period=${p}&lang=en`, download: true, hreflang: 'en' },
          tt('rui.export.allEn', { period: pname }),
        ),
      ),
      h(
        'li',
        {},
        h(
          'a',
          { href: `/api/national/totals.csv?period=${p}&by=${by}&lang=cy`, download: true, hreflang: 'cy' },
          tt('rui.export.totalsCy'),
        ),
      ),
      h(
        'li',
        {},
        h(
          'a',
          { href: `/api/national/totals.csv?period=${p}&by=${by}&lang=en`, download: true, hreflang: 'en' },
          tt('rui.export.totalsEn'),
        ),
      ),
    );
  };
  $<HTMLFormElement>('form[data-filter]')!.addEventListener('submit', (e) => {
    e.preventDefault();
    void load();
  });
  await load();
}

// ------------------------------------------------------------------ public open data
async function openDataPage() {
  const r = await api('GET', '/api/open-data/totals.json');
  const rows: Json[] = r.ok ? (r.body?.rows ?? []) : [];
  const revisions: Json[] = r.ok ? (r.body?.revisions ?? []) : [];
  const fSel = $<HTMLSelectElement>('#od-field')!;
  const render = () => {
    const field = fSel.value;
    const measure = fSel.selectedOptions[0]?.textContent ?? field;
    const mine = rows.filter((x) => x.field === field);
    const periods = [...new Set(mine.map((x) => String(x.periodId)))].sort();
    const areas: { code: string; name: string }[] = [];
    for (const x of mine)
      if (!areas.some((a) => a.code === x.areaCode)) areas.push({ code: x.areaCode, name: pickText(x.areaName) || x.areaCode });
    areas.sort((a, b) => (a.code === 'wales' ? 1 : b.code === 'wales' ? -1 : 0));
    const wrap = $('[data-table]')!;
    wrap.textContent = '';
    show($('[data-empty]'), periods.length === 0);
    show($('[data-table-wrap]'), periods.length > 0);
    if (!periods.length) return;
    const labels = new Map<string, string>();
    const cell = (p: string, a: string) => {
      const x = mine.find((y) => y.periodId === p && y.areaCode === a);
      if (x?.periodLabel) labels.set(p, x.periodLabel);
      if (!x) return h('td', { class: 'rui-num' }, '..');
      const codes: string[] = x.codes ?? [];
      const v = typeof x.value === 'number' ? formatValue(x.value, lang) : '';
      return h('td', { class: 'rui-num' }, [v, ...codes].filter(Boolean).join(' '));
    };
    wrap.append(
      h(
        'table',
        { class: 'rui-table' },
        h('caption', {}, tt('rui.open.caption', { measure })),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, tt('rui.period')),
            ...areas.map((a) => h('th', { scope: 'col', class: 'rui-num' }, a.name)),
          ),
        ),
        h('tbody', {}, ...periods.map((p) => h('tr', {}, h('th', { scope: 'row' }, periodName(p)), ...areas.map((a) => cell(p, a.code))))),
      ),
    );
  };
  $<HTMLFormElement>('form[data-filter]')!.addEventListener('submit', (e) => {
    e.preventDefault();
    render();
  });
  render();
  const list = $('[data-revisions]')!;
  show($('[data-no-revisions]'), revisions.length === 0);
  for (const rv of revisions) {
    const option = [...fSel.options].find((o) => o.value === String(rv.field).split('.')[0]);
    list.append(
      h(
        'li',
        {},
        rv.text ||
          `${periodName(rv.periodId)} · ${rv.areaCode} · ${option?.textContent ?? rv.field}: ${dateText(rv.revisedAt)}${rv.note ? ` – ${rv.note}` : ''}`,
      ),
    );
  }
  show($('[data-revisions]'), revisions.length > 0);
  void ({} as Text);
}

// Start last: every helper above is defined by now.
const root = document.getElementById('returns-app');
if (root) void init(root);

// Client script of the pages of assessments kept on the account (history, saved
// assessment with sharing and completing, compare), the supervisor's page and the
// analysts' skills page. It reads the API and builds the page; page data comes from
// data- attributes (the CSP forbids inline script).

import { compareAssessments, type Move, type SupervisorRatings, sideBySide } from '../../../../content/assessment/compare.ts';
import { type Assessment, domainSummary, type FrameworkCore, levelName, maxRank } from '../../../../content/assessment/model.ts';
import type { AccountPaths, AssessmentPaths } from '../../../../content/assessment/paths.ts';
import { formatDateTime } from '../../../../content/datetime.ts';
import { t } from '../../../../content/i18n.ts';
import type { Lang, Text } from '../../../../content/schema.ts';
import type { StringKey } from '../../../../content/ui/strings.ts';

const root = document.getElementById('assessment-account');
if (root) void init(root);

type El = HTMLElement;
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

type ApiErr = { status: number; code: string; message: string; fields?: { field: string; message: string }[] };
let csrf: string | null = null;
async function api<T = any>(method: string, url: string, body?: unknown, extra: Record<string, string> = {}): Promise<T> {
  const headers: Record<string, string> = { ...extra };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrf) headers['X-CSRF-Token'] = csrf;
  const res = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  if (res.status === 204) return undefined as T;
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw { status: res.status, ...(data.error ?? { code: 'internal', message: String(res.status) }) } as ApiErr;
  return data as T;
}

async function init(root: El) {
  const lang = root.dataset.lang as Lang;
  const tt = (key: string, vars: Record<string, string | number> = {}) => t(lang, key as StringKey, vars);
  const frameworks = JSON.parse(root.dataset.frameworks!) as FrameworkCore[];
  const fw = (v: string) => frameworks.find((f) => f.version === v) ?? frameworks[frameworks.length - 1]!;
  const paths = JSON.parse(root.dataset.paths!) as AccountPaths & AssessmentPaths;
  const healthBoards = JSON.parse(root.dataset.healthBoards!) as { id: string; name: Text }[];
  const body = document.getElementById('account-body')!;
  const loading = document.getElementById('account-loading')!;
  // Date and time: two assessments made on one day must be told apart.
  const date = (iso: string | null) => (iso ? formatDateTime(iso, lang) : '');
  const num = new Intl.NumberFormat(lang === 'cy' ? 'cy-GB' : 'en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const summaryBox = document.getElementById('error-summary')!;
  const summaryList = document.getElementById('error-summary-list')!;
  const showErrors = (errs: { href: string; text: string }[]) => {
    summaryList.replaceChildren(...errs.map((e) => h('li', {}, h('a', { href: e.href }, e.text))));
    summaryBox.hidden = errs.length === 0;
    if (errs.length) summaryBox.focus();
  };
  const fail = (e: unknown) => {
    const err = e as ApiErr;
    showErrors([{ href: '#account-body', text: err?.message ?? tt('assess.account.failed') }]);
  };
  const done = () => {
    loading.hidden = true;
  };
  const page = root.dataset.page;

  if (page === 'supervisor') return supervisorPage();
  const me = await api<{ user: { id: string; name: string | null; nationalRole: string | null } | null; csrfToken: string | null }>(
    'GET',
    '/api/auth/me',
  ).catch(() => ({ user: null, csrfToken: null }));
  csrf = me.csrfToken;
  if (!me.user) {
    done();
    body.append(
      h(
        'p',
        {},
        tt(page === 'skills' ? 'skills.forbidden' : 'assess.signInNeeded'),
        ' ',
        h('a', { href: paths.signIn }, tt('assess.account.signIn')),
      ),
    );
    return;
  }
  try {
    if (page === 'history') await historyPage();
    else if (page === 'saved') await savedPage();
    else if (page === 'compare') await comparePage();
    else if (page === 'skills') await skillsPage();
  } catch (e) {
    fail(e);
  } finally {
    done();
  }

  // ---------------------------------------------------------------- history
  async function historyPage() {
    const { assessments } = await api<{ assessments: any[] }>('GET', '/api/assessments');
    body.append(h('p', {}, tt('assess.history.lead')));
    if (!assessments.length) {
      body.append(h('p', {}, tt('assess.history.none')), h('p', {}, h('a', { href: paths.start }, tt('assess.title'))));
      return;
    }
    const tbody = h('tbody');
    for (const a of assessments) {
      tbody.append(
        h(
          'tr',
          {},
          h('td', {}, date(a.createdAt)),
          h('td', {}, date(a.updatedAt)),
          h('td', {}, a.frameworkVersion),
          h('td', {}, tt('assess.progress', { count: a.answered, total: a.total })),
          h('td', {}, tt(`assess.status.${a.status}`)),
          h(
            'td',
            {},
            h(
              'a',
              {
                href: `${paths.saved}?id=${encodeURIComponent(a.id)}`,
                'aria-label': tt('assess.history.openLabel', { date: date(a.createdAt) }),
              },
              tt('assess.history.open'),
            ),
          ),
        ),
      );
    }
    body.append(
      h(
        'table',
        { class: 'assess-table', id: 'history-table' },
        h('caption', {}, tt('assess.history.caption')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...['started', 'updated', 'version', 'progress', 'status'].map((k) => h('th', { scope: 'col' }, tt(`assess.history.${k}`))),
            h('th', { scope: 'col' }, h('span', { class: 'assess-visually-hidden' }, tt('assess.history.open'))),
          ),
        ),
        tbody,
      ),
    );
    body.append(
      h(
        'p',
        {},
        h(
          'a',
          { href: '/api/account/export', download: 'sphub-account-export.json', 'aria-describedby': 'download-hint' },
          tt('assess.history.download'),
        ),
      ),
      h('p', { class: 'assess-hint', id: 'download-hint' }, tt('assess.history.downloadHint')),
    );
    const section = h('section', { 'aria-labelledby': 'h-compare' }, h('h2', { id: 'h-compare' }, tt('assess.history.compareHeading')));
    body.append(section);
    if (assessments.length < 2) {
      section.append(h('p', {}, tt('assess.history.needTwo')));
      return;
    }
    const select = (id: string, label: string, pick: number) => {
      const s = h(
        'select',
        { id, name: id },
        ...assessments.map((a, i) => {
          const o = h(
            'option',
            { value: a.id },
            `${date(a.createdAt)} – ${tt(`assess.status.${a.status}`)} (${tt('assess.progress', { count: a.answered, total: a.total })})`,
          );
          if (i === pick) o.selected = true;
          return o;
        }),
      );
      return h(
        'div',
        { class: 'assess-field' },
        h('label', { for: id }, label),
        h('p', { class: 'assess-error', id: `${id}-error`, hidden: true }),
        s,
      );
    };
    const form = h(
      'form',
      { action: paths.compare, method: 'get', novalidate: true },
      select('a', tt('assess.history.earlier'), 1),
      select('b', tt('assess.history.later'), 0),
      h('button', { type: 'submit', class: 'assess-button' }, tt('assess.history.compare')),
    );
    form.addEventListener('submit', (e) => {
      const fd = new FormData(form);
      if (fd.get('a') === fd.get('b')) {
        e.preventDefault();
        document.getElementById('b-error')!.textContent = tt('assess.history.sameTwice');
        document.getElementById('b-error')!.hidden = false;
        showErrors([{ href: '#b', text: tt('assess.history.sameTwice') }]);
      }
    });
    section.append(form);
  }

  // ---------------------------------------------------------------- one saved assessment
  async function savedPage() {
    const id = new URLSearchParams(location.search).get('id') ?? '';
    let rec: any;
    try {
      rec = await api('GET', `/api/assessments/${encodeURIComponent(id)}`);
    } catch {
      body.append(h('p', {}, tt('assess.saved.notFound')), h('p', {}, h('a', { href: paths.history }, tt('assess.history.title'))));
      return;
    }
    const f = fw(rec.frameworkVersion);
    const a = rec.assessment as Assessment;
    body.append(
      h(
        'p',
        {},
        tt('assess.saved.meta', {
          started: date(rec.createdAt),
          version: rec.frameworkVersion,
          progress: tt('assess.progress', { count: rec.answered, total: rec.total }),
        }),
        ' ',
        h('strong', { id: 'saved-status' }, tt(`assess.status.${rec.status}`)),
      ),
      h('p', {}, h('a', { href: paths.history }, tt('assess.history.title'))),
    );
    const { assessments: all } = await api<{ assessments: any[] }>('GET', '/api/assessments');
    const previous = all.filter((x) => x.createdAt < rec.createdAt).sort((x, y) => (x.createdAt < y.createdAt ? 1 : -1))[0];
    if (previous)
      body.append(
        h(
          'p',
          {},
          h('a', { href: `${paths.compare}?a=${previous.id}&b=${rec.id}`, id: 'compare-previous' }, tt('assess.saved.comparePrevious')),
        ),
      );
    // domain summary
    const fmt = (x: number | null) => (x === null ? tt('assess.results.noData') : num.format(x));
    body.append(
      h(
        'table',
        { class: 'assess-table' },
        h('caption', {}, tt('assess.results.tableCaption')),
        h(
          'thead',
          {},
          h('tr', {}, ...['domain', 'answered', 'meanHeld', 'meanNeeded'].map((k) => h('th', { scope: 'col' }, tt(`assess.results.${k}`)))),
        ),
        h(
          'tbody',
          {},
          ...domainSummary(f, a).map((s) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, `${s.code} ${s.title[lang]}`),
              h('td', {}, tt('assess.results.answeredOf', { answered: s.answered, total: s.total })),
              h('td', {}, fmt(s.meanHeld)),
              h('td', {}, fmt(s.meanNeeded)),
            ),
          ),
        ),
      ),
    );
    // practitioner and supervisors side by side
    const views = rec.supervisorViews as { shareId: string; supervisorName: string | null; ratings: SupervisorRatings }[];
    const head = h(
      'tr',
      {},
      h('th', { scope: 'col' }, tt('assess.results.competency')),
      h('th', { scope: 'col' }, tt('assess.saved.yours')),
      ...views.map((v) =>
        h(
          'th',
          { scope: 'col' },
          v.supervisorName ? tt('assess.saved.supervisorNamed', { name: v.supervisorName }) : tt('assess.saved.supervisor'),
        ),
      ),
    );
    const rows = sideBySide(f, a, null).map((r) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, `${r.code} ${r.title[lang]}`),
        h('td', {}, r.practitioner === null ? tt('assess.check.notAnswered') : levelName(f, r.practitioner, lang)),
        ...views.map((v) => {
          const s = v.ratings[r.competencyId];
          return h(
            'td',
            {},
            s ? levelName(f, s.level, lang) : tt('assess.saved.noView'),
            ...(s?.comment ? [h('br'), h('span', { class: 'assess-hint' }, `${tt('assess.saved.comment')}: ${s.comment}`)] : []),
          );
        }),
      ),
    );
    body.append(
      h(
        'section',
        { 'aria-labelledby': 'h-side' },
        h('h2', { id: 'h-side' }, tt('assess.saved.supervisor')),
        h(
          'table',
          { class: 'assess-table', id: 'side-by-side' },
          h('caption', {}, tt('assess.saved.sideCaption')),
          h('thead', {}, head),
          h('tbody', {}, ...rows),
        ),
      ),
    );
    shareSection(rec);
    if (rec.status !== 'complete') completeSection(rec);
    deleteSection(rec);
  }

  function shareSection(rec: any) {
    const sec = h(
      'section',
      { 'aria-labelledby': 'h-share' },
      h('h2', { id: 'h-share' }, tt('share.heading')),
      h('p', {}, tt('share.intro')),
    );
    const days = h('input', {
      id: 'share-days',
      name: 'expiresInDays',
      type: 'text',
      inputmode: 'numeric',
      class: 'assess-input-short',
      value: '30',
      'aria-describedby': 'share-days-hint',
    });
    const name = h('input', { id: 'share-name', name: 'supervisorName', type: 'text', maxlength: '120', autocomplete: 'off' });
    const daysErr = h('p', { class: 'assess-error', id: 'share-days-error', hidden: true });
    const out = h('div', { id: 'share-created', role: 'status' });
    const form = h(
      'form',
      { id: 'share-form', novalidate: true },
      h(
        'div',
        { class: 'assess-field' },
        h('label', { for: 'share-days' }, tt('share.days')),
        h('p', { class: 'assess-hint', id: 'share-days-hint' }, tt('share.daysHint')),
        daysErr,
        days,
      ),
      h('div', { class: 'assess-field' }, h('label', { for: 'share-name' }, tt('share.name')), name),
      h('button', { type: 'submit', class: 'assess-button' }, tt('share.create')),
    );
    const list = h('div', { id: 'share-list' });
    const renderList = (shares: any[]) => {
      if (!shares.length) {
        list.replaceChildren(h('p', {}, tt('share.none')));
        return;
      }
      list.replaceChildren(
        h(
          'table',
          { class: 'assess-table' },
          h('caption', {}, tt('share.listCaption')),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ...['for', 'expires', 'state'].map((k) => h('th', { scope: 'col' }, tt(`share.${k}`))),
              h('th', { scope: 'col' }, h('span', { class: 'assess-visually-hidden' }, tt('share.revoke'))),
            ),
          ),
          h(
            'tbody',
            {},
            ...shares.map((s) => {
              const state = s.revokedAt ? tt('share.revoked') : s.active ? tt('share.active') : tt('share.expired');
              const btn = h(
                'button',
                {
                  type: 'button',
                  class: 'assess-button assess-button-secondary',
                  'aria-label': tt('share.revokeLabel', { date: date(s.expiresAt) }),
                },
                tt('share.revoke'),
              );
              btn.addEventListener('click', async () => {
                try {
                  await api('DELETE', `/api/assessments/${rec.id}/shares/${s.id}`);
                  s.revokedAt = new Date().toISOString();
                  s.active = false;
                  renderList(shares);
                  out.replaceChildren(h('p', {}, tt('share.revokedDone')));
                } catch (e) {
                  fail(e);
                }
              });
              return h(
                'tr',
                {},
                h('td', {}, s.supervisorName ?? tt('share.unnamed')),
                h('td', {}, date(s.expiresAt)),
                h('td', {}, state),
                h('td', {}, s.active ? btn : ''),
              );
            }),
          ),
        ),
      );
    };
    renderList(rec.shares);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const n = Number(days.value.trim());
      if (!/^\d+$/.test(days.value.trim()) || n < 1 || n > 90) {
        daysErr.textContent = tt('share.daysError');
        daysErr.hidden = false;
        days.setAttribute('aria-invalid', 'true');
        showErrors([{ href: '#share-days', text: tt('share.daysError') }]);
        return;
      }
      daysErr.hidden = true;
      days.removeAttribute('aria-invalid');
      showErrors([]);
      try {
        const res = await api('POST', `/api/assessments/${rec.id}/shares`, {
          expiresInDays: n,
          ...(name.value.trim() ? { supervisorName: name.value.trim() } : {}),
        });
        const url = `${location.origin}${paths.supervisor}#token=${res.token}`;
        out.replaceChildren(
          h('p', {}, tt('share.created')),
          h('label', { for: 'share-url' }, tt('share.linkLabel')),
          h('input', { id: 'share-url', type: 'text', readonly: true, value: url, class: 'assess-input-wide' }),
        );
        rec.shares.unshift(res.share);
        renderList(rec.shares);
        (document.getElementById('share-url') as HTMLInputElement).select();
      } catch (err) {
        fail(err);
      }
    });
    sec.append(form, out, list);
    body.append(sec);
  }

  function completeSection(rec: any) {
    const sec = h(
      'section',
      { 'aria-labelledby': 'h-complete' },
      h('h2', { id: 'h-complete' }, tt('assess.complete.heading')),
      h('p', {}, tt('assess.complete.intro')),
    );
    const consent = h('input', { type: 'checkbox', id: 'consent', name: 'contribute' });
    const hb = h(
      'select',
      { id: 'complete-hb', name: 'healthBoard' },
      h('option', { value: '' }, tt('assess.complete.notSay')),
      ...healthBoards.map((b) => h('option', { value: b.id }, b.name[lang])),
    );
    const settings = ['primary-care', 'third-sector', 'local-authority', 'housing', 'other'];
    const st = h(
      'select',
      { id: 'complete-setting', name: 'setting' },
      h('option', { value: '' }, tt('assess.complete.notSay')),
      ...settings.map((s) => h('option', { value: s }, tt(`skills.setting.${s}`))),
    );
    const extra = h(
      'div',
      { id: 'consent-extra', hidden: true },
      h('div', { class: 'assess-field' }, h('label', { for: 'complete-hb' }, tt('assess.complete.healthBoard')), hb),
      h('div', { class: 'assess-field' }, h('label', { for: 'complete-setting' }, tt('assess.complete.setting')), st),
    );
    consent.addEventListener('change', () => {
      extra.hidden = !consent.checked;
    });
    const status = h('p', { role: 'status', id: 'complete-status' });
    const form = h(
      'form',
      { id: 'complete-form', novalidate: true },
      h(
        'fieldset',
        { class: 'assess-fieldset', 'aria-describedby': 'consent-hint' },
        h('legend', {}, tt('assess.complete.consentLegend')),
        h('p', { class: 'assess-hint', id: 'consent-hint' }, tt('assess.complete.consentHint')),
        h('div', { class: 'assess-checkbox' }, consent, h('label', { for: 'consent' }, tt('assess.complete.consent'))),
        extra,
      ),
      h('button', { type: 'submit', class: 'assess-button' }, tt('assess.complete.submit')),
      status,
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        const r = await api(
          'POST',
          `/api/assessments/${rec.id}/complete`,
          consent.checked
            ? { contribute: true, ...(hb.value ? { healthBoard: hb.value } : {}), ...(st.value ? { setting: st.value } : {}) }
            : { contribute: false },
        );
        document.getElementById('saved-status')!.textContent = tt('assess.status.complete');
        form.replaceChildren(
          h('p', { role: 'status' }, tt('assess.complete.done'), ...(r.contributed ? [' ', tt('assess.complete.contributed')] : [])),
        );
      } catch (err) {
        fail(err);
      }
    });
    sec.append(form);
    body.append(sec);
  }

  function deleteSection(rec: any) {
    const check = h('input', { type: 'checkbox', id: 'delete-confirm' });
    const err = h('p', { class: 'assess-error', id: 'delete-error', hidden: true });
    const form = h(
      'form',
      { id: 'delete-form', novalidate: true },
      h('p', { class: 'assess-hint' }, tt('assess.delete.hint')),
      err,
      h('div', { class: 'assess-checkbox' }, check, h('label', { for: 'delete-confirm' }, tt('assess.delete.confirm'))),
      h('button', { type: 'submit', class: 'assess-button assess-button-warning' }, tt('assess.delete.button')),
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (!check.checked) {
        err.textContent = tt('assess.delete.confirm');
        err.hidden = false;
        showErrors([{ href: '#delete-confirm', text: tt('assess.delete.confirm') }]);
        return;
      }
      try {
        await api('DELETE', `/api/assessments/${rec.id}`);
        location.assign(paths.history);
      } catch (x) {
        fail(x);
      }
    });
    body.append(h('section', { 'aria-labelledby': 'h-delete' }, h('h2', { id: 'h-delete' }, tt('assess.delete.heading')), form));
  }

  // ---------------------------------------------------------------- compare
  async function comparePage() {
    const q = new URLSearchParams(location.search);
    const ia = q.get('a');
    const ib = q.get('b');
    if (!ia || !ib || ia === ib) {
      body.append(h('p', {}, tt('assess.compare.choose')), h('p', {}, h('a', { href: paths.history }, tt('assess.history.title'))));
      return;
    }
    const [ra, rb] = await Promise.all([
      api('GET', `/api/assessments/${encodeURIComponent(ia)}`),
      api('GET', `/api/assessments/${encodeURIComponent(ib)}`),
    ]);
    // earlier first
    const [x, y] = ra.createdAt <= rb.createdAt ? [ra, rb] : [rb, ra];
    const fa = fw(x.frameworkVersion);
    const fb = fw(y.frameworkVersion);
    const c = compareAssessments({ framework: fa, assessment: x.assessment }, { framework: fb, assessment: y.assessment });
    const mv = (m: Move) => tt(`assess.move.${m}`);
    const fmt = (v: number | null | undefined) => (v === null || v === undefined ? tt('assess.results.noData') : num.format(v));
    body.append(h('p', {}, tt('assess.compare.lead', { a: date(x.createdAt), b: date(y.createdAt) })));
    if (!c.sameVersion) body.append(h('p', { class: 'assess-inset' }, tt('assess.compare.versions', { a: fa.version, b: fb.version })));
    body.append(h('p', { id: 'compare-summary' }, tt('assess.compare.summary', c.counts)));
    body.append(
      h(
        'table',
        { class: 'assess-table', id: 'compare-domains' },
        h('caption', {}, tt('assess.compare.domainsCaption')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, tt('assess.results.domain')),
            h('th', { scope: 'col' }, `${tt('assess.compare.heldMove')}: ${tt('assess.compare.before')}`),
            h('th', { scope: 'col' }, `${tt('assess.compare.heldMove')}: ${tt('assess.compare.after')}`),
            h('th', { scope: 'col' }, tt('assess.compare.heldMove')),
            h('th', { scope: 'col' }, tt('assess.compare.neededMove')),
          ),
        ),
        h(
          'tbody',
          {},
          ...c.domains.map((d) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, `${d.code} ${d.title[lang]}`),
              h('td', {}, fmt(d.before?.meanHeld)),
              h('td', {}, fmt(d.after.meanHeld)),
              h('td', { class: `assess-move-${d.held}` }, mv(d.held)),
              h('td', {}, mv(d.needed)),
            ),
          ),
        ),
      ),
    );
    const views = y.supervisorViews as { supervisorName: string | null; ratings: SupervisorRatings }[];
    const lv = (f: FrameworkCore, r: number | undefined) => (r === undefined ? tt('assess.check.notAnswered') : levelName(f, r, lang));
    body.append(
      h(
        'table',
        { class: 'assess-table', id: 'compare-competencies' },
        h('caption', {}, tt('assess.compare.competenciesCaption')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, tt('assess.results.competency')),
            h('th', { scope: 'col' }, tt('assess.compare.before')),
            h('th', { scope: 'col' }, tt('assess.compare.after')),
            h('th', { scope: 'col' }, tt('assess.compare.heldMove')),
            h('th', { scope: 'col' }, tt('assess.compare.neededMove')),
            ...views.map((v) =>
              h(
                'th',
                { scope: 'col' },
                v.supervisorName ? tt('assess.saved.supervisorNamed', { name: v.supervisorName }) : tt('assess.compare.supervisor'),
              ),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          ...c.competencies.map((r) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, `${r.code} ${r.title[lang]}`),
              h('td', {}, r.before ? lv(fa, r.before.held) : '–'),
              h('td', {}, lv(fb, r.after.held)),
              h('td', { class: `assess-move-${r.held}` }, mv(r.held)),
              h('td', {}, mv(r.needed)),
              ...views.map((v) =>
                h('td', {}, v.ratings[r.competencyId] ? levelName(fb, v.ratings[r.competencyId]!.level, lang) : tt('assess.saved.noView')),
              ),
            ),
          ),
        ),
      ),
    );
  }

  // ---------------------------------------------------------------- supervisor (no sign-in)
  async function supervisorPage() {
    const token = /#token=([A-Za-z0-9_-]+)/.exec(location.hash)?.[1];
    if (!token) {
      done();
      body.append(h('p', {}, tt('share.sup.missing')));
      return;
    }
    const me = await api('GET', '/api/auth/me').catch(() => null);
    csrf = me?.csrfToken ?? null;
    let rec: any;
    try {
      // The token goes in a header, never in the path (which access logs record).
      rec = await api('GET', '/api/share', undefined, { 'X-Share-Token': token });
    } catch (e) {
      done();
      fail(e);
      return;
    }
    done();
    const f = fw(rec.frameworkVersion);
    const a = rec.assessment as Assessment;
    body.append(
      h('p', {}, tt('share.sup.lead', { name: rec.practitionerName ?? tt('share.sup.someone') })),
      h('p', {}, tt('share.sup.expires', { date: date(rec.expiresAt) })),
    );
    const table = h('table', { class: 'assess-table', id: 'sup-side-by-side' });
    const renderTable = (ratings: SupervisorRatings | null) => {
      table.replaceChildren(
        h('caption', {}, tt('share.sup.caption')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, tt('assess.results.competency')),
            h('th', { scope: 'col' }, tt('share.sup.practitioner')),
            h('th', { scope: 'col' }, tt('share.sup.yours')),
          ),
        ),
        h(
          'tbody',
          {},
          ...sideBySide(f, a, ratings).map((r) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, `${r.code} ${r.title[lang]}`),
              h('td', {}, r.practitioner === null ? tt('assess.check.notAnswered') : levelName(f, r.practitioner, lang)),
              h(
                'td',
                {},
                r.supervisor === null ? tt('assess.saved.noView') : levelName(f, r.supervisor, lang),
                ...(r.comment ? [h('br'), h('span', { class: 'assess-hint' }, r.comment)] : []),
              ),
            ),
          ),
        ),
      );
    };
    renderTable(rec.supervisorView?.ratings ?? null);
    body.append(table);
    const top = maxRank(f);
    const form = h('form', { id: 'sup-form', novalidate: true });
    const existing = (rec.supervisorView?.ratings ?? {}) as SupervisorRatings;
    for (const d of f.domains) {
      const fs = h('fieldset', { class: 'assess-fieldset' }, h('legend', {}, `${d.code} ${d.title[lang]}`));
      for (const c of d.competencies) {
        const sel = h(
          'select',
          { id: `sup-${c.id}`, name: c.id },
          h('option', { value: '' }, tt('share.sup.noLevel')),
          ...Array.from({ length: top + 1 }, (_, r) => h('option', { value: String(r) }, levelName(f, r, lang))),
        );
        sel.value = existing[c.id] ? String(existing[c.id]!.level) : '';
        const com = h('textarea', { id: `sup-${c.id}-comment`, name: `${c.id}-comment`, rows: '2', maxlength: '1000' });
        com.value = existing[c.id]?.comment ?? '';
        fs.append(
          h(
            'div',
            { class: 'assess-field' },
            h('label', { for: `sup-${c.id}` }, tt('share.sup.levelFor', { code: c.code, title: c.title[lang] })),
            sel,
          ),
          h(
            'div',
            { class: 'assess-field' },
            h('label', { for: `sup-${c.id}-comment` }, tt('share.sup.commentFor', { code: c.code })),
            com,
          ),
        );
      }
      form.append(fs);
    }
    const status = h('p', { role: 'status', id: 'sup-status' });
    form.append(h('button', { type: 'submit', class: 'assess-button' }, tt('share.sup.save')), status);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const ratings: SupervisorRatings = {};
      for (const c of f.domains.flatMap((d) => d.competencies)) {
        const v = (document.getElementById(`sup-${c.id}`) as HTMLSelectElement).value;
        const comment = (document.getElementById(`sup-${c.id}-comment`) as HTMLTextAreaElement).value.trim();
        if (v !== '') ratings[c.id] = { level: Number(v), ...(comment ? { comment } : {}) };
      }
      try {
        const r = await api('PUT', '/api/share/view', { ratings }, { 'X-Share-Token': token });
        showErrors([]);
        renderTable(r.supervisorView.ratings);
        status.textContent = tt('share.sup.saved');
      } catch (err) {
        fail(err);
      }
    });
    body.append(h('section', { 'aria-labelledby': 'h-sup-form' }, h('h2', { id: 'h-sup-form' }, tt('share.sup.formHeading')), form));
  }

  // ---------------------------------------------------------------- national skills picture
  async function skillsPage() {
    const q = new URLSearchParams(location.search);
    const hbSel = q.get('healthBoard') ?? '';
    const stSel = q.get('setting') ?? '';
    let data: any;
    try {
      data = await api(
        'GET',
        `/api/skills/needs?${new URLSearchParams({ ...(hbSel ? { healthBoard: hbSel } : {}), ...(stSel ? { setting: stSel } : {}) })}`,
      );
    } catch (e) {
      if ((e as ApiErr).status === 403) {
        body.append(h('p', {}, tt('skills.forbidden')));
        return;
      }
      throw e;
    }
    const f = fw(data.frameworkVersion);
    body.append(h('p', {}, tt('skills.lead')));
    const settings = ['primary-care', 'third-sector', 'local-authority', 'housing', 'other'];
    const hb = h(
      'select',
      { id: 'healthBoard', name: 'healthBoard' },
      h('option', { value: '' }, tt('skills.all')),
      ...healthBoards.map((b) => h('option', { value: b.id }, b.name[lang])),
      h('option', { value: 'none' }, tt('skills.notGiven')),
    );
    hb.value = hbSel;
    const st = h(
      'select',
      { id: 'setting', name: 'setting' },
      h('option', { value: '' }, tt('skills.allSettings')),
      ...settings.map((s) => h('option', { value: s }, tt(`skills.setting.${s}`))),
      h('option', { value: 'none' }, tt('skills.notGiven')),
    );
    st.value = stSel;
    body.append(
      h(
        'form',
        { method: 'get', class: 'assess-filter' },
        h(
          'fieldset',
          { class: 'assess-fieldset' },
          h('legend', {}, tt('skills.filter')),
          h('div', { class: 'assess-field' }, h('label', { for: 'healthBoard' }, tt('skills.healthBoard')), hb),
          h('div', { class: 'assess-field' }, h('label', { for: 'setting' }, tt('skills.setting')), st),
          h('button', { type: 'submit', class: 'assess-button' }, tt('skills.show')),
        ),
      ),
    );
    const levels = data.levels as number[];
    const cell = (v: number | null) => (v === null ? h('abbr', { title: tt('stats.code.c.label') }, tt('skills.withheld')) : String(v));
    const comps = f.domains.flatMap((d) => d.competencies);
    const rowsFor = (pick: (c: any) => { levels: (number | null)[]; total: number | null }) =>
      data.competencies.map((c: any) => {
        const comp = comps.find((x) => x.id === c.competencyId)!;
        const d = pick(c);
        return { label: `${comp.code} ${comp.title[lang]}`, d };
      });
    const areas: { label: string; pick: (c: any) => any }[] = [{ label: tt('stats.wales'), pick: (c) => c.wales }];
    if (hbSel)
      areas.push({
        label:
          hbSel === 'none'
            ? `${tt('skills.healthBoard')}: ${tt('skills.notGiven')}`
            : (healthBoards.find((b) => b.id === hbSel)?.name[lang] ?? hbSel),
        pick: (c) => c.healthBoard,
      });
    if (stSel)
      areas.push({
        label: `${tt('skills.setting')}: ${stSel === 'none' ? tt('skills.notGiven') : tt(`skills.setting.${stSel}`)}`,
        pick: (c) => c.setting,
      });
    for (const [i, area] of areas.entries()) {
      const rows = rowsFor(area.pick);
      body.append(
        h(
          'table',
          { class: 'assess-table', id: `skills-table-${i}` },
          h('caption', {}, tt('skills.caption', { area: area.label })),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, tt('skills.competency')),
              ...levels.map((l) => h('th', { scope: 'col' }, levelName(f, l, lang))),
              h('th', { scope: 'col' }, tt('skills.total')),
            ),
          ),
          h(
            'tbody',
            {},
            ...rows.map((r: any) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, r.label),
                ...r.d.levels.map((v: number | null) => h('td', { class: 'assess-num' }, cell(v))),
                h('td', { class: 'assess-num' }, cell(r.d.total)),
              ),
            ),
          ),
        ),
      );
      if (i === 0) {
        // The chart draws the same published figures; withheld ones are not drawn.
        const chart = h('ul', { class: 'assess-chart assess-stacked', 'aria-hidden': 'true' });
        for (const r of rows) {
          const known = (r.d.levels as (number | null)[]).reduce<number>((s, v) => s + (v ?? 0), 0);
          const bar = h('span', { class: 'assess-bar-track' });
          (r.d.levels as (number | null)[]).forEach((v, l) => {
            if (!v || !known) return;
            const seg = h('span', { class: `assess-seg assess-seg-${l}`, title: `${levelName(f, l, lang)}: ${v}` });
            seg.style.width = `${(v / known) * 100}%`;
            bar.append(seg);
          });
          chart.append(h('li', {}, h('span', { class: 'assess-chart-label' }, r.label), h('div', { class: 'assess-chart-row' }, bar)));
        }
        body.append(
          h(
            'section',
            { 'aria-labelledby': 'h-chart' },
            h('h2', { id: 'h-chart' }, tt('skills.chartHeading')),
            h('p', { class: 'assess-hint' }, tt('skills.chartNote')),
            h(
              'ul',
              { class: 'assess-legend' },
              ...levels.map((l) => h('li', {}, h('span', { class: `assess-swatch assess-seg-${l}` }), ' ', levelName(f, l, lang))),
            ),
            chart,
          ),
        );
      }
    }
    body.append(h('p', { class: 'assess-hint' }, tt('skills.withheldNote')));
  }
}

// The supervisor's page (no sign-in): the practitioner's levels beside the supervisor's own
// view, and the form to record that view. The link's token is read from the fragment and
// sent in the X-Share-Token header, never in a path (access logs record paths).
import { type SupervisorRatings, sideBySide } from '../../../../content/assessment/compare.ts';
import { allCompetencies, type FrameworkCore, maxRank } from '../../../../content/assessment/model.ts';
import type { SuccessBody } from '../lib/api.ts';
import { api, send, session } from '../lib/api.ts';
import { el, find, replace } from '../lib/dom.ts';
import { clearErrors } from '../lib/errors.ts';
import { button, table } from '../lib/govuk.ts';
import { pageStrings } from '../lib/strings.ts';
import { type AccountPage, accountPage, tableRegion } from './account-page.ts';
import { levelLabel } from './format.ts';
import { supervisorKeys } from './keys/supervisor.ts';
import { when } from './when.ts';

type Shared = SuccessBody<Awaited<ReturnType<typeof api.share.$get>>>;

const { t, lang } = pageStrings(supervisorKeys);

function renderTable(holder: HTMLElement, f: FrameworkCore, rec: Shared, ratings: SupervisorRatings | null): void {
  const yours = (r: ReturnType<typeof sideBySide>[number]) => {
    const text = r.supervisor === null ? t('assess.saved.noView') : levelLabel(f, r.supervisor, lang, t);
    return r.comment ? el('span', {}, text, el('br'), el('span', { class: 'govuk-hint' }, r.comment)) : text;
  };
  const tbl = table({
    caption: t('share.sup.caption'),
    head: [t('assess.results.competency'), t('share.sup.practitioner'), t('share.sup.yours')],
    // The shared copy carries no id (the link is the holder's only handle on it).
    rows: sideBySide(f, { ...rec.assessment, id: '' }, ratings).map((r) => [
      `${r.code} ${r.title[lang]}`,
      r.practitioner === null ? t('assess.check.notAnswered') : levelLabel(f, r.practitioner, lang, t),
      yours(r),
    ]),
    rowHeaders: true,
  });
  tbl.id = 'sup-side-by-side';
  replace(holder, tableRegion(t, t('share.sup.caption'), tbl));
}

function ratingFields(f: FrameworkCore, existing: SupervisorRatings): HTMLElement[] {
  const levels = Array.from({ length: maxRank(f) + 1 }, (_, r) => r);
  return f.domains.map((d) =>
    el(
      'fieldset',
      { class: 'govuk-fieldset govuk-!-margin-bottom-6' },
      el('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--m' }, `${d.code} ${d.title[lang]}`),
      ...d.competencies.flatMap((c) => {
        const level = existing[c.id]?.level;
        const select = el(
          'select',
          { class: 'govuk-select', id: `sup-${c.id}`, name: c.id },
          el('option', { value: '' }, t('share.sup.noLevel')),
          ...levels.map((r) => el('option', { value: r, selected: r === level }, levelLabel(f, r, lang, t))),
        );
        const comment = el('textarea', {
          class: 'govuk-textarea',
          id: `sup-${c.id}-comment`,
          name: `${c.id}-comment`,
          rows: 2,
          maxlength: 1000,
        });
        comment.value = existing[c.id]?.comment ?? '';
        return [
          el(
            'div',
            { class: 'govuk-form-group' },
            el('label', { class: 'govuk-label', for: select.id }, t('share.sup.levelFor', { code: c.code, title: c.title[lang] })),
            select,
          ),
          el(
            'div',
            { class: 'govuk-form-group', 'data-field': `ratings.${c.id}.comment` },
            el('label', { class: 'govuk-label', for: comment.id }, t('share.sup.commentFor', { code: c.code })),
            comment,
          ),
        ];
      }),
    ),
  );
}

function readRatings(f: FrameworkCore, form: HTMLFormElement): SupervisorRatings {
  const ratings: SupervisorRatings = {};
  for (const c of allCompetencies(f)) {
    const level = find<HTMLSelectElement>(`#sup-${c.id}`, form)?.value ?? '';
    const comment = find<HTMLTextAreaElement>(`#sup-${c.id}-comment`, form)?.value.trim() ?? '';
    if (level !== '') ratings[c.id] = { level: Number(level), ...(comment ? { comment } : {}) };
  }
  return ratings;
}

function viewForm(p: AccountPage, f: FrameworkCore, rec: Shared, token: string, holder: HTMLElement): HTMLElement {
  const status = el('p', { class: 'govuk-body app-status', role: 'status', id: 'sup-status' });
  const form = el(
    'form',
    { id: 'sup-form', novalidate: true },
    ...ratingFields(f, rec.supervisorView?.ratings ?? {}),
    button(t('share.sup.save'), { type: 'submit' }),
    status,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    status.textContent = '';
    const r = await send(api.share.view.$put({ header: { 'x-share-token': token }, json: { ratings: readRatings(f, form) } }));
    if (!r.ok) return p.fail(r.error);
    clearErrors(form);
    renderTable(holder, f, rec, r.body.supervisorView.ratings);
    status.textContent = t('share.sup.saved');
  });
  return el(
    'section',
    { 'aria-labelledby': 'h-sup-form' },
    el('h2', { class: 'govuk-heading-l', id: 'h-sup-form' }, t('share.sup.formHeading')),
    form,
  );
}

async function supervisorPage(p: AccountPage): Promise<void> {
  const token = /#token=([A-Za-z0-9_-]+)/.exec(location.hash)?.[1];
  if (!token) {
    p.done();
    p.body.append(el('p', { class: 'govuk-body' }, t('share.sup.missing')));
    return;
  }
  await session(); // a signed-in visitor's writes need the CSRF token
  const r = await send(api.share.$get({ header: { 'x-share-token': token } }));
  p.done();
  if (!r.ok) return p.fail(r.error);
  const rec = r.body;
  const f = p.fw(rec.frameworkVersion);
  const lead = rec.practitionerName ? t('share.sup.lead', { name: rec.practitionerName }) : t('share.sup.leadUnnamed');
  const holder = el('div');
  renderTable(holder, f, rec, rec.supervisorView?.ratings ?? null);
  p.body.append(
    el('p', { class: 'govuk-body' }, lead),
    el('p', { class: 'govuk-body' }, t('share.sup.expires', { date: when(rec.expiresAt, lang) })),
    holder,
    viewForm(p, f, rec, token, holder),
  );
}

void supervisorPage(accountPage());

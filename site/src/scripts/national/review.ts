// National team: one return, for a decision. Its warnings and the organisation's
// explanations come first, then the decision (accept, or return with a comment), the
// versions with dates and times, what changed since the last version, and every figure.
import type { DatasetDefinition } from '../../../../content/schema.ts';
import { api, send } from '../lib/api.ts';
import { el, fieldValue, find, focus, must, onSubmit, replace, show } from '../lib/dom.ts';
import { clearErrors, type Problem, showApiError, showErrors } from '../lib/errors.ts';
import { pageStrings } from '../lib/strings.ts';
import { startNotes } from '../returns/notes.ts';
import { param, startNationalPage } from './common.ts';
import { reviewKeys } from './keys.ts';
import { changesTable, issuesList, valuesTables, versionRow } from './review-parts.ts';

const { t, lang } = pageStrings(reviewKeys);
const orgId = param('org');
const periodId = param('period');
const ids = { param: { orgId, periodId } };

const getDetail = () => send(api.orgs[':orgId'].returns[':periodId'].$get(ids));

function dataset(): DatasetDefinition {
  const json = must('#national-app').dataset.dataset;
  if (!json) throw new Error('the review shell carries no dataset');
  return JSON.parse(json) as DatasetDefinition;
}

async function showDiff(from: number, to: number): Promise<void> {
  const d = await send(api.orgs[':orgId'].returns[':periodId'].diff.$get({ ...ids, query: { from: String(from), to: String(to) } }));
  replace(must('[data-diff]'), d.ok ? changesTable(t, lang, d.body) : el('p', { class: 'govuk-body' }, d.error.error.message));
}

function decisionProblems(form: HTMLFormElement): Problem[] {
  const choice = fieldValue(form, 'decision');
  const problems: Problem[] = [];
  if (!choice) problems.push({ field: 'decision', message: t('rui.reviewPage.decisionMissing') });
  if (choice === 'return' && !fieldValue(form, 'comment').trim())
    problems.push({ field: 'comment', message: t('rui.reviewPage.commentMissing') });
  return problems;
}

function wireDecision(form: HTMLFormElement, version: number): void {
  must('[data-decision-title]').textContent = t('rui.reviewPage.decision', { version });
  show(form);
  onSubmit(form, async () => {
    const problems = decisionProblems(form);
    if (problems.length) return showErrors(problems, form);
    clearErrors(form);
    const decision = fieldValue(form, 'decision') === 'accept' ? 'accept' : 'return';
    const comment = fieldValue(form, 'comment').trim();
    const json = { version, decision, ...(comment ? { comment } : {}) } as const;
    const r = await send(api.national.returns[':orgId'][':periodId'].review.$post({ ...ids, json }));
    if (!r.ok) return showApiError(r.error, form);
    show(form, false);
    const again = await getDetail();
    if (again.ok) replace(must('[data-versions]'), ...again.body.versions.map((v) => versionRow(t, lang, v)));
    must('[data-recorded]').textContent = t('rui.reviewPage.recorded');
    focus(find('main h1'));
  });
}

function note(text: string): void {
  const n = must('[data-state-note]');
  n.textContent = text;
  show(n);
}

void startNationalPage(async () => {
  const [detail, org] = await Promise.all([getDetail(), send(api.orgs[':orgId'].$get({ param: { orgId } }))]);
  if (!detail.ok) throw new Error(`return ${detail.status}`);
  const d = detail.body;
  const orgName = org.ok ? (lang === 'cy' ? org.body.organisation.nameCy : org.body.organisation.nameEn) : orgId;
  must('[data-caption]').textContent = t('rui.form.caption', { org: orgName, period: d.period.label[lang] });
  replace(must('[data-versions]'), ...d.versions.map((v) => versionRow(t, lang, v)));
  startNotes(t, lang, { orgId, periodId }, d.notes, async () => {
    const again = await getDetail();
    return again.ok ? again.body.notes : null;
  });
  const latest = d.versions.at(-1);
  if (!latest) return note(t('rui.history.none'));
  const previous = d.versions.at(-2);
  if (previous) await showDiff(previous.version, latest.version);
  const v = await send(
    api.orgs[':orgId'].returns[':periodId'].versions[':version'].$get({ param: { orgId, periodId, version: String(latest.version) } }),
  );
  if (!v.ok) throw new Error(`version ${v.status}`);
  const def = dataset();
  replace(must('[data-issues]'), issuesList(t, lang, d, v.body, def));
  must('[data-values-title]').textContent = t('rui.reviewPage.values', { version: latest.version });
  replace(must('[data-values]'), ...valuesTables(t, lang, d, v.body, def));
  if (latest.review) return note(t('rui.reviewPage.already'));
  wireDecision(must<HTMLFormElement>('form[data-decision]'), latest.version);
});

// The return form: loads the return, shows where it stands (returned with a comment,
// accepted, submitted, locked), fills in the draft (or the latest version), puts back the
// figures kept on this device, and wires autosave, running totals, CSV upload, checking
// and submission. Continue checks every figure with the API's rules (POST …/validate) and
// shows every error and warning at once.
import type { z } from 'zod';
import type { ReturnDetail } from '../../../../../content/api/schemas/returns.ts';
import type { Issue } from '../../../../../content/dataset/validate.ts';
import { amendmentOf } from '../../../../../content/returns/amendment.ts';
import { requireSession, send } from '../../lib/api.ts';
import { formatDate } from '../../lib/dates.ts';
import { findAll, must, onSubmit, show } from '../../lib/dom.ts';
import { loadFailed, note, oneReturn, orgPeriodQuery, periodName, readOrgReturns, readReturn, ready, returnOfPage } from '../common.ts';
import { startNotes } from '../notes.ts';
import { returnsPaths } from '../paths.ts';
import { autosave, type Draft, save } from './autosave.ts';
import { checkAndSubmit, enterCheck, newAttempt } from './check.ts';
import { csvUpload } from './csv.ts';
import { markField, showIssues, watchExplanations } from './issues.ts';
import { keep, keptFor, split } from './kept.ts';
import { collect, fieldByKey, fields, fill, form, input, lang, type Raw, t } from './page.ts';
import { updateTotals, watchTotals } from './totals.ts';

type Detail = z.infer<typeof ReturnDetail>;

/** A figure that is not a number: what was typed, and how to write it. */
const typeMessage = (key: string, typed: string): string =>
  t('rui.form.notNumber', { value: typed, field: fieldByKey.get(key)?.label[lang] ?? key });
const typeIssue = (key: string, typed: string): Issue => {
  const text = typeMessage(key, typed);
  return { severity: 'error', code: 'type', field: key, related: [], message: { cy: text, en: text } };
};
const order = new Map(fields.map((f, i) => [f.key, i]));
const byForm = (a: Issue, b: Issue) => (order.get(a.field) ?? Infinity) - (order.get(b.field) ?? Infinity);

/** Every error and warning of what the form holds, on the fields and in the summary; true when something blocks. */
async function checkAll(d: Draft): Promise<boolean> {
  const { values, explanations } = collect();
  const { numbers, notNumbers } = split(values);
  const res = await send(
    oneReturn.validate.$post({ param: { orgId: d.orgId, periodId: d.periodId }, json: { values: numbers, explanations } }),
  );
  if (!res.ok) {
    showIssues({ errors: Object.entries(notNumbers).map(([k, v]) => typeIssue(k, v)), warnings: [] }, true, true);
    return true;
  }
  const errors = [...Object.entries(notNumbers).map(([k, v]) => typeIssue(k, v)), ...res.body.errors].sort(byForm);
  return showIssues({ errors, warnings: res.body.warnings }, true, true);
}

/** Where the return stands, above the form. */
function standing(data: Detail): void {
  const latest = data.versions[data.versions.length - 1];
  const stateNote = must('[data-state-note]');
  const notes: string[] = [];
  if (latest?.review?.decision === 'returned') {
    must('[data-returned-by]').textContent = t('rui.form.returnedBy', {
      version: latest.version,
      date: formatDate(latest.review.reviewedAt, lang),
    });
    must('[data-returned-comment]').textContent = latest.review.comment ?? '';
    show(must('[data-returned]'));
  } else if (data.status === 'accepted' && latest) notes.push(t('rui.form.acceptedNote', { version: latest.version }));
  else if (data.status === 'submitted' && latest)
    notes.push(t('rui.form.submittedNote', { version: latest.version, reference: latest.reference }));
  if (data.unsubmittedChanges && latest) notes.push(t('rui.form.unsubmitted', { version: latest.version }));
  stateNote.textContent = notes.join(' ');
  show(stateNote, notes.length > 0);
  if (data.period.locked) {
    show(must('[data-locked]'));
    for (const c of findAll<HTMLInputElement | HTMLTextAreaElement | HTMLButtonElement>(
      '[data-edit] input, [data-edit] textarea, [data-edit] button',
    ))
      c.disabled = true;
  }
}

/** The draft, or the latest version when there is no draft yet. */
async function startingValues(
  d: Draft,
  data: Detail,
): Promise<{ values: Record<string, number | null>; explanations: Record<string, string> }> {
  const latest = data.versions[data.versions.length - 1];
  if (Object.keys(data.draft.values).length || !latest) return data.draft;
  const v = await send(
    oneReturn.versions[':version'].$get({ param: { orgId: d.orgId, periodId: d.periodId, version: String(latest.version) } }),
  );
  return v.ok ? v.body : data.draft;
}

/** Puts back the figures kept on this device, each with its error. */
function restoreKept(d: Draft, saved: Record<string, number | null>): void {
  const kept: Raw = keptFor(d.orgId, d.periodId, saved);
  for (const [key, text] of Object.entries(kept)) {
    const box = input(key);
    if (!box) continue;
    box.value = text;
    markField(key, typeMessage(key, text));
  }
  keep(d.orgId, d.periodId, kept);
}

function header(orgId: string, periodId: string, orgName: string, data: Detail): void {
  const name = periodName(data.period, lang);
  must('[data-caption]').textContent = t('rui.form.caption', { org: orgName, period: name });
  document.title = `${name} – ${document.title}`;
  must<HTMLAnchorElement>('[data-history-link]').href = returnsPaths(lang).history + orgPeriodQuery(orgId, periodId);
  for (const a of findAll<HTMLAnchorElement>('[data-template]'))
    a.href = `/api/orgs/${encodeURIComponent(orgId)}/returns/${encodeURIComponent(periodId)}/template.csv?lang=${a.dataset.template}`;
}

async function start(): Promise<void> {
  await requireSession(lang);
  const which = returnOfPage();
  if (!which) return note(t('rui.form.missing'));
  const { orgId, periodId } = which;
  const [r, list] = await Promise.all([readReturn(orgId, periodId), readOrgReturns(orgId)]);
  if (!r.ok) return loadFailed();
  const data = r.body;
  header(orgId, periodId, list.ok ? list.body.org.name[lang] : '', data);
  standing(data);
  const d: Draft = { orgId, periodId, rev: data.draft.rev, locked: data.period.locked, conflict: false, dirty: false };
  const start = await startingValues(d, data);
  fill(start.values, start.explanations);
  restoreKept(d, data.draft.values);
  updateTotals();
  autosave(d, newAttempt);
  watchExplanations();
  watchTotals();
  csvUpload(d);
  const amendment = amendmentOf(data.versions);
  show(must('[data-amend]'), amendment !== null);
  for (const hint of findAll('[data-amend-hint]')) show(hint, hint.dataset.amendHint === amendment);
  if (amendment) must('#amendmentReason').setAttribute('aria-describedby', `amendmentReason-hint-${amendment}`);
  checkAndSubmit(d, amendment, () => void checkAll(d));
  // Notes need the return to exist: from its first saved draft on.
  if (data.draft.rev > 0 || data.versions.length)
    startNotes(t, lang, { orgId, periodId }, data.notes, async () => {
      const again = await readReturn(orgId, periodId);
      return again.ok ? again.body.notes : null;
    });
  onSubmit(form, async () => {
    if (d.locked || (await checkAll(d))) return;
    if (await save(d)) enterCheck();
  });
  ready();
}

void start().catch(loadFailed);

// Errors and warnings of the return, all at once: on each field (GOV.UK error message; a
// warning in amber) and in the error summary, errors first, then the warnings that still
// need an explanation, each linked to its field. An explanation's "enter an explanation"
// message goes as soon as something is typed in it, and comes back if it is emptied.
import type { Issue } from '../../../../../content/dataset/validate.ts';
import { el, find, focus, replace } from '../../lib/dom.ts';
import { clearErrors, errorSummary } from '../../lib/errors.ts';
import { explainId, inputId } from '../paths.ts';
import { explainable, explainBox, explainGroup, fieldByKey, form, label, lang, t } from './page.ts';

export interface Issues {
  errors: readonly Issue[];
  warnings: readonly Issue[];
}

/** Sets or clears the message of a field's group, by the control's id. */
function mark(controlId: string, text: string | null, kind: 'error' | 'warning' = 'error'): void {
  const control = document.getElementById(controlId);
  const group = control?.closest<HTMLElement>('.govuk-form-group');
  const message = document.getElementById(`${controlId}-error`);
  group?.classList.toggle('govuk-form-group--error', Boolean(text) && kind === 'error');
  group?.classList.toggle('app-form-group--warning', Boolean(text) && kind === 'warning');
  if (message) {
    message.textContent = text ?? '';
    message.hidden = !text;
  }
  if (!control) return;
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== `${controlId}-error`);
  if (text) ids.push(`${controlId}-error`);
  if (ids.length) control.setAttribute('aria-describedby', ids.join(' '));
  else control.removeAttribute('aria-describedby');
  if (text && kind === 'error') control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
}

/** The field an issue is shown on: its own, or (for an item's breakdown) the first related cell. */
const fieldOf = (issue: Issue): string => (fieldByKey.has(issue.field) ? issue.field : (issue.related[0] ?? issue.field));

/** Explanations the summary asks for; typing in one clears its message there and on the box. */
const asked = new Set<string>();

/** Clears every message of the figures and explanations, and the summary. */
export function clearIssues(): void {
  for (const f of fieldByKey.keys()) mark(inputId(f), null);
  for (const k of explainable) {
    mark(explainId(k), null);
    const group = explainGroup(k);
    if (group && !explainBox(k)?.value) group.hidden = true;
  }
  asked.clear();
  clearErrors(null);
  const groups = find('[data-issue-groups]');
  if (groups) replace(groups);
}

/** Shows errors on their fields; returns the summary links. */
function showErrors(errors: readonly Issue[]): HTMLElement[] {
  const perField = new Map<string, string[]>();
  for (const e of errors) perField.set(fieldOf(e), [...(perField.get(fieldOf(e)) ?? []), e.message[lang]]);
  for (const [key, messages] of perField) mark(inputId(key), `${t('rui.issue.error')} ${messages.join(' ')}`);
  return errors.map((e) => el('li', {}, el('a', { href: `#${inputId(fieldOf(e))}` }, e.message[lang])));
}

/** Shows warnings and their explanation boxes; returns the summary links of those not yet explained. */
function showWarnings(warnings: readonly Issue[], erroneous: ReadonlySet<string>, askExplanations: boolean): HTMLElement[] {
  const items: HTMLElement[] = [];
  for (const w of warnings) {
    const group = explainGroup(w.field);
    if (group) group.hidden = false;
    if (!erroneous.has(w.field)) mark(inputId(w.field), `${t('rui.issue.warning')} ${w.message[lang]}`, 'warning');
    if (explainBox(w.field)?.value.trim()) continue;
    if (group && askExplanations) {
      asked.add(w.field);
      mark(explainId(w.field), t('rui.explain.missing', { field: label(w.field) }));
    }
    const target = group ? explainId(w.field) : inputId(w.field);
    items.push(el('li', { 'data-asks': w.field }, el('a', { href: `#${target}` }, w.message[lang])));
  }
  return items;
}

/**
 * Shows every issue on the fields; with `summary`, in the error summary too (focused).
 * Returns whether anything blocks going on (an error, or a warning without explanation).
 */
export function showIssues(issues: Issues, summary: boolean, askExplanations: boolean): boolean {
  clearIssues();
  const errors = showErrors(issues.errors);
  const warnings = showWarnings(issues.warnings, new Set(issues.errors.map(fieldOf)), askExplanations);
  if (!errors.length && !warnings.length) return false;
  if (summary) fillSummary(errors, warnings);
  return true;
}

function fillSummary(errors: HTMLElement[], warnings: HTMLElement[]): void {
  const box = errorSummary();
  const groups = find('[data-issue-groups]', box);
  if (!groups) return;
  const list = (items: HTMLElement[]) => el('ul', { class: 'govuk-list govuk-error-summary__list' }, ...items);
  const heading = (text: string) => el('h3', { class: 'govuk-heading-s govuk-!-margin-bottom-2' }, text);
  replace(
    groups,
    errors.length ? heading(t('rui.summary.errors')) : null,
    errors.length ? list(errors) : null,
    warnings.length ? heading(t('rui.summary.warnings')) : null,
    warnings.length ? list(warnings) : null,
  );
  box.hidden = false;
  focus(box);
}

/** A message on one field only (a figure kept on this device that is not a number). */
export const markField = (key: string, text: string): void => mark(inputId(key), `${t('rui.issue.error')} ${text}`);

/** Typing an explanation clears its message at once; emptying it brings the message back. */
export function watchExplanations(): void {
  form.addEventListener('input', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLTextAreaElement)) return;
    const key = explainable.find((k) => explainBox(k) === box);
    if (!key || !asked.has(key)) return;
    const given = box.value.trim() !== '';
    mark(explainId(key), given ? null : t('rui.explain.missing', { field: label(key) }));
    const item = find(`[data-asks="${CSS.escape(key)}"]`);
    if (item) item.hidden = given;
  });
}

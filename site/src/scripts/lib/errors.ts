// The GOV.UK error summary and error messages on fields
// (https://design-system.service.gov.uk/components/error-summary/). Problems come from the
// API's one error shape (`fields`, or a message) or from the page's own checks; each
// summary item links to its field, and the summary takes focus.
//
// The shell marks each question `<div class="govuk-form-group" data-field="email">` with its
// control inside; the summary is components/platform/ErrorSummary.astro's
// [data-error-summary] if the page has one, else it is created at the top of <main>.
import type { ErrorBody } from '../../../../content/api/client.ts';
import { el, find, findAll, focus, replace } from './dom.ts';
import { toolkitT } from './strings.ts';

/** A problem with one field (`field` is the group's data-field), or with the page when `field` is absent. */
export interface Problem {
  field?: string;
  message: string;
}

const CONTROL = 'input:not([type="hidden"]), select, textarea';

/** The error summary of the page, created at the top of <main> when the shell has none. */
export function errorSummary(): HTMLElement {
  const summary = find('[data-error-summary]') ?? createSummary();
  if (!summary.hasAttribute('data-wired')) {
    summary.setAttribute('data-wired', '');
    summary.addEventListener('click', focusLinkedControl);
  }
  return summary;
}

function createSummary(): HTMLElement {
  const t = toolkitT();
  const summary = el(
    'div',
    { class: 'govuk-error-summary', 'data-error-summary': true, tabindex: -1, hidden: true },
    el(
      'div',
      { role: 'alert' },
      el('h2', { class: 'govuk-error-summary__title' }, t('error.summaryTitle')),
      el(
        'div',
        { class: 'govuk-error-summary__body' },
        el('ul', { class: 'govuk-list govuk-error-summary__list', 'data-error-list': true }),
      ),
    ),
  );
  (find('main') ?? document.body).prepend(summary);
  return summary;
}

/** A summary link moves focus to its control (and shows its question), as GOV.UK Frontend's script does. */
function focusLinkedControl(event: MouseEvent): void {
  const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
  const target = link ? document.getElementById(decodeURIComponent(link.getAttribute('href')?.slice(1) ?? '')) : null;
  if (!target) return;
  event.preventDefault();
  (target.closest('.govuk-form-group') ?? target).scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

/** Removes every error: the summary and, within `root`, each field's message and error state. */
export function clearErrors(root: ParentNode | null = document): void {
  const summary = find('[data-error-summary]');
  if (summary) {
    summary.hidden = true;
    const list = find('[data-error-list]', summary);
    if (list) replace(list);
  }
  if (!root) return;
  for (const group of findAll('.govuk-form-group--error', root)) group.classList.remove('govuk-form-group--error');
  for (const message of findAll('.govuk-error-message', root)) {
    message.hidden = true;
    message.textContent = '';
  }
  for (const control of findAll('[aria-invalid]', root)) setDescribedBy(control, control.id ? `${control.id}-error` : '', false);
}

/** Shows problems: each field's message and error state (within `root`), then the summary, focused. */
export function showErrors(problems: readonly Problem[], root: ParentNode | null = document): void {
  clearErrors(root);
  const list = fillSummary(problems.map((p) => ({ message: p.message, href: markField(p, root) })));
  if (list) focus(errorSummary());
}

/** Shows an API error: its field messages, or its message (the page's own words when it has none). */
export function showApiError(error: ErrorBody, root: ParentNode | null = document): void {
  const { fields, message } = error.error;
  if (fields?.length) showErrors(fields, root);
  else showErrors([{ message: message || toolkitT()('error.internal') }], root);
}

function fillSummary(items: { message: string; href: string | null }[]): HTMLElement | null {
  const summary = errorSummary();
  const list = find('[data-error-list]', summary);
  if (!list) return null;
  replace(list, ...items.map((i) => el('li', {}, i.href ? el('a', { href: i.href }, i.message) : i.message)));
  summary.hidden = false;
  return list;
}

/** Puts a problem on its field; returns the summary link to the control, or null. */
function markField(problem: Problem, root: ParentNode | null): string | null {
  if (!problem.field || !root) return null;
  const group = find(`[data-field="${CSS.escape(problem.field)}"]`, root);
  if (!group) return null;
  const control = find<HTMLElement>(CONTROL, group);
  group.classList.add('govuk-form-group--error');
  const id = control?.id || problem.field;
  const message = errorMessage(group, `${id}-error`, control);
  replace(message, el('span', { class: 'govuk-visually-hidden' }, `${toolkitT()('error.prefix')}:`), ' ', problem.message);
  message.hidden = false;
  if (control) {
    control.setAttribute('aria-invalid', 'true');
    setDescribedBy(control, message.id, true);
  }
  return control?.id ? `#${control.id}` : null;
}

/** The group's error message element, created before the control (after label and hint) when missing. */
function errorMessage(group: HTMLElement, id: string, control: HTMLElement | null): HTMLElement {
  const existing = find('.govuk-error-message', group);
  if (existing) {
    if (!existing.id) existing.id = id;
    return existing;
  }
  const created = el('p', { class: 'govuk-error-message', id });
  const anchor = control?.closest('.govuk-radios, .govuk-checkboxes, .govuk-date-input') ?? control;
  if (anchor?.parentElement) anchor.parentElement.insertBefore(created, anchor);
  else group.append(created);
  return created;
}

function setDescribedBy(control: Element, id: string, on: boolean): void {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== id);
  if (on) ids.push(id);
  else control.removeAttribute('aria-invalid');
  if (ids.length) control.setAttribute('aria-describedby', ids.join(' '));
  else control.removeAttribute('aria-describedby');
}

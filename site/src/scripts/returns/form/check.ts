// Check your answers, then submit with the declaration. Resubmitting a return the national
// team returned or accepted asks for the reason for the amendment first (GOV.UK error
// summary). One Idempotency-Key per attempt: a retry never makes a second version.
import type { AmendmentOf } from '../../../../../content/returns/amendment.ts';
import { send } from '../../lib/api.ts';
import { el, fieldValue, focus, hide, must, onSubmit, replace, show } from '../../lib/dom.ts';
import { clearErrors, type Problem, showApiError, showErrors } from '../../lib/errors.ts';
import { table } from '../../lib/govuk.ts';
import { oneReturn, orgPeriodQuery } from '../common.ts';
import { returnsPaths } from '../paths.ts';
import { conflict, type Draft } from './autosave.ts';
import { clearIssues } from './issues.ts';
import { collect, def, fields, input, lang, t } from './page.ts';

const check = () => must('[data-check]');
const edit = () => must('[data-edit]');
let attempt: string | null = null;
/** The figures changed since the last check: the next submission is a new attempt. */
export const newAttempt = (): void => {
  attempt = null;
};

function sectionTable(sectionId: string, title: string, values: Record<string, string>, explanations: Record<string, string>): HTMLElement {
  const items = new Set(def.items.filter((i) => i.section === sectionId).map((i) => i.id));
  const shown = fields.filter((f) => items.has(f.itemId) && !(f.categoryId && values[f.key] === undefined));
  const change = (key: string, name: string) =>
    el(
      'a',
      { class: 'govuk-link', href: `#${input(key)?.id ?? ''}`, 'data-change': key },
      t('rui.check.change'),
      el('span', { class: 'govuk-visually-hidden' }, ` ${name}`),
    );
  return table({
    caption: title,
    head: [
      t('rui.check.field'),
      t('rui.check.value'),
      t('rui.check.explanation'),
      el('span', { class: 'govuk-visually-hidden' }, t('rui.check.change')),
    ],
    rows: shown.map((f) => [f.label[lang], values[f.key] ?? '–', explanations[f.key] ?? '', change(f.key, f.label[lang])]),
    rowHeaders: true,
    numeric: [1],
  });
}

/** Shows the answers to check, in sections, with "Change" links back to each figure. */
export function enterCheck(): void {
  attempt ??= crypto.randomUUID();
  const { values, explanations } = collect();
  replace(must('[data-check-body]'), ...def.sections.map((s) => sectionTable(s.id, s.title[lang], values, explanations)));
  clearIssues();
  hide(edit());
  show(check());
  focus(must('#check-title'));
}

/** Back to the form, at a figure when one is named. */
export function backToForm(focusKey?: string): void {
  hide(check());
  show(edit());
  clearErrors(null);
  const target = focusKey ? input(focusKey) : null;
  if (target) {
    target.scrollIntoView({ block: 'center' });
    target.focus();
  } else focus(must<HTMLElement>('main h1'));
}

function declarationProblems(form: HTMLFormElement, amendment: AmendmentOf): Problem[] {
  const problems: Problem[] = [];
  if (amendment && !fieldValue(form, 'amendmentReason').trim())
    problems.push({ field: 'amendmentReason', message: t(amendment === 'returned' ? 'rui.amend.missingReturned' : 'rui.amend.missing') });
  if (!fieldValue(form, 'declName').trim()) problems.push({ field: 'declName', message: t('rui.declare.nameMissing') });
  if (!fieldValue(form, 'declConfirm')) problems.push({ field: 'declConfirm', message: t('rui.declare.confirmMissing') });
  return problems;
}

/** Wires the check step: Change links, Back, and the submission. `refused` handles a return the API finds invalid. */
export function checkAndSubmit(d: Draft, amendment: AmendmentOf, refused: () => void): void {
  check().addEventListener('click', (event) => {
    const a = event.target instanceof Element ? event.target.closest<HTMLElement>('a[data-change]') : null;
    if (!a) return;
    event.preventDefault();
    backToForm(a.dataset.change);
  });
  must('[data-back]').addEventListener('click', () => backToForm());
  onSubmit(must<HTMLFormElement>('form[data-submit]'), async (form) => {
    const problems = declarationProblems(form, amendment);
    if (problems.length) return showErrors(problems, form);
    clearErrors(form);
    await submit(d, form, amendment, refused);
  });
}

async function submit(d: Draft, form: HTMLFormElement, amendment: AmendmentOf, refused: () => void): Promise<void> {
  const button = must<HTMLButtonElement>('[data-submit-button]');
  button.disabled = true;
  button.textContent = t('rui.submitting');
  const reason = fieldValue(form, 'amendmentReason').trim();
  const res = await send(
    oneReturn.submit.$post({
      param: { orgId: d.orgId, periodId: d.periodId },
      json: {
        rev: d.rev,
        declaration: { name: fieldValue(form, 'declName').trim(), confirmed: true },
        ...(amendment || reason ? { amendmentReason: reason } : {}),
      },
      header: { 'Idempotency-Key': (attempt ??= crypto.randomUUID()) },
    }),
  );
  button.disabled = false;
  button.textContent = t('rui.submit');
  if (res.ok) {
    location.assign(`${returnsPaths(lang).done}${orgPeriodQuery(d.orgId, d.periodId)}&ref=${encodeURIComponent(res.body.reference)}`);
    return;
  }
  const code = res.error.error.code;
  if (code === 'return-invalid' || code === 'explanation-required') {
    backToForm();
    return refused();
  }
  if (code === 'draft-conflict' && res.error.draft) {
    backToForm();
    return conflict(d, res.error.draft, collect());
  }
  if (code === 'amendment-reason-required') {
    show(must('[data-amend]'));
    return showErrors([{ field: 'amendmentReason', message: res.error.error.message }], form);
  }
  showApiError(res.error, form);
}

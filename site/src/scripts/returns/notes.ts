// Comments and follow-up flags on the values of a return, on the submitter's form and the
// national team's review page (components/returns/NotesSection.astro): the notes, open flags
// first, then every comment oldest first; and the form that adds one through the API. Which
// flags are open is read from the notes by content/returns/notes.ts, as the Worker reads it.
import type { z } from 'zod';
import type { ValueNote } from '../../../../content/api/schemas/returns.ts';
import { openFlags } from '../../../../content/returns/notes.ts';
import type { Lang } from '../../../../content/schema.ts';
import type { StringKey } from '../../../../content/ui/strings.ts';
import { api, send } from '../lib/api.ts';
import { formatDateTime } from '../lib/dates.ts';
import { el, fieldValue, findAll, must, onSubmit, replace, show } from '../lib/dom.ts';
import { clearErrors, type Problem, showApiError, showErrors } from '../lib/errors.ts';
import { tag } from '../lib/govuk.ts';
import type { PageT } from '../lib/strings.ts';

export type Note = z.infer<typeof ValueNote>;

export const NOTES_KEYS = [
  'rui.notes.none',
  'rui.notes.openTitle',
  'rui.notes.allTitle',
  'rui.notes.added',
  'rui.notes.fieldMissing',
  'rui.notes.bodyMissing',
  'rui.notes.kind.comment',
  'rui.notes.kind.flag',
  'rui.notes.kind.unflag',
  'rui.notes.meta',
  'rui.notes.onVersion',
  'rui.notes.onDraft',
  'rui.notes.formerUser',
  'rui.notes.side.organisation',
  'rui.notes.side.national',
] as const satisfies readonly StringKey[];
type T = PageT<(typeof NOTES_KEYS)[number]>;

/** The figure's label as the page's select shows it. */
export function fieldLabel(field: string): string {
  return must<HTMLSelectElement>('#note-field').querySelector(`option[value="${CSS.escape(field)}"]`)?.textContent ?? field;
}

function meta(t: T, lang: Lang, n: Note): string {
  return t('rui.notes.meta', {
    author: n.author ?? t('rui.notes.formerUser'),
    side: t(`rui.notes.side.${n.authorSide}`),
    date: formatDateTime(n.createdAt, lang),
    version: n.version === null ? t('rui.notes.onDraft') : t('rui.notes.onVersion', { version: n.version }),
  });
}

function noteItem(t: T, lang: Lang, n: Note): HTMLElement {
  return el(
    'li',
    { 'data-note': n.kind, 'data-note-field': n.field },
    el(
      'p',
      { class: 'govuk-body govuk-!-margin-bottom-1' },
      tag(t(`rui.notes.kind.${n.kind}`), n.kind === 'flag' ? 'orange' : 'grey'),
      ' ',
      el('strong', {}, fieldLabel(n.field)),
    ),
    el('p', { class: 'govuk-body govuk-!-margin-bottom-1' }, n.body),
    el('p', { class: 'govuk-body-s' }, meta(t, lang, n)),
  );
}

/** Open flags first (each with the note that raised it), then every note, oldest first. */
export function notesView(t: T, lang: Lang, notes: readonly Note[]): HTMLElement[] {
  if (!notes.length) return [el('p', { class: 'govuk-body', 'data-no-notes': true }, t('rui.notes.none'))];
  const open = [...openFlags(notes).values()];
  return [
    ...(open.length
      ? [
          el('h3', { class: 'govuk-heading-m' }, t('rui.notes.openTitle')),
          el('ul', { class: 'govuk-list', 'data-open-flags': true }, ...open.map((n) => noteItem(t, lang, n))),
        ]
      : []),
    el('h3', { class: 'govuk-heading-m' }, t('rui.notes.allTitle')),
    el('ul', { class: 'govuk-list', 'data-all-notes': true }, ...notes.map((n) => noteItem(t, lang, n))),
  ];
}

/**
 * Beside each value on a page that shows the fields as questions ([data-group], the return
 * form): its open flag and its latest comment, so the note is read where the figure is.
 */
function annotateValues(t: T, notes: readonly Note[]): void {
  for (const old of findAll('[data-value-notes]')) old.remove();
  const open = openFlags(notes);
  const latest = new Map(notes.map((n) => [n.field, n]));
  for (const [field, n] of latest) {
    const group = findAll(`[data-group="${CSS.escape(field)}"]`)[0];
    if (!group) continue;
    const flag = open.get(field);
    group.append(
      el(
        'p',
        { class: 'govuk-body-s govuk-!-margin-top-2', 'data-value-notes': field },
        flag ? tag(t('rui.notes.kind.flag'), 'orange') : null,
        flag ? ' ' : null,
        `${t(`rui.notes.kind.${n.kind}`)}: ${n.body}`,
      ),
    );
  }
}

function problems(t: T, form: HTMLFormElement): Problem[] {
  const out: Problem[] = [];
  if (!fieldValue(form, 'field')) out.push({ field: 'field', message: t('rui.notes.fieldMissing') });
  if (!fieldValue(form, 'body').trim()) out.push({ field: 'body', message: t('rui.notes.bodyMissing') });
  return out;
}

/**
 * Shows the notes and wires the form: a note is sent, then `refresh` reads the return again
 * and gives the notes to show (so a note added by someone else meanwhile appears too).
 */
export function startNotes(
  t: T,
  lang: Lang,
  ids: { orgId: string; periodId: string },
  notes: readonly Note[],
  refresh: () => Promise<readonly Note[] | null>,
): void {
  const section = must('[data-notes-section]');
  const form = must<HTMLFormElement>('form[data-note-form]', section);
  replace(must('[data-notes]', section), ...notesView(t, lang, notes));
  annotateValues(t, notes);
  show(section);
  onSubmit(form, async () => {
    const found = problems(t, form);
    if (found.length) return showErrors(found, form);
    clearErrors(form);
    const choice = fieldValue(form, 'flag');
    const json: { field: string; body: string; flag?: 'raise' | 'clear' } = {
      field: fieldValue(form, 'field'),
      body: fieldValue(form, 'body').trim(),
    };
    if (choice === 'raise' || choice === 'clear') json.flag = choice;
    const r = await send(api.orgs[':orgId'].returns[':periodId'].notes.$post({ param: ids, json }));
    if (!r.ok) return showApiError(r.error, form);
    must<HTMLTextAreaElement>('#note-body', form).value = '';
    must<HTMLInputElement>('#note-flag-none', form).checked = true;
    const fresh = (await refresh()) ?? [...notes, r.body.note];
    replace(must('[data-notes]', section), ...notesView(t, lang, fresh));
    annotateValues(t, fresh);
    must('[data-note-added]', form).textContent = t('rui.notes.added');
  });
}

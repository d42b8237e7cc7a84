// The audit log: newest first, filtered by kind of record (and one record), older entries
// on request. Each entry reads as words: the action's label, what it is about by name, who
// did it (a person's address, an API key's name, the system, or someone who has since
// erased their account), and the date with its time.
import type { z } from 'zod';
import type { AuditEntry } from '../../../../content/api/schemas/platform.ts';
import type { StringKey } from '../../../../content/ui/strings.ts';
import { api, send } from '../lib/api.ts';
import { el, find, focus, must, onSubmit, replace, show } from '../lib/dom.ts';
import { clearErrors, showApiError } from '../lib/errors.ts';
import { pageStrings } from '../lib/strings.ts';
import { AUDIT_ACTION_KEYS, AUDIT_TYPE_KEYS } from './audit-keys.ts';
import { inLang, param, row, startAdminPage, stateOf, when } from './common.ts';
import { auditKeys } from './keys.ts';

type Entry = z.infer<typeof AuditEntry>;
const { t, lang } = pageStrings(auditKeys);
const form = must<HTMLFormElement>('form[data-form="audit-filter"]');
const rows = must('[data-audit-rows]');
const more = must<HTMLButtonElement>('[data-audit-more]');
const typeSelect = must<HTMLSelectElement>('#audit-type');
const idInput = must<HTMLInputElement>('#audit-id');
let next: number | null = null;

const known = <K extends StringKey>(keys: readonly K[], key: string): key is K => (keys as readonly string[]).includes(key);
/** The action's label ("Organisation added"); a code the page has no label for is shown as it is. */
function actionLabel(code: string): string {
  const key = `audit.action.${code}`;
  return known(AUDIT_ACTION_KEYS, key) ? t(key) : code;
}
function typeLabel(type: string): string {
  const key = `adminui.audit.type.${type}`;
  return known(AUDIT_TYPE_KEYS, key) ? t(key) : type;
}

/** What the entry is about: its kind, and its name when it has one. */
function subject(e: Entry): string {
  const name = e.subjectErased ? t('adminui.audit.erasedSubject') : e.subjectName;
  return name ? `${typeLabel(e.entityType)}: ${name}` : typeLabel(e.entityType);
}
function actor(e: Entry): string {
  if (e.actorKind === 'person') return e.actorName ?? t('adminui.audit.erased');
  if (e.actorKind === 'erased') return t('adminui.audit.erased');
  if (e.actorKind === 'api-key') return e.actorName ? t('adminui.audit.apiKeyNamed', { name: e.actorName }) : t('adminui.audit.apiKey');
  return t('adminui.audit.system');
}

/** The stored record before and after, laid out, behind a "Show" toggle. */
function details(e: Entry): HTMLElement | string {
  if (!e.before && !e.after) return '';
  const block = (label: string, text: string | null) => {
    if (!text) return null;
    let shown = text;
    try {
      shown = JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      // shown as stored
    }
    return el(
      'div',
      {},
      el('p', { class: 'govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1' }, label),
      el('pre', { class: 'app-record' }, shown),
    );
  };
  return el(
    'details',
    { class: 'govuk-details govuk-!-margin-bottom-0' },
    el(
      'summary',
      { class: 'govuk-details__summary' },
      el(
        'span',
        { class: 'govuk-details__summary-text' },
        t('adminui.audit.show'),
        el('span', { class: 'govuk-visually-hidden' }, ` (${actionLabel(e.action)})`),
      ),
    ),
    el('div', { class: 'govuk-details__text' }, block(t('adminui.audit.before'), e.before), block(t('adminui.audit.after'), e.after)),
  );
}

function entryRow(e: Entry): HTMLTableRowElement {
  return row([when(t, lang, e.at), el('span', { 'data-action': e.action }, actionLabel(e.action)), subject(e), actor(e), details(e)]);
}

async function load(append: boolean) {
  const limit = param('limit'); // entries a page; a new filter goes back to the default
  const query = {
    lang,
    ...(typeSelect.value ? { entityType: typeSelect.value } : {}),
    ...(idInput.value.trim() ? { entityId: idInput.value.trim() } : {}),
    ...(/^\d{1,3}$/.test(limit) ? { limit } : {}),
    ...(append && next ? { before: String(next) } : {}),
  };
  const r = await send(api.admin.audit.$get({ query }, inLang(lang)));
  if (!r.ok) {
    if (r.status === 400) showApiError(r.error, form);
    return r;
  }
  const added = r.body.entries.map(entryRow);
  if (append) rows.append(...added);
  else replace(rows, ...added);
  next = r.body.nextBefore;
  show(more, next !== null);
  show(must('[data-audit-none]'), rows.children.length === 0);
  const first = added[0] && find('th', added[0]);
  if (append && first) focus(first);
  return r;
}

onSubmit(form, async () => {
  clearErrors(form);
  const url = new URL(location.href);
  url.search = '';
  if (typeSelect.value) url.searchParams.set('entityType', typeSelect.value);
  if (idInput.value.trim()) url.searchParams.set('entityId', idInput.value.trim());
  history.replaceState(null, '', url.pathname + url.search);
  await load(false);
});
more.addEventListener('click', () => void load(true));

const type = param('entityType');
if (type && !find(`option[value="${CSS.escape(type)}"]`, typeSelect)) typeSelect.append(el('option', { value: type }, typeLabel(type)));
typeSelect.value = type;
idInput.value = param('entityId');
void startAdminPage('analyst', async () => {
  const r = await load(false);
  return r.status === 400 ? 'ready' : stateOf(r);
});

// An organisation's API keys (components/platform/KeysSection.astro), on the organisation
// page and the API keys page: list, create (the key is shown once), copy, revoke after
// confirmation.
import type { Lang } from '../../../../content/schema.ts';
import { type ApiResult, api, send } from '../lib/api.ts';
import { el, fieldValue, find, focus, must, onSubmit, replace, show } from '../lib/dom.ts';
import { clearErrors, showApiError } from '../lib/errors.ts';
import { button } from '../lib/govuk.ts';
import type { PageT } from '../lib/strings.ts';
import { inLang, row, when } from './common.ts';
import { confirmRemoval } from './confirm.ts';
import type { apiKeysKeys } from './keys.ts';

type T = PageT<(typeof apiKeysKeys)[number]>;
interface Key {
  id: string;
  name: string;
  prefix: string;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

/** Wires the section for one organisation and loads its keys. */
export async function keysSection(section: HTMLElement, orgId: string, t: T, lang: Lang): Promise<ApiResult<unknown>> {
  const load = () => loadKeys(section, orgId, t, lang, revoke);
  const revoke = (k: Key, trigger: HTMLButtonElement) =>
    confirmRemoval(t, {
      after: must('table', section),
      question: t('adminui.keys.confirmRevoke', { name: k.name, prefix: k.prefix }),
      yes: t('adminui.keys.confirmRevokeButton'),
      required: t('adminui.keys.confirmRevokeRequired'),
      trigger,
      act: () => send(api.admin.organisations[':orgId']['api-keys'][':keyId'].$delete({ param: { orgId, keyId: k.id } }, inLang(lang))),
      done: async () => {
        await load();
        return t('adminui.keys.revoked', { name: k.name });
      },
    });
  wireCreate(section, orgId, t, lang, load);
  return load();
}

async function loadKeys(section: HTMLElement, orgId: string, t: T, lang: Lang, revoke: (k: Key, b: HTMLButtonElement) => void) {
  const r = await send(api.admin.organisations[':orgId']['api-keys'].$get({ param: { orgId } }, inLang(lang)));
  if (!r.ok) {
    showApiError(r.error);
    return r;
  }
  const rows = r.body.apiKeys.map((k) => {
    let action: HTMLButtonElement | null = null;
    if (!k.revokedAt) {
      const b = button(t('adminui.keys.revoke'), { variant: 'warning', context: `(${k.name}, ${k.prefix})` });
      b.setAttribute('data-revoke', k.id);
      b.addEventListener('click', () => revoke(k, b));
      action = b;
    }
    const status = k.revokedAt ? t('adminui.keys.revokedOn', { date: when(t, lang, k.revokedAt) }) : t('adminui.keys.active');
    return row([k.name, el('code', {}, `${k.prefix}…`), when(t, lang, k.createdAt), when(t, lang, k.lastUsedAt), status, action]);
  });
  replace(must('[data-key-rows]', section), ...rows);
  show(find('[data-keys-none]', section), r.body.apiKeys.length === 0);
  return r;
}

function wireCreate(section: HTMLElement, orgId: string, t: T, lang: Lang, load: () => Promise<unknown>): void {
  const form = must<HTMLFormElement>('form[data-form="key-create"]', section);
  const panel = must('[data-key-new]', section);
  const out = must<HTMLInputElement>('#key-new-value', section);
  const copied = must('[data-key-copied]', section);
  onSubmit(form, async () => {
    clearErrors(form);
    const r = await send(
      api.admin.organisations[':orgId']['api-keys'].$post({ param: { orgId }, json: { name: fieldValue(form, 'name') } }, inLang(lang)),
    );
    if (!r.ok) return showApiError(r.error, form);
    form.reset();
    out.value = r.body.apiKey.key;
    copied.textContent = '';
    show(panel);
    focus(panel);
    await load();
  });
  out.addEventListener('focus', () => out.select());
  must('[data-key-copy]', section).addEventListener('click', () => {
    out.select();
    const say = (text: string) => {
      copied.textContent = text; // a status region: read out without moving focus
    };
    const written = navigator.clipboard ? navigator.clipboard.writeText(out.value) : Promise.reject(new Error('no clipboard'));
    written.then(
      () => say(t('adminui.keys.copied')),
      () => {
        say(t('adminui.keys.copyFailed'));
        out.focus();
      },
    );
  });
  must('[data-key-done]', section).addEventListener('click', () => {
    out.value = ''; // the key leaves the page: it is never shown again
    show(panel, false);
    must<HTMLInputElement>('#key-name', section).focus();
  });
}

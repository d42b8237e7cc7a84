// Saving the browser draft to one of the signed-in person's assets, then submitting it.
// The first save creates the asset's draft (POST); later ones send the rev they started from
// (PUT). A 409 `draft-conflict` means someone else saved a newer version: nothing is
// overwritten; the person may load that version. Submitting saves first, then submits with
// the rev; a 422 lists the standards still without a level.
import { parseAssetDraft } from '../../../../../content/assets/assessment.ts';
import type { StandardsCore } from '../../../../../content/assets/maturity.ts';
import type { MyAssetPaths } from '../../../../../content/assets/paths.ts';
import type { Lang } from '../../../../../content/schema.ts';
import { forgetDraft, store, stored } from '../../assessment/draft.ts';
import { api, send, session } from '../../lib/api.ts';
import { el, focus, hide, must, onSubmit, replace, show } from '../../lib/dom.ts';
import { clearErrors, showApiError, showErrors } from '../../lib/errors.ts';
import type { PageT } from '../../lib/strings.ts';
import type { AssetDraft } from './data.ts';
import type { ResultsKey } from './keys.ts';

interface Link {
  assetId: string;
  id: string;
  rev: number;
}
interface Saver {
  s: StandardsCore;
  draft: AssetDraft;
  t: PageT<ResultsKey>;
  lang: Lang;
  mine: MyAssetPaths;
}

/** The asset draft this browser's draft is saved as (kept beside the draft). */
function linkStore(key: string) {
  return {
    get(): Link | null {
      try {
        const v = JSON.parse(stored(key) ?? 'null') as Link | null;
        return v && typeof v.id === 'string' && typeof v.rev === 'number' ? v : null;
      } catch {
        return null;
      }
    },
    set: (l: Link) => store(key, JSON.stringify(l)),
    clear: () => store(key, null),
  };
}

interface Saving extends Saver {
  link: ReturnType<typeof linkStore>;
  form: HTMLFormElement;
  select: HTMLSelectElement;
}

/** Saves the draft; true when the asset's copy is now this draft. */
async function save(c: Saving): Promise<boolean> {
  const conflict = must('#save-conflict');
  clearErrors(c.form);
  hide(conflict);
  const assetId = c.select.value;
  const a = c.draft.ensure();
  const l = c.link.get();
  const r =
    l && l.assetId === assetId
      ? await send(
          api.assets[':assetId'].assessments[':id'].$put({
            param: { assetId, id: l.id },
            json: { rev: l.rev, assessment: { ...a, id: l.id } },
          }),
        )
      : await send(api.assets[':assetId'].assessments.$post({ param: { assetId }, json: { assessment: a } }));
  if (r.ok) {
    c.link.set({ assetId, id: r.body.id, rev: r.body.rev });
    must('#save-status').textContent = c.t('assettool.save.saved', { name: c.select.selectedOptions[0]?.textContent ?? '' });
    show(must('#submit-part'));
    return true;
  }
  if (r.error.error.code === 'draft-conflict') {
    show(conflict);
    focus(conflict);
  } else showApiError(r.error, c.form);
  return false;
}

/** After a conflict: the newer version saved on the asset replaces this browser's draft. */
async function loadNewer(c: Saving): Promise<void> {
  const l = c.link.get();
  if (!l) return;
  const r = await send(api.assets[':assetId'].assessments[':id'].$get({ param: { assetId: l.assetId, id: l.id } }));
  if (!r.ok) return showApiError(r.error, c.form);
  const a = parseAssetDraft(c.s, JSON.stringify(r.body.assessment));
  if (!a) return;
  c.draft.set(a);
  c.link.set({ assetId: l.assetId, id: r.body.id, rev: r.body.rev });
  location.reload();
}

/** Saves, then submits; a 422 lists the standards still without a level. */
async function submit(c: Saving): Promise<void> {
  if (!(await save(c))) return;
  const l = c.link.get();
  if (!l) return;
  const r = await send(
    api.assets[':assetId'].assessments[':id'].submit.$post({ param: { assetId: l.assetId, id: l.id }, json: { rev: l.rev } }),
  );
  if (r.ok) {
    forgetDraft(c.draft.key);
    c.link.clear();
    location.assign(`${c.mine.assessment}?asset=${encodeURIComponent(l.assetId)}&assessment=${encodeURIComponent(l.id)}`);
    return;
  }
  if (r.error.error.code !== 'assessment-incomplete') return showApiError(r.error, c.form);
  const a = c.draft.current();
  showErrors(
    c.s.standards
      .filter((st) => a.answers[st.id]?.level === undefined)
      .map((st) => ({ message: c.t('assettool.save.missing', { code: st.code, title: st.title[c.lang] }) })),
    c.form,
  );
}

export async function assetSaving(o: Saver): Promise<void> {
  const link = linkStore(`${o.draft.key}:asset`);
  if (!(await session())) return;
  hide(must('#save-signed-out'));
  const list = await send(api.assets.$get());
  if (!list.ok) return showApiError(list.error);
  const assets = list.body.assets.filter((a) => !a.archivedAt);
  if (!assets.length) return show(must('#save-no-asset'));
  const c: Saving = { ...o, link, form: must<HTMLFormElement>('#save-form'), select: must<HTMLSelectElement>('#save-asset') };
  replace(c.select, ...assets.map((a) => el('option', { value: a.id }, a.name[o.lang])));
  const l0 = link.get();
  if (l0 && assets.some((a) => a.id === l0.assetId)) {
    c.select.value = l0.assetId;
    show(must('#submit-part'));
  }
  show(c.form);
  onSubmit(c.form, async () => void (await save(c)));
  must('#save-reload').addEventListener('click', () => void loadNewer(c));
  must('#submit-button').addEventListener('click', () => void submit(c));
}

/**
 * "Continue the draft" from an asset's page (`?asset=&assessment=` on the start page): the
 * asset's draft replaces the one in this browser and is linked, then the first open standard.
 */
export async function resumeFromAsset(
  s: StandardsCore,
  draft: AssetDraft,
  assetId: string,
  id: string,
  next: (a: ReturnType<AssetDraft['current']>) => string,
): Promise<void> {
  if (!(await session())) return;
  const r = await send(api.assets[':assetId'].assessments[':id'].$get({ param: { assetId, id } }));
  if (!r.ok) return showApiError(r.error);
  const a = parseAssetDraft(s, JSON.stringify(r.body.assessment));
  if (!a || r.body.status !== 'draft') return;
  draft.set(a);
  store(`${draft.key}:asset`, JSON.stringify({ assetId, id: r.body.id, rev: r.body.rev } satisfies Link));
  location.assign(next(a));
}

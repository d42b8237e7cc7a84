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

export async function assetSaving(o: Saver): Promise<void> {
  const linkKey = `${o.draft.key}:asset`;
  const linked = (): Link | null => {
    try {
      const v = JSON.parse(stored(linkKey) ?? 'null') as Link | null;
      return v && typeof v.id === 'string' && typeof v.rev === 'number' ? v : null;
    } catch {
      return null;
    }
  };
  const setLink = (l: Link) => store(linkKey, JSON.stringify(l));
  if (!(await session())) return;
  hide(must('#save-signed-out'));
  const list = await send(api.assets.$get());
  if (!list.ok) return showApiError(list.error);
  const assets = list.body.assets.filter((a) => !a.archivedAt);
  if (!assets.length) return show(must('#save-no-asset'));
  const form = must<HTMLFormElement>('#save-form');
  const select = must<HTMLSelectElement>('#save-asset');
  replace(select, ...assets.map((a) => el('option', { value: a.id }, a.name[o.lang])));
  const l0 = linked();
  if (l0 && assets.some((a) => a.id === l0.assetId)) {
    select.value = l0.assetId;
    show(must('#submit-part'));
  }
  show(form);
  const status = must('#save-status');
  const conflict = must('#save-conflict');

  /** Saves the draft; true when the asset's copy is now this draft. */
  async function save(): Promise<boolean> {
    clearErrors(form);
    hide(conflict);
    const assetId = select.value;
    const a = o.draft.ensure();
    const l = linked();
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
      setLink({ assetId, id: r.body.id, rev: r.body.rev });
      status.textContent = o.t('assettool.save.saved', { name: select.selectedOptions[0]?.textContent ?? '' });
      show(must('#submit-part'));
      return true;
    }
    if (r.error.error.code === 'draft-conflict') {
      show(conflict);
      focus(conflict);
    } else showApiError(r.error, form);
    return false;
  }
  onSubmit(form, async () => void (await save()));

  must('#save-reload').addEventListener('click', async () => {
    const l = linked();
    if (!l) return;
    const r = await send(api.assets[':assetId'].assessments[':id'].$get({ param: { assetId: l.assetId, id: l.id } }));
    if (!r.ok) return showApiError(r.error, form);
    const a = parseAssetDraft(o.s, JSON.stringify(r.body.assessment));
    if (!a) return;
    o.draft.set(a);
    setLink({ assetId: l.assetId, id: r.body.id, rev: r.body.rev });
    location.reload();
  });

  must('#submit-button').addEventListener('click', async () => {
    if (!(await save())) return;
    const l = linked();
    if (!l) return;
    const r = await send(
      api.assets[':assetId'].assessments[':id'].submit.$post({ param: { assetId: l.assetId, id: l.id }, json: { rev: l.rev } }),
    );
    if (r.ok) {
      forgetDraft(o.draft.key);
      store(linkKey, null);
      location.assign(`${o.mine.assessment}?asset=${encodeURIComponent(l.assetId)}&assessment=${encodeURIComponent(l.id)}`);
      return;
    }
    if (r.error.error.code !== 'assessment-incomplete') return showApiError(r.error, form);
    const a = o.draft.current();
    showErrors(
      o.s.standards
        .filter((st) => a.answers[st.id]?.level === undefined)
        .map((st) => ({ message: o.t('assettool.save.missing', { code: st.code, title: st.title[o.lang] }) })),
      form,
    );
  });
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

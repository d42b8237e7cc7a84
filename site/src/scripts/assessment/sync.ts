// Keeping the browser draft in step with the copy on the practitioner's account.
// After "Save to my account" the draft is linked ({ id, rev } in localStorage); every later
// local save is sent as PUT /api/assessments/:id with the rev it started from. A 409 means
// the account copy changed elsewhere: nothing is overwritten; the person chooses to load the
// account copy or to keep this one (which is then saved on top of the newer rev, knowingly).

import type { FrameworkCore } from '../../../../content/assessment/model.ts';
import { parseDraft } from '../../../../content/assessment/record.ts';
import { api, send, session } from '../lib/api.ts';
import { find, hide, show } from '../lib/dom.ts';
import type { PageT } from '../lib/strings.ts';
import { type Draft, store, stored } from './draft.ts';
import type { SYNC_KEYS } from './keys.ts';

type SyncT = PageT<(typeof SYNC_KEYS)[number]>;

interface Link {
  id: string;
  rev: number;
}
const isLink = (v: unknown): v is Link =>
  typeof v === 'object' && v !== null && typeof (v as Link).id === 'string' && typeof (v as Link).rev === 'number';

export interface Sync {
  linked(): Link | null;
  setLink(l: Link | null): void;
  status(text: string): void;
}

export function createSync(f: FrameworkCore, draft: Draft, t: SyncT): Sync {
  const linkKey = `${draft.key}:account`;
  const linked = (): Link | null => {
    try {
      const v: unknown = JSON.parse(stored(linkKey) ?? 'null');
      return isLink(v) ? v : null;
    } catch {
      return null;
    }
  };
  const setLink = (l: Link | null) => store(linkKey, l ? JSON.stringify(l) : null);
  const status = (text: string) => {
    const el = find('#sync-status');
    if (el) el.textContent = text;
  };
  const conflict = find('#sync-conflict');

  async function push(rev?: number): Promise<void> {
    const l = linked();
    const a = draft.get();
    if (!l || !a || !(await session())) return;
    const r = await send(api.assessments[':id'].$put({ param: { id: l.id }, json: { rev: rev ?? l.rev, assessment: { ...a, id: l.id } } }));
    if (r.ok) {
      setLink({ id: l.id, rev: r.body.rev });
      hide(conflict);
      status(t('assess.account.synced'));
    } else if (r.status === 409) show(conflict);
    else if (r.status === 404)
      setLink(null); // deleted from the account: keep working locally
    else status(t('assess.account.failed'));
  }
  async function accountCopy() {
    const l = linked();
    if (!l) return null;
    const r = await send(api.assessments[':id'].$get({ param: { id: l.id } }));
    return r.ok ? r.body : null;
  }
  find('#sync-load')?.addEventListener('click', async () => {
    const r = await accountCopy();
    const a = r ? parseDraft(f, JSON.stringify(r.assessment)) : null;
    if (!r || !a) return;
    draft.set(a);
    setLink({ id: r.id, rev: r.rev });
    location.reload();
  });
  find('#sync-keep')?.addEventListener('click', async () => {
    const r = await accountCopy();
    if (r) await push(r.rev);
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  draft.onSave(() => {
    if (!linked()) return;
    clearTimeout(timer);
    timer = setTimeout(() => void push(), 600);
  });
  return { linked, setLink, status };
}

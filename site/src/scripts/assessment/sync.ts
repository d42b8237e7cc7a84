// Keeping the browser draft in step with the copy on the practitioner's account.
// After "Save to my account" the draft is linked ({ id, rev } in localStorage); every later
// local save is sent as PUT /api/assessments/:id with the rev it started from. A 409 means
// the account copy changed elsewhere: nothing is overwritten; the person chooses to load the
// account copy or to keep this one (which is then saved on top of the newer rev, knowingly).
import type { Assessment, FrameworkCore } from '../../../../content/assessment/model.ts';
import { parseDraft } from '../../../../content/assessment/model.ts';

type Link = { id: string; rev: number };
export function createSync(opts: {
  f: FrameworkCore;
  key: string;
  get: () => Assessment | null;
  set: (a: Assessment) => void;
  say: (key: string) => string;
}) {
  const linkKey = `${opts.key}:account`;
  const link = (): Link | null => {
    try {
      return JSON.parse(localStorage.getItem(linkKey) ?? 'null') as Link | null;
    } catch {
      return null;
    }
  };
  const setLink = (l: Link | null) => (l ? localStorage.setItem(linkKey, JSON.stringify(l)) : localStorage.removeItem(linkKey));
  let csrf: string | null = null;
  let signedIn: boolean | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const status = (text: string) => {
    const el = document.getElementById('sync-status');
    if (el) el.textContent = text;
  };
  const headers = () => ({ 'Content-Type': 'application/json', ...(csrf ? { 'X-CSRF-Token': csrf } : {}) });

  async function me() {
    if (signedIn !== null) return signedIn;
    try {
      const r = await (await fetch('/api/auth/me', { credentials: 'same-origin' })).json();
      csrf = r.csrfToken ?? null;
      signedIn = !!r.user;
    } catch {
      signedIn = false;
    }
    return signedIn;
  }
  async function push(rev?: number) {
    const l = link();
    const a = opts.get();
    if (!l || !a || !(await me())) return;
    const res = await fetch(`/api/assessments/${l.id}`, {
      method: 'PUT',
      headers: headers(),
      credentials: 'same-origin',
      body: JSON.stringify({ rev: rev ?? l.rev, assessment: { ...a, id: l.id } }),
    });
    if (res.ok) {
      const r = await res.json();
      setLink({ id: l.id, rev: r.rev });
      document.getElementById('sync-conflict')!.hidden = true;
      status(opts.say('assess.account.synced'));
    } else if (res.status === 409) {
      document.getElementById('sync-conflict')!.hidden = false;
    } else if (res.status === 404) {
      setLink(null); // deleted from the account: keep working locally
    } else {
      status(opts.say('assess.account.failed'));
    }
  }
  async function fetchServer() {
    const l = link();
    if (!l) return null;
    const res = await fetch(`/api/assessments/${l.id}`, { credentials: 'same-origin' });
    return res.ok ? res.json() : null;
  }
  document.getElementById('sync-load')?.addEventListener('click', async () => {
    const r = await fetchServer();
    if (!r) return;
    const a = parseDraft(opts.f, JSON.stringify(r.assessment));
    if (a) {
      opts.set(a);
      setLink({ id: r.id, rev: r.rev });
      location.reload();
    }
  });
  document.getElementById('sync-keep')?.addEventListener('click', async () => {
    const r = await fetchServer();
    if (r) await push(r.rev);
  });

  return {
    linked: () => link(),
    /** Call after every local save. */
    changed() {
      if (!link()) return;
      clearTimeout(timer);
      timer = setTimeout(() => void push(), 600);
    },
    async setupResults() {
      const ok = await me();
      const l = link();
      document.getElementById('account-signed-out')!.hidden = ok;
      document.getElementById('account-signed-in')!.hidden = !ok || !!l;
      const linked = document.getElementById('account-linked')!;
      const open = document.getElementById('account-open') as HTMLAnchorElement;
      if (l) {
        linked.hidden = false;
        open.href = `${open.getAttribute('href')}?id=${l.id}`;
      }
      document.getElementById('account-save-button')?.addEventListener('click', async () => {
        const a = opts.get();
        if (!a) return;
        const res = await fetch('/api/assessments', {
          method: 'POST',
          headers: headers(),
          credentials: 'same-origin',
          body: JSON.stringify({ assessment: a }),
        });
        if (!res.ok) {
          status(opts.say('assess.account.failed'));
          return;
        }
        const r = await res.json();
        setLink({ id: r.id, rev: r.rev });
        document.getElementById('account-signed-in')!.hidden = true;
        linked.hidden = false;
        open.href = `${open.getAttribute('href')!.split('?')[0]}?id=${r.id}`;
        status(opts.say('assess.account.saved'));
        open.focus();
      });
    },
  };
}

// The browser draft of the assessment: one localStorage key per framework version, shared by
// both languages. Every save stamps the time and tells the account copy (sync.ts), if linked.
import { type Assessment, draftKey, emptyAssessment, type FrameworkCore } from '../../../../content/assessment/model.ts';
import { parseDraft } from '../../../../content/assessment/record.ts';

export interface Draft {
  key: string;
  /** The draft, or null before the first answer. */
  get(): Assessment | null;
  /** The draft, or an empty one (not stored). */
  current(): Assessment;
  /** The draft, created if there is none yet. */
  ensure(): Assessment;
  /** Replaces the draft (loading the account copy). */
  set(a: Assessment): void;
  save(): void;
  onSave(listener: () => void): void;
}

/** Writes to localStorage; a full or blocked storage leaves the page working for this visit. */
export function store(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    /* storage full or blocked */
  }
}
export function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function openDraft(f: FrameworkCore): Draft {
  const key = draftKey(f.version);
  let a: Assessment | null = null;
  try {
    a = parseDraft(f, stored(key));
  } catch {
    a = null;
  }
  const listeners: (() => void)[] = [];
  return {
    key,
    get: () => a,
    current: () => a ?? emptyAssessment(f),
    ensure: () => (a ??= emptyAssessment(f)),
    set(next) {
      a = next;
      store(key, JSON.stringify(next));
    },
    save() {
      if (!a) return;
      a.updatedAt = new Date().toISOString();
      store(key, JSON.stringify(a));
      for (const l of listeners) l();
    },
    onSave: (l) => void listeners.push(l),
  };
}

/** Forgets the draft and everything kept beside it (the account link, the plan's state). */
export function forgetDraft(key: string): void {
  for (const k of [key, `${key}:account`, `${key}:plan-started`, `${key}:plan-typed-dates`]) store(k, null);
}

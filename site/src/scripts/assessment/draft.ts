// The browser draft of a self-assessment (the practitioner's or a community asset's): one
// localStorage key per version, shared by both languages. Every save stamps the time and tells
// the listeners (the account copy, sync.ts), if any. Each kind brings its own parser
// (framework-draft.ts, assets/tool/data.ts), so an asset page never loads the practitioner's schema.
import type { Assessment } from '../../../../content/assessment/model.ts';

export interface Draft<T = Assessment> {
  key: string;
  /** The draft, or null before the first answer. */
  get(): T | null;
  /** The draft, or an empty one (not stored). */
  current(): T;
  /** The draft, created if there is none yet. */
  ensure(): T;
  /** Replaces the draft (loading the account copy). */
  set(a: T): void;
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

/** A draft of any kind of record: `parse` reads (and salvages) the stored text, `empty` starts one. */
export function openStoredDraft<T extends { updatedAt: string }>(
  key: string,
  parse: (raw: string | null) => T | null,
  empty: () => T,
): Draft<T> {
  let a: T | null = null;
  try {
    a = parse(stored(key));
  } catch {
    a = null;
  }
  const listeners: (() => void)[] = [];
  return {
    key,
    get: () => a,
    current: () => a ?? empty(),
    ensure: () => (a ??= empty()),
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

// Figures that are not numbers yet ("1O", "12 people") cannot go into the saved draft (the
// API stores numbers), yet must not be lost: they stay in this browser's localStorage, per
// return and field, until the field holds a number again (or is emptied). On reload the
// form puts them back with their error. Chosen over storing raw text on the server: the
// draft keeps one meaning (numbers) for colleagues, CSV and the API, and nothing changes
// in the Worker. See ARCHITECTURE.md ("Autosave never drops what was typed").
import { parseNumber } from '../../../../../content/dataset/numbers.ts';
import type { Raw } from './page.ts';

const storageKey = (orgId: string, periodId: string) => `hub.returns.unsaved:${orgId}:${periodId}`;

function read(key: string): Raw {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

/** Splits what the form holds into what the API can store and the text that is not a number. */
export function split(values: Readonly<Raw>): { numbers: Raw; notNumbers: Raw } {
  const numbers: Raw = {};
  const notNumbers: Raw = {};
  for (const [k, v] of Object.entries(values)) {
    if (parseNumber(v).ok) numbers[k] = v;
    else notNumbers[k] = v;
  }
  return { numbers, notNumbers };
}

/** Remembers exactly these not-a-number figures for the return (and forgets the others). */
export function keep(orgId: string, periodId: string, notNumbers: Readonly<Raw>): void {
  const key = storageKey(orgId, periodId);
  try {
    if (Object.keys(notNumbers).length) localStorage.setItem(key, JSON.stringify(notNumbers));
    else localStorage.removeItem(key);
  } catch {
    // Storage full or refused: the field still shows its text and error until the page closes.
  }
}

/**
 * The figures kept for the return whose saved value is still blank (a colleague may have
 * filled the field in since; then their number wins and the kept text is dropped).
 */
export function keptFor(orgId: string, periodId: string, saved: Readonly<Record<string, number | null>>): Raw {
  const kept = read(storageKey(orgId, periodId));
  return Object.fromEntries(Object.entries(kept).filter(([k]) => saved[k] === null || saved[k] === undefined));
}

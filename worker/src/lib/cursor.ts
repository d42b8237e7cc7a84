// Keyset pagination: a page ends with the key of its last row, and the next page starts after
// it (`WHERE (a, b, c) > (?, ?, ?)`, an index seek), so every page costs the same however deep.
// The key travels as an opaque cursor: base64url of a JSON array of strings and numbers.
import { ApiError } from './http.ts';

type Key = (string | number)[];

export function encodeCursor(key: Key): string {
  const bytes = new TextEncoder().encode(JSON.stringify(key));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The key of a cursor with the given kinds of element ('s' string, 'n' integer); a 400 on `cursor` for anything else. */
export function decodeCursor<const K extends readonly ('s' | 'n')[]>(
  cursor: string,
  kinds: K,
): { -readonly [I in keyof K]: K[I] extends 's' ? string : number } {
  const bad = () => new ApiError(400, 'validation', {}, [{ field: 'cursor', key: 'error.field.format' }]);
  let key: unknown;
  try {
    const bin = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    key = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(Uint8Array.from(bin, (ch) => ch.charCodeAt(0))));
  } catch {
    throw bad();
  }
  if (!Array.isArray(key) || key.length !== kinds.length) throw bad();
  kinds.forEach((k, i) => {
    const x = key[i];
    if (k === 's' ? typeof x !== 'string' || x.length > 300 : !Number.isSafeInteger(x)) throw bad();
  });
  return key as { -readonly [I in keyof K]: K[I] extends 's' ? string : number };
}

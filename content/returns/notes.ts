// Comments and follow-up flags on the values of a return (issue 15). Notes are append-only: a
// flag is raised by a 'flag' note and cleared by a later 'unflag' note on the same field, so the
// state of every flag is read from the notes in order and nothing is ever overwritten.

export const NOTE_KINDS = ['comment', 'flag', 'unflag'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];
/** The longest comment, in characters (the API refuses longer ones with a bilingual error). */
export const NOTE_MAX = 2000;

export interface NoteLike {
  field: string;
  kind: NoteKind;
  createdAt: number;
}

/** Fields whose latest flag note raises a flag, each with that note; notes in the order they were made. */
export function openFlags<N extends NoteLike>(notes: readonly N[]): Map<string, N> {
  const open = new Map<string, N>();
  for (const n of notes) {
    if (n.kind === 'flag') open.set(n.field, n);
    else if (n.kind === 'unflag') open.delete(n.field);
  }
  return open;
}

/** Why a flag note cannot be added now, or null: raise only a flag that is not open, clear only one that is. */
export function flagRefusal(notes: readonly NoteLike[], field: string, kind: NoteKind): 'flag-open' | 'flag-not-open' | null {
  const open = openFlags(notes).has(field);
  if (kind === 'flag' && open) return 'flag-open';
  if (kind === 'unflag' && !open) return 'flag-not-open';
  return null;
}

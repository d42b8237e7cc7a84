import { describe, expect, it } from 'vitest';
import { flagRefusal, type NoteKind, openFlags } from '../../content/returns/notes.ts';

const n = (field: string, kind: NoteKind, createdAt: number) => ({ field, kind, createdAt });

describe('follow-up flags read from append-only notes', () => {
  const notes = [
    n('a', 'comment', 1),
    n('a', 'flag', 2),
    n('b', 'flag', 3),
    n('a', 'comment', 4),
    n('b', 'unflag', 5),
    n('c', 'flag', 6),
    n('c', 'unflag', 7),
    n('c', 'flag', 8),
  ];

  it('a flag is open from its flag note until a later unflag on the same field; comments change nothing', () => {
    const open = openFlags(notes);
    expect([...open.keys()].sort()).toEqual(['a', 'c']);
    expect(open.get('a')!.createdAt).toBe(2);
    expect(open.get('c')!.createdAt).toBe(8);
    expect(openFlags([]).size).toBe(0);
  });

  it('raises only a flag that is not open, and clears only one that is', () => {
    expect(flagRefusal(notes, 'a', 'flag')).toBe('flag-open');
    expect(flagRefusal(notes, 'b', 'flag')).toBeNull();
    expect(flagRefusal(notes, 'b', 'unflag')).toBe('flag-not-open');
    expect(flagRefusal(notes, 'a', 'unflag')).toBeNull();
    expect(flagRefusal(notes, 'z', 'comment')).toBeNull();
    expect(flagRefusal([], 'z', 'unflag')).toBe('flag-not-open');
  });
});

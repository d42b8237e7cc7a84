import { describe, expect, it } from 'vitest';
import { BoundedMap } from '../../worker/src/lib/bounded-map.ts';

describe('BoundedMap', () => {
  it('keeps at most max entries, forgetting the oldest', () => {
    const m = new BoundedMap<string, number>(2);
    m.set('a', 1).set('b', 2).set('c', 3);
    expect([...m.keys()]).toEqual(['b', 'c']);
  });
  it('replaces a key it holds without forgetting another', () => {
    const m = new BoundedMap<string, number>(2);
    m.set('a', 1).set('b', 2).set('a', 3);
    expect([...m.entries()]).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
  });
});

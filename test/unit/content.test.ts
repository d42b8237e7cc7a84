import { describe, expect, it } from 'vitest';
import { currentDataset, currentFramework, geography, glossary } from '../../content/index.ts';

describe('content', () => {
  it('loads and validates', () => {
    expect(glossary.length).toBeGreaterThan(0);
    expect(currentFramework.domains.length).toBeGreaterThan(0);
    expect(currentDataset.items.length).toBeGreaterThan(0);
    expect(geography.healthBoards).toHaveLength(7);
  });
});

import { describe, expect, it } from 'vitest';
import { geography, sourceById, sources } from '../../content/index.ts';

describe('geography of Wales', () => {
  it('has Wales’s 60 primary care clusters, with the per-board counts of the reference', () => {
    expect(geography.clusters).toHaveLength(60);
    const perBoard: Record<string, number> = {};
    for (const c of geography.clusters) perBoard[c.healthBoard] = (perBoard[c.healthBoard] ?? 0) + 1;
    expect(perBoard).toEqual({ abuhb: 11, bcuhb: 14, cavuhb: 9, ctmuhb: 8, hduhb: 7, pthb: 3, sbuhb: 8 });
  });

  it('cluster ids are unique and every cluster belongs to a known health board', () => {
    const ids = geography.clusters.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const boards = new Set(geography.healthBoards.map((b) => b.id));
    for (const c of geography.clusters) expect(boards.has(c.healthBoard), c.id).toBe(true);
  });

  it('marks the names confirmed by sources as verified, and the rest not', () => {
    const verified = geography.clusters
      .filter((c) => c.verified)
      .map((c) => c.name.en)
      .sort();
    expect(verified).toEqual(
      [
        'Rhondda',
        'Taff Ely',
        'Merthyr',
        'North Cynon',
        'South Cynon',
        'Bridgend East',
        'Bridgend West',
        'Bridgend North',
        'North Powys',
        'Mid Powys',
        'South Powys',
        'Monmouthshire North',
        'Monmouthshire South',
        'Newport East',
        'Anglesey',
        'Arfon',
        'Dwyfor',
        'North West Flintshire',
        'South Flintshire',
        'Bay Health',
        'Penderi',
        'Llwchwr',
        'Cwmtawe',
        'South Ceredigion',
      ].sort(),
    );
    // Cardiff and Vale names are all from memory in the reference.
    expect(geography.clusters.filter((c) => c.healthBoard === 'cavuhb').every((c) => !c.verified)).toBe(true);
  });

  it('uses Welsh place-name forms', () => {
    const cy = new Map(geography.clusters.map((c) => [c.id, c.name.cy]));
    expect(cy.get('north-powys')).toBe('Gogledd Powys');
    expect(cy.get('south-ceredigion')).toBe('De Ceredigion');
    expect(cy.get('bridgend-east')).toBe('Dwyrain Pen-y-bont ar Ogwr');
    expect(cy.get('anglesey')).toBe('Ynys Môn');
    for (const c of geography.clusters) {
      expect(c.name.cy.trim().length, c.id).toBeGreaterThan(0);
      expect(c.name.en.trim().length, c.id).toBeGreaterThan(0);
    }
  });

  it('keeps the official codes of the health boards and local authorities', () => {
    const ods = Object.fromEntries(geography.healthBoards.map((b) => [b.id, b.odsCode]));
    expect(ods).toEqual({ bcuhb: '7A1', hduhb: '7A2', sbuhb: '7A3', cavuhb: '7A4', ctmuhb: '7A5', abuhb: '7A6', pthb: '7A7' });
    expect(new Set(geography.localAuthorities.map((l) => l.gssCode)).size).toBe(22);
  });

  it('cites sources that exist, each once', () => {
    expect(geography.sources.length).toBeGreaterThan(0);
    for (const id of geography.sources) expect(sourceById.has(id), id).toBe(true);
    expect(geography.sources.length).toBe(new Set(geography.sources).size);
  });

  it('source ids are unique and neutral: no area prefix from the old per-area lists', () => {
    const ids = sources.map((s) => s.id);
    expect(ids.filter((id) => /^(gl|fw|ds|ds-geo|sp|pr|wg)-/.test(id))).toEqual([]);
    expect(ids.length).toBe(new Set(ids).size);
  });
});

import { describe, expect, it } from 'vitest';
import { type ContentBundle, checkContent } from '../../content/check.ts';
import * as C from '../../content/index.ts';

const bundle = (): ContentBundle =>
  structuredClone({
    sources: C.sources,
    glossary: C.glossary,
    frameworks: C.frameworks,
    assetStandards: C.assetStandards,
    datasets: C.datasets,
    geography: C.geography,
  });

describe('content check', () => {
  it('finds no problem in the published content', () => {
    expect(checkContent(bundle())).toEqual([]);
  });

  it('fails on a related term that does not exist', () => {
    const b = bundle();
    b.glossary[0]!.related.push('no-such-term');
    expect(checkContent(b).join('\n')).toMatch(/unknown glossary term "no-such-term"/);
  });

  it('fails on a source that does not exist', () => {
    const b = bundle();
    b.glossary[0]!.sources.push('no-such-source');
    expect(checkContent(b).join('\n')).toMatch(/unknown source "no-such-source"/);
  });

  it('fails on two sources with the same URL, even written differently', () => {
    const b = bundle();
    const wq = b.sources.find((s) => s.id === 'senedd-wq90207')!;
    b.sources.push({ ...wq, id: 'wq90207-again', url: wq.url!.replace('https://', 'http://www.') + '/' });
    expect(checkContent(b).join('\n')).toMatch(
      /"senedd-wq90207", "wq90207-again" share the URL record\.senedd\.wales\/WrittenQuestion\/90207/,
    );
  });

  it('keeps sources at different URLs apart', () => {
    const b = bundle();
    b.sources.push({
      ...b.sources.find((s) => s.id === 'senedd-wq90207')!,
      id: 'wq90208',
      url: 'https://record.senedd.wales/WrittenQuestion/90208',
    });
    expect(checkContent(b)).toEqual([]);
  });

  it('fails on a source with neither a URL nor a note', () => {
    const b = bundle();
    const cab = b.sources.find((s) => s.id === 'cabinet-paper-nffsp')!;
    expect(cab.url).toBeUndefined();
    delete cab.note;
    expect(checkContent(b).join('\n')).toMatch(/"cabinet-paper-nffsp" has neither a URL nor a note/);
  });

  it('fails on a competency missing a level descriptor or placed in the wrong domain', () => {
    const b = bundle();
    const cp = b.frameworks[0]!.domains[0]!.competencies[0]!;
    delete cp.descriptors[b.frameworks[0]!.scale[0]!.id];
    cp.code = 'Z9';
    const out = checkContent(b).join('\n');
    expect(out).toMatch(/has no descriptor for level/);
    expect(out).toMatch(/competency Z9 is in domain/);
  });

  it('fails on a validation rule naming an item that does not exist', () => {
    const b = bundle();
    const item = b.datasets[0]!.items[0]!.id;
    b.datasets[0]!.rules.push({
      id: 'broken-rule',
      kind: 'not-greater',
      severity: 'error',
      field: item,
      limit: 'no-such-item',
      message: { cy: 'x', en: 'x' },
    });
    expect(checkContent(b).join('\n')).toMatch(/rule "broken-rule" names unknown field "no-such-item"/);
  });

  it('fails on an item in an unknown section or using an unknown breakdown', () => {
    const b = bundle();
    b.datasets[0]!.items[0]!.section = 'nowhere';
    b.datasets[0]!.items[0]!.breakdowns.push('no-such-breakdown');
    const out = checkContent(b).join('\n');
    expect(out).toMatch(/unknown section "nowhere"/);
    expect(out).toMatch(/unknown breakdown "no-such-breakdown"/);
  });

  it('fails on geography pointing at an unknown health board', () => {
    const b = bundle();
    b.geography.localAuthorities[0]!.healthBoard = 'nowhere';
    expect(checkContent(b).join('\n')).toMatch(/unknown health board "nowhere"/);
  });

  it('rejects text missing a language (schema)', () => {
    const term = structuredClone(C.glossary[0]!) as unknown as { definition: { cy?: string; en: string } };
    delete term.definition.cy;
    expect(C.GlossaryTerm.safeParse(term).success).toBe(false);
    const blank = structuredClone(C.glossary[0]!);
    blank.term.en = '   ';
    expect(C.GlossaryTerm.safeParse(blank).success).toBe(false);
  });
});

import { formatDate } from '../../content/datetime.ts';

describe('dates', () => {
  it('writes Welsh and English long dates without relying on Welsh locale data', () => {
    expect(formatDate('2025-04-01', 'cy')).toBe('1 Ebrill 2025');
    expect(formatDate('2025-07-30', 'en')).toBe('30 July 2025');
    // A moment late on 31 March UTC in summer time is already 1 April in Wales.
    expect(formatDate('2026-03-31T23:30:00Z', 'cy')).toBe('1 Ebrill 2026');
    expect(formatDate(Date.UTC(2026, 0, 15, 12), 'cy')).toBe('15 Ionawr 2026');
  });
});

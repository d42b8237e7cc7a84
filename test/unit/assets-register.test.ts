import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  entryProblems,
  filterRegister,
  isPublished,
  publishedEntries,
  RegisterEntry,
  registerCsv,
  registerEntryOf,
  walesDate,
} from '../../content/assets/register.ts';
import { REVIEWER_KINDS } from '../../content/assets/taxonomy.ts';
import { t } from '../../content/i18n.ts';
import { activityTypes, assetTypes, currentStandards, termById } from '../../content/index.ts';
import { CHOIR, entries, GARDEN, LLAN, WITHDRAWN } from './assets-register-fixtures.ts';

describe('asset and activity taxonomies', () => {
  it('have unique ids and names in both languages, and link only to glossary terms that exist', () => {
    for (const list of [assetTypes, activityTypes]) {
      expect(new Set(list.map((x) => x.id)).size).toBe(list.length);
      for (const lang of ['cy', 'en'] as const) expect(new Set(list.map((x) => x.name[lang])).size).toBe(list.length);
    }
    for (const a of activityTypes) for (const term of a.terms) expect(termById.has(term), `${a.id} → ${term}`).toBe(true);
  });
  it('name every kind of peer reviewer in both languages', () => {
    for (const k of REVIEWER_KINDS) expect(t('cy', `assets.reviewer.${k}`)).not.toBe(t('en', `assets.reviewer.${k}`));
  });
});

describe('register entry', () => {
  it('the fixtures are valid entries that name real content', () => {
    for (const e of entries) {
      expect(RegisterEntry.safeParse(e).success).toBe(true);
      expect(entryProblems(e)).toEqual([]);
    }
  });
  it('refuses a missing language, an unknown id, a level out of range and missing levels', () => {
    const e = entries[0]!;
    expect(RegisterEntry.safeParse({ ...e, name: { cy: ' ', en: 'x' } }).success).toBe(false);
    expect(RegisterEntry.safeParse({ ...e, levels: { ...e.levels, [currentStandards.standards[0]!.id]: 4 } }).success).toBe(false);
    expect(RegisterEntry.safeParse({ ...e, activityTypes: [] }).success).toBe(false);
    expect(RegisterEntry.safeParse({ ...e, contactEmail: 'a@b.c' }).success).toBe(false);
    expect(entryProblems({ ...e, areaServed: { localAuthorities: ['atlantis'], healthBoards: [] } })).toEqual([
      'unknown local authority "atlantis"',
    ]);
    expect(entryProblems({ ...e, areaServed: { localAuthorities: [], healthBoards: [] } })).toEqual(['no area served']);
    const { [currentStandards.standards[0]!.id]: _, ...fewer } = e.levels;
    expect(entryProblems({ ...e, levels: fewer })).toEqual([`no level for standard "${currentStandards.standards[0]!.id}"`]);
    expect(entryProblems({ ...e, assetType: 'castle', activityTypes: ['jousting'] })).toEqual([
      'unknown asset type "castle"',
      'unknown activity type "jousting"',
    ]);
    expect(entryProblems({ ...e, consentWithdrawnAt: '2020-01-01T00:00:00.000Z' })).toEqual(['consent withdrawn before it was given']);
  });
});

describe('building an entry from stored rows', () => {
  const levels = Object.fromEntries(currentStandards.standards.map((x) => [x.id, { level: 2, evidence: 'ok' }]));
  const src = {
    asset: {
      id: GARDEN,
      nameCy: 'Gardd',
      nameEn: 'Garden',
      type: 'community-group',
      areaServed: { localAuthorities: ['cardiff'], healthBoards: [] },
      activityTypes: ['gardening-and-growing'],
    },
    assessment: { standardsVersion: currentStandards.version, answers: levels, submittedAt: Date.UTC(2026, 5, 30, 23, 30) },
    peerReviewSubmittedAt: null,
    consent: { givenAt: Date.UTC(2026, 6, 1, 9), withdrawnAt: null },
  };
  it('takes levels from the assessment, the last review as a date in Wales, and consent times', () => {
    const e = registerEntryOf(src);
    expect(entryProblems(e)).toEqual([]);
    expect(RegisterEntry.parse(e)).toEqual(e);
    expect(e.levels[currentStandards.standards[0]!.id]).toBe(2);
    expect(e.lastReviewed).toBe('2026-07-01'); // 23:30 UTC on 30 June is 00:30 on 1 July in Wales (BST)
    expect(e.peerReviewed).toBe(false);
    expect(e.consentGivenAt).toBe('2026-07-01T09:00:00.000Z');
    expect(isPublished(e)).toBe(true);
  });
  it('a later peer review moves the last review date; withdrawal unpublishes', () => {
    const e = registerEntryOf({
      ...src,
      peerReviewSubmittedAt: Date.UTC(2026, 8, 3, 12),
      consent: { ...src.consent, withdrawnAt: Date.UTC(2026, 9, 1) },
    });
    expect(e).toMatchObject({ lastReviewed: '2026-09-03', peerReviewed: true, consentWithdrawnAt: '2026-10-01T00:00:00.000Z' });
    expect(isPublished(e)).toBe(false);
    expect(walesDate(Date.UTC(2026, 11, 31, 23, 59))).toBe('2026-12-31'); // GMT in winter
  });
});

describe('published register', () => {
  it('leaves out withdrawn entries and sorts by the reader’s alphabet', () => {
    expect(isPublished(entries[2]!)).toBe(false);
    expect(publishedEntries(entries, 'en').map((e) => e.assetId)).toEqual([GARDEN, LLAN, CHOIR]);
    // Welsh names: Côr, Gardd, Llanw
    expect(publishedEntries(entries, 'cy').map((e) => e.assetId)).toEqual([CHOIR, GARDEN, LLAN]);
  });
  it('filters by area (a health board covers its local authorities), activity, type, level and peer review', () => {
    const ids = (f: Parameters<typeof filterRegister>[1]) => filterRegister(entries, f, 'en').map((e) => e.assetId);
    expect(ids({ localAuthority: 'gwynedd' })).toEqual([CHOIR]);
    expect(ids({ localAuthority: 'ceredigion' })).toEqual([LLAN]); // served through Hywel Dda
    expect(ids({ healthBoard: 'cavuhb' })).toEqual([GARDEN]); // Cardiff is in Cardiff and Vale
    expect(ids({ localAuthority: 'powys' })).toEqual([]); // only the withdrawn club served Powys
    expect(ids({ activityType: 'welsh-language' })).toEqual([CHOIR]);
    expect(ids({ assetType: 'social-enterprise' })).toEqual([LLAN]);
    const s1 = currentStandards.standards[0]!.id;
    expect(ids({ standard: s1, minLevel: 2 })).toEqual([LLAN, CHOIR]);
    expect(ids({ standard: s1, minLevel: 3 })).toEqual([LLAN]);
    expect(ids({ peerReviewed: true })).toEqual([GARDEN, LLAN]);
  });
  it('downloads as CSV with headers, names and level names in the reader’s language', () => {
    for (const lang of ['cy', 'en'] as const) {
      const text = registerCsv(entries, lang);
      expect(text.startsWith('\uFEFF')).toBe(true);
      const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
      expect(rows).toHaveLength(4);
      expect(rows[0]).toHaveLength(8 + currentStandards.standards.length + 2);
      expect(text).not.toContain(WITHDRAWN);
      const choir = rows.find((r) => r[0] === CHOIR)!;
      expect(choir[1]).toBe('Côr Dynion Tref');
      expect(choir[4]).toBe(lang === 'cy' ? 'Gwynedd; Ynys Môn' : 'Gwynedd; Isle of Anglesey');
      expect(choir[8]).toBe(lang === 'cy' ? 'Datblygu' : 'Developing');
    }
    expect(registerCsv(entries, 'cy').split('\r\n')[0]).toContain('Adolygiad diwethaf');
  });
});

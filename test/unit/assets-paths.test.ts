import { describe, expect, it } from 'vitest';
import { ASSET_WORD_KEYS } from '../../content/assets/assessment.ts';
import { levelIdOf, MATURITY_KEYS, maturityKey, rankOf } from '../../content/assets/maturity.ts';
import { assetToolPaths, myAssetPaths } from '../../content/assets/paths.ts';
import { t } from '../../content/i18n.ts';
import { currentStandards } from '../../content/index.ts';
import { appPrefixes, path } from '../../content/routes.ts';
import { strings } from '../../content/ui/strings.ts';

const codes = currentStandards.standards.map((s) => s.code);

describe('the asset pages’ paths', () => {
  it('give the self-assessment one step per standard, in the standards section, in both languages', () => {
    const cy = assetToolPaths('cy', codes);
    const en = assetToolPaths('en', codes);
    expect(cy.start).toBe('/cy/safonau-asedau-cymunedol/hunanasesiad/');
    expect(en.start).toBe('/en/community-asset-standards/self-assessment/');
    expect(cy.steps).toHaveLength(currentStandards.standards.length);
    expect(en.steps).toHaveLength(cy.steps.length);
    expect(new Set(cy.steps).size).toBe(cy.steps.length);
    expect(cy.steps[0]).toBe(`/cy/safonau-asedau-cymunedol/hunanasesiad/safon-${codes[0]!.toLowerCase()}/`);
    expect(en.check).toBe('/en/community-asset-standards/self-assessment/check/');
    expect(cy.results).toBe('/cy/safonau-asedau-cymunedol/hunanasesiad/canlyniadau/');
  });
  it('name the signed-in pages, including those other pages link to', () => {
    expect(myAssetPaths('cy')).toMatchObject({
      list: '/cy/asedau-cymunedol/',
      new: '/cy/asedau-cymunedol/newydd/',
      asset: '/cy/asedau-cymunedol/ased/',
      members: '/cy/asedau-cymunedol/aelodau/',
      register: '/cy/asedau-cymunedol/cofrestr/',
      peerReviews: '/cy/asedau-cymunedol/adolygiadau-cymheiriaid/',
    });
    expect(myAssetPaths('en')).toMatchObject({
      list: '/en/community-assets/',
      new: '/en/community-assets/new/',
      asset: '/en/community-assets/asset/',
      members: '/en/community-assets/members/',
      register: '/en/community-assets/register/',
      peerReviews: '/en/community-assets/peer-reviews/',
    });
  });
  it('let the tool load a script, but not the standards’ content pages', () => {
    const prefixes = appPrefixes();
    expect(prefixes).toContain(assetToolPaths('cy', codes).start);
    expect(prefixes).toContain(path('en', 'assets'));
    const standardsPage = path('cy', 'standards');
    expect(prefixes.some((p) => standardsPage.startsWith(p))).toBe(false);
  });
});

describe('the maturity levels without the string table', () => {
  it('map ranks to ids and to their names’ keys, 0 being "not yet"', () => {
    expect(levelIdOf(1)).toBe('foundation');
    expect(rankOf('mature')).toBe(3);
    expect(maturityKey(0)).toBe('assets.level.notYet');
    expect(t('cy', maturityKey(2))).toBe('Datblygu');
    expect(t('en', maturityKey(3))).toBe('Mature');
  });
  it('list only keys the string table has', () => {
    for (const k of [...MATURITY_KEYS, ...ASSET_WORD_KEYS]) expect(strings, k).toHaveProperty([k]);
  });
});

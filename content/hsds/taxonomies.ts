// The three taxonomies the hub's HSDS export uses, as HSDS 3 allows for classifying services
// through attributes:
//  - the standards levels of one version of the standards: each standard is a term, and each
//    of its levels (not yet, Foundation, Developing, Mature) a child term; an attribute links
//    a service to the level term it holds, with the level number as its value;
//  - the activity types (content/assets/taxonomy.ts);
//  - facts about the register entry: "peer reviewed", with the value true or false.
// Terms are written in one language (HSDS 3.0 has one name per term; `language` says which);
// their ids do not depend on the language, so the Welsh and English exports describe the
// same terms.

import { MATURITY, maturityName, type StandardsCore } from '../assets/standards.ts';
import { t } from '../i18n.ts';
import { activityTypes } from '../index.ts';
import { path } from '../routes.ts';
import type { Lang } from '../schema.ts';
import { hsdsId } from './ids.ts';
import type { HsdsTaxonomy, HsdsTaxonomyTerm } from './types.ts';

export interface Taxonomy {
  taxonomy: HsdsTaxonomy;
  terms: HsdsTaxonomyTerm[];
}

/** Level keys of the standards taxonomy, by rank: 0 = not yet. */
export const LEVEL_KEYS = ['not-yet', ...MATURITY] as const;

export const standardTermId = (version: string, standardId: string) => hsdsId('term', 'standard', version, standardId);
export const levelTermId = (version: string, standardId: string, rank: number) =>
  hsdsId('term', 'standard-level', version, standardId, LEVEL_KEYS[rank]!);
export const activityTermId = (activityId: string) => hsdsId('term', 'activity-type', activityId);
export const PEER_REVIEWED_TERM_ID = hsdsId('term', 'register', 'peer-reviewed');

/** `origin` (e.g. https://hub.example.wales) gives the taxonomy a link to the standards page. */
export function standardsTaxonomy(
  s: StandardsCore & { standards: readonly { statement?: { cy: string; en: string } }[] },
  lang: Lang,
  origin?: string,
): Taxonomy {
  const id = hsdsId('taxonomy', 'standards', s.version);
  const taxonomy: HsdsTaxonomy = {
    id,
    name: t(lang, 'hsds.taxonomy.standards.name', { version: s.version }),
    description: t(lang, 'hsds.taxonomy.standards.description'),
    ...(origin ? { uri: `${origin}${path(lang, 'standards')}` } : {}),
  };
  const terms: HsdsTaxonomyTerm[] = [];
  for (const st of s.standards) {
    const parent = standardTermId(s.version, st.id);
    terms.push({
      id: parent,
      code: `${s.version}/${st.code}`,
      name: `${st.code} ${st.title[lang]}`,
      description: st.statement?.[lang] ?? `${st.code} ${st.title[lang]}`,
      taxonomy_id: id,
      language: lang,
      ...(origin ? { term_uri: `${origin}${path(lang, 'standards')}#${st.id}` } : {}),
    });
    LEVEL_KEYS.forEach((key, rank) => {
      terms.push({
        id: levelTermId(s.version, st.id, rank),
        code: `${s.version}/${st.code}/${key}`,
        name: `${st.code} ${st.title[lang]}: ${maturityName(rank, lang)}`,
        description: key === 'not-yet' ? t(lang, 'assets.level.notYetDescription') : st.levels[key][lang],
        parent_id: parent,
        taxonomy_id: id,
        language: lang,
      });
    });
  }
  return { taxonomy, terms };
}

export function activityTaxonomy(lang: Lang): Taxonomy {
  const id = hsdsId('taxonomy', 'activity-types');
  return {
    taxonomy: { id, name: t(lang, 'hsds.taxonomy.activities.name'), description: t(lang, 'hsds.taxonomy.activities.description') },
    terms: activityTypes.map((a) => ({
      id: activityTermId(a.id),
      code: a.id,
      name: a.name[lang],
      description: a.description[lang],
      taxonomy_id: id,
      language: lang,
    })),
  };
}

export function registerTaxonomy(lang: Lang): Taxonomy {
  const id = hsdsId('taxonomy', 'register');
  return {
    taxonomy: { id, name: t(lang, 'hsds.taxonomy.register.name'), description: t(lang, 'hsds.taxonomy.register.description') },
    terms: [
      {
        id: PEER_REVIEWED_TERM_ID,
        code: 'peer-reviewed',
        name: t(lang, 'hsds.term.peerReviewed.name'),
        description: t(lang, 'hsds.term.peerReviewed.description'),
        taxonomy_id: id,
        language: lang,
      },
    ],
  };
}

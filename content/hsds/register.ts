// The public register as Open Referral HSDS 3.0 JSON: one organization and one service per
// published entry (the service is the asset's offer to people referred through social
// prescribing), its service areas (each local authority and health board it serves, identified
// by its GSS code), and attributes that classify the service by the three taxonomies of
// taxonomies.ts: its level on each standard, its activity types and whether it was peer
// reviewed. Pure: the same entries give the same JSON, with the same ids, every time.
//
// Withdrawn entries are dropped here whatever the caller passed in, so a withdrawn asset can
// never reach a directory through this export.

import { publishedEntries, type RegisterEntry } from '../assets/register.ts';
import { t } from '../i18n.ts';
import { geography, standardsVersion } from '../index.ts';
import { type Lang, otherLang } from '../schema.ts';
import { hsdsId } from './ids.ts';
import {
  activityTaxonomy,
  activityTermId,
  levelTermId,
  PEER_REVIEWED_TERM_ID,
  registerTaxonomy,
  standardsTaxonomy,
  type Taxonomy,
} from './taxonomies.ts';
import type { HsdsAttribute, HsdsService, HsdsServiceArea, HsdsTaxonomyTerm } from './types.ts';

export interface HsdsOptions {
  lang: Lang;
  /** The hub's public origin, for links to the standards page (optional). */
  origin?: string;
}

/** The ONS linked-data URI of a GSS code: a persistent identifier for an area, as service_area.uri asks. */
export const gssUri = (code: string) => `http://statistics.data.gov.uk/id/statistical-geography/${code}`;

/** link_type of each kind of attribute (an open codelist in HSDS 3). */
export const LINK_TYPES = { level: 'standards_level', activity: 'activity_type', register: 'register' } as const;

export interface HsdsRegister {
  services: HsdsService[];
  taxonomies: Taxonomy[];
}

/** Published entries mapped to fully nested HSDS services, and the taxonomies their attributes use. */
export function registerToHsds(entries: readonly RegisterEntry[], opts: HsdsOptions): HsdsRegister {
  const { lang, origin } = opts;
  const published = publishedEntries(entries, lang);
  const versions = [...new Set(published.map((e) => e.standardsVersion))].sort();
  const taxonomies = [
    ...versions.flatMap((v) => {
      const s = standardsVersion(v);
      return s ? [standardsTaxonomy(s, lang, origin)] : [];
    }),
    activityTaxonomy(lang),
    registerTaxonomy(lang),
  ];
  // Attributes carry their term (so a service reads on its own) but not the term's taxonomy:
  // taxonomy_id names it, and the taxonomies come once, beside the services.
  const termById = new Map<string, HsdsTaxonomyTerm>();
  for (const tx of taxonomies) for (const term of tx.terms) termById.set(term.id, term);
  const las = new Map(geography.localAuthorities.map((x) => [x.id, x]));
  const hbs = new Map(geography.healthBoards.map((x) => [x.id, x]));

  const services = published.map((e): HsdsService => {
    const serviceId = hsdsId('service', e.assetId);
    const name = e.name[lang];
    const alternate = e.name[otherLang(lang)];
    const area = (kind: 'la' | 'hb', id: string): HsdsServiceArea[] => {
      const place = kind === 'la' ? las.get(id) : hbs.get(id);
      if (!place) return [];
      return [
        {
          id: hsdsId('service-area', e.assetId, kind, id),
          service_id: serviceId,
          name: place.name[lang],
          description: t(lang, kind === 'la' ? 'hsds.area.localAuthority' : 'hsds.area.healthBoard'),
          uri: gssUri(place.gssCode),
        },
      ];
    };
    const attribute = (key: readonly string[], linkType: string, termId: string, value?: string): HsdsAttribute[] => {
      const term = termById.get(termId);
      if (!term) return [];
      return [
        {
          id: hsdsId('attribute', e.assetId, ...key),
          link_id: serviceId,
          link_type: linkType,
          link_entity: 'service',
          taxonomy_term_id: termId,
          ...(value === undefined ? {} : { value }),
          taxonomy_term: term,
        },
      ];
    };
    const standards = standardsVersion(e.standardsVersion)?.standards ?? [];
    return {
      id: serviceId,
      organization_id: e.assetId,
      name,
      alternate_name: alternate,
      description: t(lang, 'hsds.service.description', { name, version: e.standardsVersion }),
      status: 'active',
      assured_date: e.lastReviewed,
      organization: { id: e.assetId, name, alternate_name: alternate, description: t(lang, 'hsds.organization.description') },
      service_areas: [
        ...e.areaServed.localAuthorities.flatMap((id) => area('la', id)),
        ...e.areaServed.healthBoards.flatMap((id) => area('hb', id)),
      ],
      attributes: [
        ...standards.flatMap((st) => {
          const level = e.levels[st.id];
          return level === undefined
            ? []
            : attribute(
                ['standard', e.standardsVersion, st.id],
                LINK_TYPES.level,
                levelTermId(e.standardsVersion, st.id, level),
                String(level),
              );
        }),
        ...e.activityTypes.flatMap((a) => attribute(['activity', a], LINK_TYPES.activity, activityTermId(a))),
        ...attribute(['peer-reviewed'], LINK_TYPES.register, PEER_REVIEWED_TERM_ID, String(e.peerReviewed)),
      ],
    };
  });
  return { services, taxonomies };
}

/**
 * A page of services in the shape of the HSDS API's paginated lists (`/services`), holding
 * the whole register: what the HSDS JSON download serves.
 */
export function hsdsServicePage(services: readonly HsdsService[]) {
  return {
    total_items: services.length,
    total_pages: 1,
    page_number: 1,
    size: services.length,
    first_page: true,
    last_page: true,
    empty: services.length === 0,
    contents: services,
  };
}

// The Open Referral HSDS 3.0 objects the hub publishes (a subset of each object's fields; see
// test/fixtures/hsds/ for the specification's schemas the output is checked against).
export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
  uri?: string;
}
export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  parent_id?: string;
  taxonomy_id: string;
  /** ISO 639-1 code of the language the term is written in. */
  language: string;
  term_uri?: string;
  taxonomy?: HsdsTaxonomy;
}
export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: 'service';
  taxonomy_term_id: string;
  value?: string;
  taxonomy_term?: HsdsTaxonomyTerm;
}
export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
  description: string;
  /** A persistent identifier of the area: the ONS statistical geography URI of its GSS code. */
  uri: string;
}
export interface HsdsOrganization {
  id: string;
  name: string;
  alternate_name: string;
  description: string;
}
export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  alternate_name: string;
  description: string;
  status: 'active';
  /** The date the published self-assessment was last reviewed (YYYY-MM-DD). */
  assured_date: string;
  organization?: HsdsOrganization;
  service_areas?: HsdsServiceArea[];
  attributes?: HsdsAttribute[];
}

// Zod schemas for every kind of content. The site, the Worker, the forms and the
// exports all read content through these, so a missing language or a malformed
// item fails the build rather than reaching a reader.
import { z } from 'zod';
import { MATURITY } from './assets/maturity.ts';

export const LANGS = ['cy', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const otherLang = (lang: Lang): Lang => (lang === 'cy' ? 'en' : 'cy');

/** A stable, URL-safe identifier: lower-case words joined by hyphens. */
export const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');

const nonEmpty = z.string().trim().min(1);
/** Text in both languages: neither may be missing or blank. */
export const Text = z.strictObject({ cy: nonEmpty, en: nonEmpty });
export type Text = z.infer<typeof Text>;
/** A list of strings in both languages (for example alternative terms); both may be empty. */
export const TextList = z.strictObject({ cy: z.array(nonEmpty), en: z.array(nonEmpty) });
export type TextList = z.infer<typeof TextList>;

/** A version label such as "1.0". */
export const Version = z.string().regex(/^\d+\.\d+$/);
export const IsoDate = z.iso.date();

// ---------------------------------------------------------------- sources
export const Source = z.strictObject({
  id: Id,
  title: Text,
  publisher: Text.optional(),
  /** Where a reader can find it; absent only when no public address has been checked (say why in note). */
  url: z.url().optional(),
  /** Year, or full date, of publication where known. */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .optional(),
  /** What the document is or how it is held, shown with the citation. */
  note: Text.optional(),
});
export type Source = z.infer<typeof Source>;
/** A reference to a Source by id. */
export const SourceRefs = z.array(Id).min(1);

// ---------------------------------------------------------------- glossary
export const Sector = z.enum(['hc', 'sc', 'cvso']); // healthcare, social care, community & voluntary
export const GlossaryCategory = z.enum([
  'core-concept', // what social prescribing is, its approaches and pathway
  'role', // people and roles
  'process', // steps of the pathway: referral, conversation, planning, follow-up
  'level-of-support', // signposting, light, medium, holistic
  'referral-type', // creative, green, blue, exercise referral …
  'community', // community assets and organisations
  'outcome', // wellbeing, outcome measures
  'data', // core dataset and reporting terms
  'policy', // law, policy and structures of Wales
]);
export const GlossaryTerm = z.strictObject({
  id: Id,
  term: Text,
  definition: Text,
  /** Other names in use for the same idea ("also called"). */
  alternatives: TextList,
  /** Sector preference markers from the published glossary (HC/SC/CVSO; Welsh GI/GC/GSGC). */
  sectors: z.array(Sector),
  /** One of the 36 suggested core terms of the published Welsh glossary. */
  core: z.boolean(),
  category: GlossaryCategory,
  related: z.array(Id),
  sources: SourceRefs,
});
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;

// ---------------------------------------------------------------- competency framework
export const ScaleLevel = z.strictObject({
  id: Id,
  rank: z.number().int().min(1),
  name: Text,
  description: Text,
});
export const Competency = z.strictObject({
  id: Id,
  /** Short code shown to people, e.g. "B3". */
  code: z.string().regex(/^[A-Z]\d{1,2}$/),
  title: Text,
  statement: Text,
  /** What the competency looks like at each level of the scale, keyed by level id. */
  descriptors: z.record(Id, Text),
  /** Glossary terms this competency relies on. */
  terms: z.array(Id),
});
export type Competency = z.infer<typeof Competency>;
export const Domain = z.strictObject({
  id: Id,
  code: z.string().regex(/^[A-Z]$/),
  title: Text,
  summary: Text,
  competencies: z.array(Competency).min(1),
});
export type Domain = z.infer<typeof Domain>;
export const CompetencyFramework = z.strictObject({
  version: Version,
  published: IsoDate,
  /** A faithful working version written from what is known, not the official text. */
  workingVersion: z.boolean(),
  title: Text,
  introduction: Text,
  /** How this version was built and what it draws on. */
  basis: Text,
  scale: z.array(ScaleLevel).min(3),
  domains: z.array(Domain).min(1),
  sources: SourceRefs,
});
export type CompetencyFramework = z.infer<typeof CompetencyFramework>;

// ---------------------------------------------------------------- community asset standards
export const MaturityLevel = z.enum(MATURITY);
export const AssetStandard = z.strictObject({
  id: Id,
  code: z.string().regex(/^S\d{1,2}$/),
  title: Text,
  statement: Text,
  why: Text,
  levels: z.strictObject({ foundation: Text, developing: Text, mature: Text }),
  /** Examples of evidence an asset could show. */
  evidence: TextList,
  terms: z.array(Id),
});
export const CommunityAssetStandards = z.strictObject({
  version: Version,
  published: IsoDate,
  workingVersion: z.boolean(),
  title: Text,
  introduction: Text,
  basis: Text,
  standards: z.array(AssetStandard).min(1),
  sources: SourceRefs,
});
export type CommunityAssetStandards = z.infer<typeof CommunityAssetStandards>;

// ---------------------------------------------------------------- core dataset definition
/** A dimension that splits a count into categories (e.g. age band). */
export const Breakdown = z.strictObject({
  id: Id,
  label: Text,
  guidance: Text,
  categories: z.array(z.strictObject({ id: Id, label: Text })).min(2),
});
export const ItemType = z.enum(['count', 'decimal']);
export const DatasetItem = z.strictObject({
  id: Id,
  section: Id,
  label: Text,
  guidance: Text,
  type: ItemType,
  min: z.number().optional(),
  max: z.number().optional(),
  /** Decimal places allowed (decimal items). */
  decimals: z.number().int().min(0).max(4).optional(),
  required: z.boolean(),
  /** Each breakdown listed here splits this item: the categories must sum to the item. */
  breakdowns: z.array(Id),
});
export type DatasetItem = z.infer<typeof DatasetItem>;
/**
 * A field is an item, or an item split by one category of one of its breakdowns:
 * "referrals-received" or "referrals-received.age-band.age-18-24".
 */
export const FieldRef = z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+\.[a-z0-9-]+)?$/);
export const Rule = z.discriminatedUnion('kind', [
  /** parts must add up to total (breakdown sums are generated; this is for others). */
  z.strictObject({
    id: Id,
    kind: z.literal('sum-equals'),
    severity: z.literal('error'),
    total: FieldRef,
    parts: z.array(FieldRef).min(2),
    message: Text,
  }),
  /** field must not exceed limit (e.g. action plans agreed <= conversations held). */
  z.strictObject({ id: Id, kind: z.literal('not-greater'), severity: z.literal('error'), field: FieldRef, limit: FieldRef, message: Text }),
  /** relative change against the last accepted quarter above maxChange asks for an explanation. */
  z.strictObject({
    id: Id,
    kind: z.literal('change-vs-previous'),
    severity: z.literal('warning'),
    field: FieldRef,
    maxChange: z.number().positive(),
    minBase: z.number().int().min(0),
    message: Text,
  }),
  /**
   * A value outside a robust band of the organisation's own last `quarters` accepted quarters
   * (median ± k × the scaled median absolute deviation, never narrower than `minSpread` × the
   * median) asks for an explanation, once `minHistory` quarters exist and the median is at least
   * `minBase`. Checked against the same quarter of earlier years too (content/dataset/outliers.ts).
   */
  z
    .strictObject({
      id: Id,
      kind: z.literal('outlier-vs-history'),
      severity: z.literal('warning'),
      field: FieldRef,
      quarters: z.number().int().min(8).max(12), // the Worker loads 12 (HISTORY_QUARTERS in dataset/outliers.ts)
      minHistory: z.number().int().min(4),
      k: z.number().positive(),
      minSpread: z.number().positive().max(1),
      minBase: z.number().int().min(0),
      message: Text,
    })
    .refine((r) => r.minHistory <= r.quarters, { message: 'minHistory cannot exceed quarters', path: ['minHistory'] }),
  /** if field > 0 then requires must be > 0 too (e.g. a mean needs a count behind it). */
  z.strictObject({ id: Id, kind: z.literal('requires'), severity: z.literal('error'), field: FieldRef, requires: FieldRef, message: Text }),
]);
export type Rule = z.infer<typeof Rule>;
export const DatasetSection = z.strictObject({ id: Id, title: Text, summary: Text });
export const CsvColumn = z.strictObject({ id: z.enum(['field', 'label', 'value', 'explanation']), header: Text, description: Text });
export const DatasetDefinition = z.strictObject({
  version: Version,
  published: IsoDate,
  workingVersion: z.boolean(),
  title: Text,
  introduction: Text,
  basis: Text,
  sections: z.array(DatasetSection).min(1),
  breakdowns: z.array(Breakdown),
  items: z.array(DatasetItem).min(1),
  rules: z.array(Rule),
  csv: z.strictObject({ columns: z.array(CsvColumn).min(3) }),
  sources: SourceRefs,
});
export type DatasetDefinition = z.infer<typeof DatasetDefinition>;

// ---------------------------------------------------------------- geography of Wales
export const HealthBoard = z.strictObject({
  id: Id,
  /** NHS organisation (ODS) code, e.g. 7A1. */
  odsCode: z.string().regex(/^7A\d$/),
  /** ONS/GSS code, e.g. W11000023. */
  gssCode: z.string().regex(/^W11\d{6}$/),
  name: Text,
  region: Id,
});
export const LocalAuthority = z.strictObject({
  id: Id,
  gssCode: z.string().regex(/^W06\d{6}$/),
  name: Text,
  healthBoard: Id,
});
export const Region = z.strictObject({ id: Id, name: Text, healthBoard: Id });
export const Cluster = z.strictObject({
  id: Id,
  name: Text,
  healthBoard: Id,
  /** false where the reference marks the name unverified. */
  verified: z.boolean(),
});
export const Geography = z.strictObject({
  healthBoards: z.array(HealthBoard).length(7),
  localAuthorities: z.array(LocalAuthority).length(22),
  regions: z.array(Region).length(7),
  clusters: z.array(Cluster),
  sources: SourceRefs,
});
export type Geography = z.infer<typeof Geography>;

// ---------------------------------------------------------------- prose pages (Markdown front matter)
export const PageFrontMatter = z.strictObject({
  /** Shared by the two language versions of a page. */
  id: Id,
  title: nonEmpty,
  /** URL slug in this page's language. */
  slug: Id,
  summary: nonEmpty,
  /** Chapter order (specification) or menu order. */
  order: z.number().int().optional(),
  workingVersion: z.boolean().optional(),
  sources: z.array(Id).optional(),
  /** Last reviewed. */
  updated: IsoDate,
});
export type PageFrontMatter = z.infer<typeof PageFrontMatter>;

// ---------------------------------------------------------------- community assets (content/assets/)
/** A kind of community asset (its main form), used by the register and the national picture. */
export const AssetType = z.strictObject({ id: Id, name: Text, description: Text });
export type AssetType = z.infer<typeof AssetType>;
/** A kind of activity an asset offers: the register's small bilingual taxonomy. */
export const ActivityType = z.strictObject({
  id: Id,
  name: Text,
  description: Text,
  /** Glossary terms this activity type relates to (e.g. green referral). */
  terms: z.array(Id),
});
export type ActivityType = z.infer<typeof ActivityType>;

// The public register of community assets' standards status, by consent. A register entry is
// what is published about one asset: its name in both languages, the area it serves (local
// authorities and health boards), its activity types, its level on each standard of the
// version it was assessed against, the date of its last review, whether it was peer reviewed,
// and when consent was given (and withdrawn). Nothing else: no contact names or addresses.
//
// An entry whose consent was withdrawn is never published: `publishedEntries` and every
// export (registerCsv here, content/hsds/) drop it, whatever the caller passed in.
import { z } from 'zod';
import { csvDocument } from '../assessment/engine.ts';
import { collator, t } from '../i18n.ts';
import { activityTypes, assetTypes, currentStandards, geography, standardsVersion } from '../index.ts';
import { Id, IsoDate, type Lang, Text, Version } from '../schema.ts';
import { MATURE_RANK, maturityName } from './standards.ts';

export const RegisterEntry = z.strictObject({
  /** The asset's id (a UUID, stable for as long as the asset exists). */
  assetId: z.uuid(),
  name: Text,
  assetType: Id,
  areaServed: z.strictObject({ localAuthorities: z.array(Id), healthBoards: z.array(Id) }),
  activityTypes: z.array(Id).min(1),
  standardsVersion: Version,
  /** Level per standard id of that version: 0 = not yet, 1 Foundation, 2 Developing, 3 Mature. */
  levels: z.record(Id, z.int().min(0).max(MATURE_RANK)),
  /** When the published self-assessment was submitted (or last peer reviewed, if later). */
  lastReviewed: IsoDate,
  peerReviewed: z.boolean(),
  consentGivenAt: z.iso.datetime(),
  consentWithdrawnAt: z.iso.datetime().nullable(),
});
export type RegisterEntry = z.infer<typeof RegisterEntry>;

/**
 * What the schema cannot say on its own: every id names real content, the area served is not
 * empty, and the levels cover exactly the standards of the entry's version.
 */
export function entryProblems(e: RegisterEntry): string[] {
  const problems: string[] = [];
  const las = new Set(geography.localAuthorities.map((x) => x.id));
  const hbs = new Set(geography.healthBoards.map((x) => x.id));
  const acts = new Set(activityTypes.map((x) => x.id));
  if (!assetTypes.some((x) => x.id === e.assetType)) problems.push(`unknown asset type "${e.assetType}"`);
  for (const id of e.areaServed.localAuthorities) if (!las.has(id)) problems.push(`unknown local authority "${id}"`);
  for (const id of e.areaServed.healthBoards) if (!hbs.has(id)) problems.push(`unknown health board "${id}"`);
  if (!e.areaServed.localAuthorities.length && !e.areaServed.healthBoards.length) problems.push('no area served');
  for (const id of e.activityTypes) if (!acts.has(id)) problems.push(`unknown activity type "${id}"`);
  const s = standardsVersion(e.standardsVersion);
  if (!s) problems.push(`unknown standards version ${e.standardsVersion}`);
  else {
    const ids = s.standards.map((x) => x.id);
    for (const id of ids) if (e.levels[id] === undefined) problems.push(`no level for standard "${id}"`);
    for (const id of Object.keys(e.levels)) if (!ids.includes(id)) problems.push(`level for unknown standard "${id}"`);
  }
  if (e.consentWithdrawnAt !== null && e.consentWithdrawnAt < e.consentGivenAt) problems.push('consent withdrawn before it was given');
  return problems;
}

// Only numeric parts are taken from Intl, which every runtime has for en-GB (see i18n.ts).
const londonDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
/** The calendar date in Wales of a moment (ms since the epoch), as YYYY-MM-DD. */
export function walesDate(ms: number): string {
  const parts = londonDay.formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** What the Worker reads to build one entry (times in ms since the epoch, as stored). */
export interface RegisterSource {
  asset: {
    id: string;
    nameCy: string;
    nameEn: string;
    type: string;
    areaServed: { localAuthorities: string[]; healthBoards: string[] };
    activityTypes: string[];
  };
  /** The published, submitted self-assessment (its record's standards version and answers). */
  assessment: { standardsVersion: string; answers: Readonly<Record<string, { level?: number }>>; submittedAt: number };
  /** When the latest submitted peer review of that assessment was submitted, if any. */
  peerReviewSubmittedAt: number | null;
  consent: { givenAt: number; withdrawnAt: number | null };
}

/**
 * The register entry of one asset, from its stored rows: levels from the published
 * assessment, "last reviewed" the later of its submission and its latest peer review (as a
 * date in Wales), and the consent times.
 */
export function registerEntryOf(src: RegisterSource): RegisterEntry {
  const { asset, assessment, peerReviewSubmittedAt, consent } = src;
  const levels: Record<string, number> = {};
  for (const [id, a] of Object.entries(assessment.answers)) if (a.level !== undefined) levels[id] = a.level;
  return {
    assetId: asset.id,
    name: { cy: asset.nameCy, en: asset.nameEn },
    assetType: asset.type,
    areaServed: { localAuthorities: [...asset.areaServed.localAuthorities], healthBoards: [...asset.areaServed.healthBoards] },
    activityTypes: [...asset.activityTypes],
    standardsVersion: assessment.standardsVersion,
    levels,
    lastReviewed: walesDate(Math.max(assessment.submittedAt, peerReviewSubmittedAt ?? 0)),
    peerReviewed: peerReviewSubmittedAt !== null,
    consentGivenAt: new Date(consent.givenAt).toISOString(),
    consentWithdrawnAt: consent.withdrawnAt === null ? null : new Date(consent.withdrawnAt).toISOString(),
  };
}

/** Published means consent was given and has not been withdrawn. */
export const isPublished = (e: Pick<RegisterEntry, 'consentWithdrawnAt'>) => e.consentWithdrawnAt === null;

/** The entries the public may see, in the reader's alphabetical order of names. */
export function publishedEntries(entries: readonly RegisterEntry[], lang: Lang): RegisterEntry[] {
  const c = collator(lang);
  return entries.filter(isPublished).sort((a, b) => c.compare(a.name[lang], b.name[lang]) || a.assetId.localeCompare(b.assetId));
}

export interface RegisterFilter {
  localAuthority?: string;
  healthBoard?: string;
  activityType?: string;
  assetType?: string;
  /** Only entries at or above `minLevel` on this standard. */
  standard?: string;
  minLevel?: number;
  peerReviewed?: boolean;
}

/**
 * Published entries matching every given facet. An asset serves a local authority when it
 * names it, or names the health board that covers it (and the reverse for a health board).
 */
export function filterRegister(entries: readonly RegisterEntry[], f: RegisterFilter, lang: Lang): RegisterEntry[] {
  const hbOf = new Map(geography.localAuthorities.map((x) => [x.id, x.healthBoard]));
  return publishedEntries(entries, lang).filter((e) => {
    const a = e.areaServed;
    if (f.localAuthority && !a.localAuthorities.includes(f.localAuthority) && !a.healthBoards.includes(hbOf.get(f.localAuthority) ?? ''))
      return false;
    if (f.healthBoard && !a.healthBoards.includes(f.healthBoard) && !a.localAuthorities.some((la) => hbOf.get(la) === f.healthBoard))
      return false;
    if (f.activityType && !e.activityTypes.includes(f.activityType)) return false;
    if (f.assetType && e.assetType !== f.assetType) return false;
    if (f.standard && (e.levels[f.standard] ?? -1) < (f.minLevel ?? 1)) return false;
    if (f.peerReviewed !== undefined && e.peerReviewed !== f.peerReviewed) return false;
    return true;
  });
}

/**
 * The register as CSV for people (headers and names in the reader's language, one row per
 * published entry, one column per standard of the current version). Entries made against
 * another version show their levels under the standards they share by id.
 */
export function registerCsv(entries: readonly RegisterEntry[], lang: Lang, standardsOrder = currentStandards): string {
  const h = (k: string) => t(lang, `assets.register.csv.${k}` as Parameters<typeof t>[1]);
  const name = <T extends { id: string; name: { cy: string; en: string } }>(list: readonly T[]) => {
    const m = new Map(list.map((x) => [x.id, x.name[lang]]));
    return (ids: readonly string[]) => ids.map((id) => m.get(id) ?? id).join('; ');
  };
  const laNames = name(geography.localAuthorities);
  const hbNames = name(geography.healthBoards);
  const actNames = name(activityTypes);
  const typeName = name(assetTypes);
  const standards = standardsOrder.standards;
  const rows: (string | number)[][] = [
    [
      h('assetId'),
      h('nameCy'),
      h('nameEn'),
      h('assetType'),
      h('localAuthorities'),
      h('healthBoards'),
      h('activityTypes'),
      h('standardsVersion'),
      ...standards.map((s) => `${s.code} ${s.title[lang]}`),
      h('lastReviewed'),
      h('peerReviewed'),
    ],
  ];
  for (const e of publishedEntries(entries, lang)) {
    rows.push([
      e.assetId,
      e.name.cy,
      e.name.en,
      typeName([e.assetType]),
      laNames(e.areaServed.localAuthorities),
      hbNames(e.areaServed.healthBoards),
      actNames(e.activityTypes),
      e.standardsVersion,
      ...standards.map((s) => maturityName(e.levels[s.id], lang)),
      e.lastReviewed,
      t(lang, e.peerReviewed ? 'assets.csv.yes' : 'assets.csv.no'),
    ]);
  }
  return csvDocument(rows);
}

// Cross-reference checks the schemas cannot express on their own: every id that one
// piece of content names must exist, and ids must be unique where they are keys.
// Returns a list of problems; an empty list means the content hangs together.
import type { CommunityAssetStandards, CompetencyFramework, DatasetDefinition, Geography, GlossaryTerm, Source } from './schema.ts';

export interface ContentBundle {
  sources: Source[];
  glossary: GlossaryTerm[];
  frameworks: CompetencyFramework[];
  assetStandards: CommunityAssetStandards[];
  datasets: DatasetDefinition[];
  geography: Geography;
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

/** A URL reduced to what identifies the document: host without "www.", path without a trailing slash, and query. */
export function sameUrl(url: string): string {
  const u = new URL(url);
  return `${u.hostname.toLowerCase().replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}${u.search}`;
}

export function checkContent(c: ContentBundle): string[] {
  const problems: string[] = [];
  const sourceIds = new Set(c.sources.map((s) => s.id));
  const termIds = new Set(c.glossary.map((t) => t.id));
  const needSources = (where: string, ids: string[]) => {
    for (const id of ids) if (!sourceIds.has(id)) problems.push(`${where}: unknown source "${id}"`);
  };
  const needTerms = (where: string, ids: string[]) => {
    for (const id of ids) if (!termIds.has(id)) problems.push(`${where}: unknown glossary term "${id}"`);
  };

  for (const d of duplicates(c.sources.map((s) => s.id))) problems.push(`sources: duplicate id "${d}"`);
  // One bibliography: each document once. URLs are compared without scheme, "www." or a trailing slash.
  const byUrl = new Map<string, string[]>();
  for (const s of c.sources) {
    if (!s.url) {
      if (!s.note) problems.push(`sources: "${s.id}" has neither a URL nor a note saying where it is held`);
      continue;
    }
    const key = sameUrl(s.url);
    byUrl.set(key, [...(byUrl.get(key) ?? []), s.id]);
  }
  for (const [url, ids] of byUrl) if (ids.length > 1) problems.push(`sources: ${ids.map((i) => `"${i}"`).join(', ')} share the URL ${url}`);

  // Glossary
  for (const d of duplicates(c.glossary.map((t) => t.id))) problems.push(`glossary: duplicate id "${d}"`);
  for (const lang of ['cy', 'en'] as const) {
    for (const d of duplicates(c.glossary.map((t) => t.term[lang].toLocaleLowerCase(lang)))) {
      problems.push(`glossary: term "${d}" appears twice in ${lang}`);
    }
  }
  for (const t of c.glossary) {
    needTerms(`glossary "${t.id}" related`, t.related);
    if (t.related.includes(t.id)) problems.push(`glossary "${t.id}": related to itself`);
    needSources(`glossary "${t.id}"`, t.sources);
  }

  // Competency frameworks
  for (const d of duplicates(c.frameworks.map((f) => f.version))) problems.push(`frameworks: duplicate version ${d}`);
  for (const f of c.frameworks) {
    const at = `framework ${f.version}`;
    needSources(at, f.sources);
    const levelIds = f.scale.map((l) => l.id);
    for (const d of duplicates(levelIds)) problems.push(`${at}: duplicate scale level "${d}"`);
    for (const d of duplicates(f.scale.map((l) => String(l.rank)))) problems.push(`${at}: duplicate scale rank ${d}`);
    for (const d of duplicates(f.domains.map((x) => x.id))) problems.push(`${at}: duplicate domain "${d}"`);
    for (const d of duplicates(f.domains.map((x) => x.code))) problems.push(`${at}: duplicate domain code "${d}"`);
    const comps = f.domains.flatMap((dm) => dm.competencies.map((cp) => ({ dm, cp })));
    for (const d of duplicates(comps.map((x) => x.cp.id))) problems.push(`${at}: duplicate competency "${d}"`);
    for (const d of duplicates(comps.map((x) => x.cp.code))) problems.push(`${at}: duplicate competency code "${d}"`);
    for (const { dm, cp } of comps) {
      if (!cp.code.startsWith(dm.code)) problems.push(`${at}: competency ${cp.code} is in domain ${dm.code}`);
      const keys = Object.keys(cp.descriptors);
      for (const l of levelIds) if (!keys.includes(l)) problems.push(`${at}: competency "${cp.id}" has no descriptor for level "${l}"`);
      for (const k of keys)
        if (!levelIds.includes(k)) problems.push(`${at}: competency "${cp.id}" has a descriptor for unknown level "${k}"`);
      needTerms(`${at} competency "${cp.id}"`, cp.terms);
    }
  }

  // Community asset standards
  for (const s of c.assetStandards) {
    const at = `asset standards ${s.version}`;
    needSources(at, s.sources);
    for (const d of duplicates(s.standards.map((x) => x.id))) problems.push(`${at}: duplicate standard "${d}"`);
    for (const d of duplicates(s.standards.map((x) => x.code))) problems.push(`${at}: duplicate standard code "${d}"`);
    for (const st of s.standards) needTerms(`${at} standard "${st.id}"`, st.terms);
  }

  // Dataset definitions: sections, breakdowns, items and every field a rule names
  for (const ds of c.datasets) {
    const at = `dataset ${ds.version}`;
    needSources(at, ds.sources);
    const sectionIds = new Set(ds.sections.map((s) => s.id));
    const breakdowns = new Map(ds.breakdowns.map((b) => [b.id, b]));
    const items = new Map(ds.items.map((i) => [i.id, i]));
    for (const d of duplicates(ds.sections.map((x) => x.id))) problems.push(`${at}: duplicate section "${d}"`);
    for (const d of duplicates(ds.breakdowns.map((x) => x.id))) problems.push(`${at}: duplicate breakdown "${d}"`);
    for (const d of duplicates(ds.items.map((x) => x.id))) problems.push(`${at}: duplicate item "${d}"`);
    for (const d of duplicates(ds.rules.map((x) => x.id))) problems.push(`${at}: duplicate rule "${d}"`);
    for (const b of ds.breakdowns) {
      for (const d of duplicates(b.categories.map((x) => x.id))) problems.push(`${at}: breakdown "${b.id}" repeats category "${d}"`);
    }
    for (const it of ds.items) {
      if (!sectionIds.has(it.section)) problems.push(`${at}: item "${it.id}" is in unknown section "${it.section}"`);
      for (const b of it.breakdowns) if (!breakdowns.has(b)) problems.push(`${at}: item "${it.id}" uses unknown breakdown "${b}"`);
      if (it.breakdowns.length && it.type !== 'count') problems.push(`${at}: item "${it.id}" is split by a breakdown but is not a count`);
      if (it.min !== undefined && it.max !== undefined && it.min > it.max) problems.push(`${at}: item "${it.id}" has min > max`);
    }
    const fieldExists = (ref: string): boolean => {
      const [itemId, bId, catId] = ref.split('.');
      const it = items.get(itemId!);
      if (!it) return false;
      if (bId === undefined) return true;
      if (!it.breakdowns.includes(bId)) return false;
      return !!breakdowns.get(bId)?.categories.some((cat) => cat.id === catId);
    };
    for (const r of ds.rules) {
      const refs =
        r.kind === 'sum-equals'
          ? [r.total, ...r.parts]
          : r.kind === 'not-greater'
            ? [r.field, r.limit]
            : r.kind === 'requires'
              ? [r.field, r.requires]
              : [r.field]; // change-vs-previous, outlier-vs-history
      for (const ref of refs) if (!fieldExists(ref)) problems.push(`${at}: rule "${r.id}" names unknown field "${ref}"`);
    }
  }

  // Geography
  const g = c.geography;
  needSources('geography', g.sources);
  const hb = new Set(g.healthBoards.map((x) => x.id));
  const regions = new Set(g.regions.map((x) => x.id));
  for (const list of [g.healthBoards, g.localAuthorities, g.regions, g.clusters] as { id: string }[][]) {
    for (const d of duplicates(list.map((x) => x.id))) problems.push(`geography: duplicate id "${d}"`);
  }
  for (const x of g.healthBoards)
    if (!regions.has(x.region)) problems.push(`geography: health board "${x.id}" in unknown region "${x.region}"`);
  for (const x of [...g.localAuthorities, ...g.regions, ...g.clusters]) {
    if (!hb.has(x.healthBoard)) problems.push(`geography: "${x.id}" names unknown health board "${x.healthBoard}"`);
  }
  for (const h of g.healthBoards) {
    if (!g.localAuthorities.some((la) => la.healthBoard === h.id))
      problems.push(`geography: health board "${h.id}" has no local authority`);
  }
  return problems;
}

// The single source of truth. Everything is parsed through its zod schema when this
// module loads, so a malformed item stops the build, the tests and the Worker alike.
import { z } from 'zod';
import { activityTypeList, assetTypeList } from './assets/taxonomy.ts';
import { dataset as rawDatasetV1 } from './dataset/v1.ts';
import { framework as rawFrameworkV1 } from './framework/v1.ts';
import { geography as rawGeography } from './geography/wales.ts';
import { terms as rawTerms } from './glossary/terms.ts';
import * as S from './schema.ts';
import { sources as rawSources } from './sources.ts';
import { standards as rawStandardsV1 } from './standards/v1.ts';

export * from './schema.ts';

function parse<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const r = schema.safeParse(value);
  if (!r.success) throw new Error(`content: ${what} is invalid\n${z.prettifyError(r.error)}`);
  return r.data;
}

export const sources = parse(z.array(S.Source), rawSources, 'sources');
export const glossary = parse(z.array(S.GlossaryTerm), rawTerms, 'glossary');

/** Every published version, oldest first; records keep the version they were made against. */
export const frameworks = [parse(S.CompetencyFramework, rawFrameworkV1, 'framework v1')];
export const datasets = [parse(S.DatasetDefinition, rawDatasetV1, 'dataset v1')];
export const assetStandards = [parse(S.CommunityAssetStandards, rawStandardsV1, 'community asset standards v1')];
export const geography = parse(S.Geography, rawGeography, 'geography');

export const currentFramework = frameworks[frameworks.length - 1]!;
export const currentDataset = datasets[datasets.length - 1]!;
export const currentStandards = assetStandards[assetStandards.length - 1]!;

export function frameworkVersion(version: string): S.CompetencyFramework | undefined {
  return frameworks.find((f) => f.version === version);
}
export function standardsVersion(version: string): S.CommunityAssetStandards | undefined {
  return assetStandards.find((s) => s.version === version);
}
export function datasetVersion(version: string): S.DatasetDefinition | undefined {
  return datasets.find((d) => d.version === version);
}
export const sourceById = new Map(sources.map((s) => [s.id, s]));
export const termById = new Map(glossary.map((t) => [t.id, t]));
/** The kinds of community asset and of activity (content/assets/taxonomy.ts). */
export const assetTypes = parse(z.array(S.AssetType), assetTypeList, 'asset types');
export const activityTypes = parse(z.array(S.ActivityType), activityTypeList, 'activity types');

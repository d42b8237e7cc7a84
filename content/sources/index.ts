// Sources are kept per area so that each product lists what it draws on; ids are unique across all.
import type { z } from 'zod';
import type { Source } from '../schema.ts';
import { core } from './core.ts';
import { dataset } from './dataset.ts';
import { frameworkSources } from './framework.ts';
import { glossarySources } from './glossary.ts';
import { prose } from './prose.ts';
import { specification } from './specification.ts';

export const sources: z.input<typeof Source>[] = [
  ...core,
  ...glossarySources,
  ...frameworkSources,
  ...dataset,
  ...specification,
  ...prose,
];

// National standards for community assets: working version 1.0.
import type { z } from 'zod';
import type { CommunityAssetStandards } from '../schema.ts';

export const standards: z.input<typeof CommunityAssetStandards> = {
  version: '1.0',
  published: '2026-11-24',
  workingVersion: true,
  title: { cy: 'Safonau cenedlaethol ar gyfer asedau cymunedol', en: 'National standards for community assets' },
  introduction: { cy: 'Placeholder', en: 'Placeholder' },
  basis: { cy: 'Placeholder', en: 'Placeholder' },
  standards: [
    {
      id: 'welcome-and-access',
      code: 'S1',
      title: { cy: 'Croeso a mynediad', en: 'Welcome and access' },
      statement: { cy: 'Placeholder', en: 'Placeholder' },
      why: { cy: 'Placeholder', en: 'Placeholder' },
      levels: { foundation: { cy: 'Placeholder', en: 'Placeholder' }, developing: { cy: 'Placeholder', en: 'Placeholder' }, mature: { cy: 'Placeholder', en: 'Placeholder' } },
      evidence: { cy: [], en: [] },
      terms: ['social-prescribing'],
    },
  ],
  sources: ['wg-cabinet-paper-nffsp'],
};

// Competency framework for social prescribing practitioners: working version 1.0.
import type { z } from 'zod';
import type { CompetencyFramework } from '../schema.ts';

const levels = (cy: string, en: string) => ({
  informed: { cy: `${cy} (gwybodus)`, en: `${en} (informed)` },
  skilled: { cy: `${cy} (medrus)`, en: `${en} (skilled)` },
  enhanced: { cy: `${cy} (uwch)`, en: `${en} (enhanced)` },
  expert: { cy: `${cy} (arbenigol)`, en: `${en} (expert)` },
});

export const framework: z.input<typeof CompetencyFramework> = {
  version: '1.0',
  published: '2026-11-24',
  workingVersion: true,
  title: { cy: 'Fframwaith cymhwysedd ar gyfer ymarferwyr presgripsiynu cymdeithasol', en: 'Competency framework for social prescribing practitioners' },
  introduction: { cy: 'Placeholder', en: 'Placeholder' },
  basis: { cy: 'Placeholder', en: 'Placeholder' },
  scale: [
    { id: 'informed', rank: 1, name: { cy: 'Gwybodus', en: 'Informed' }, description: { cy: 'Placeholder', en: 'Placeholder' } },
    { id: 'skilled', rank: 2, name: { cy: 'Medrus', en: 'Skilled' }, description: { cy: 'Placeholder', en: 'Placeholder' } },
    { id: 'enhanced', rank: 3, name: { cy: 'Uwch', en: 'Enhanced' }, description: { cy: 'Placeholder', en: 'Placeholder' } },
    { id: 'expert', rank: 4, name: { cy: 'Arbenigol', en: 'Expert' }, description: { cy: 'Placeholder', en: 'Placeholder' } },
  ],
  domains: [
    {
      id: 'person-centred-practice',
      code: 'A',
      title: { cy: 'Ymarfer sy’n canolbwyntio ar yr unigolyn', en: 'Person-centred practice' },
      summary: { cy: 'Placeholder', en: 'Placeholder' },
      competencies: [
        { id: 'what-matters-conversation', code: 'A1', title: { cy: "Sgwrs 'beth sy'n bwysig'", en: 'What matters conversation' }, statement: { cy: 'Placeholder', en: 'Placeholder' }, descriptors: levels('Placeholder', 'Placeholder'), terms: ['social-prescribing'] },
      ],
    },
  ],
  sources: ['wg-cabinet-paper-nffsp'],
};
